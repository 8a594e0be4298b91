/**
 * What the worker reports about the run, as the page shows it in text: playing or not,
 * the counters (copied from frames a few times a second, not per frame), throughput, the
 * training data for the plots, whether the worker has answered, and the messages to show.
 */
import type { KernelPath } from '../engine';
import type { FailureContext, RunAlarm, TrainerData, TrainerFrame } from '../worker/protocol';
import type { ConfigProblem } from './editResult';

/** The numbers the header shows as text: a frame's counters. */
export type TrainerCounters = Pick<
  TrainerFrame,
  | 'step'
  | 'epoch'
  | 'examplesSeen'
  | 'batchLoss'
  | 'trainLoss'
  | 'testLoss'
  | 'trainAccuracy'
  | 'testAccuracy'
  | 'evalStep'
>;

export interface RunError {
  /** invalid: a refused value or command; crash: a failure (the message says what it affects). */
  kind: 'invalid' | 'crash';
  message: string;
  field?: string;
  command?: string;
  during?: FailureContext;
}

export interface RunState {
  /** False until the worker has answered the first configure. */
  ready: boolean;
  playing: boolean;
  counters: TrainerCounters[];
  examplesPerSecond: number;
  /** Training and test points of each trainer, sent once per configure. */
  data: TrainerData[];
  /** Per trainer, the kernels it trains on (WebAssembly SIMD or the TypeScript reference). */
  kernels: KernelPath[];
  error: RunError | null;
  /** From the worker (exploding gradients); cleared when a new run starts. */
  warning: string | null;
  /** Training paused: a step would have overflowed, or the run stopped learning (until acted on or dismissed). */
  alarm: RunAlarm | null;
  /** From the page itself (e.g. a shared link that could not be read); stays until dismissed. */
  notice: string | null;
  /** A setting the student entered that was refused before it reached the worker. */
  problem: ConfigProblem | null;
  /** A question asked before trained work is thrown away (a pasted link, Start fresh); see answerQuestion. */
  question: Question | null;
}

export interface Question {
  text: string;
  /** The button that goes ahead, e.g. "Open the link". */
  yes: string;
  /** The button that keeps things as they are. */
  no: string;
}

export function initialRunState(): RunState {
  return {
    ready: false,
    playing: false,
    counters: [],
    examplesPerSecond: 0,
    data: [],
    kernels: [],
    error: null,
    warning: null,
    alarm: null,
    notice: null,
    problem: null,
    question: null,
  };
}

export function countersOf(t: TrainerFrame): TrainerCounters {
  return {
    step: t.step,
    epoch: t.epoch,
    examplesSeen: t.examplesSeen,
    batchLoss: t.batchLoss,
    trainLoss: t.trainLoss,
    testLoss: t.testLoss,
    trainAccuracy: t.trainAccuracy,
    testAccuracy: t.testAccuracy,
    evalStep: t.evalStep,
  };
}
