/**
 * Every message that crosses the worker boundary, in both directions, as discriminated
 * unions. Nothing else is posted. Typed arrays in frames travel as transferables. The frame
 * itself (what it carries, which buffers are transferred) is frameContract.ts; its types are
 * re-exported here, so the store and views import every worker type from this file.
 */
import type {
  DatasetName,
  InitSpec,
  LabelStyle,
  LayerSpec,
  OutputActivationName,
  LossName,
  OptimizerConfig,
  WeightRef,
  KernelPath,
} from '../engine';
import type { FailureContext, RunAlarm } from './alarmTypes';
import type { Frame, StepperExample } from './frameContract';

/** Everything that defines one training run. */
export interface TrainerConfig {
  /** Hidden layers, first to last; `skip` adds a skip connection around a layer as wide as the one below. */
  hidden: LayerSpec[];
  /** Activation of the output units: a softmax over the classes goes with the `cce` loss. */
  output: OutputActivationName;
  loss: LossName;
  init: InitSpec;
  optimizer: OptimizerConfig;
  batchSize: number;
  dataset: DatasetConfig;
  /** Seeds the weights, the data and the shuffling. */
  seed: number;
}

/** A generated data set (count, noise) or the student's own points (`custom`, with `points`). */
export interface DatasetConfig {
  kind: DatasetKind;
  count: number;
  noise: number;
  testFraction: number;
  /** 2 by default; 3–5 (spiral, gaussian, own points) need the softmax output, one output per class. */
  classes?: number;
  /** The student's own points; present exactly when kind is 'custom'. */
  points?: CustomPoints;
}

export type DatasetKind = DatasetName | 'custom';

/**
 * The student's own points. Classification rows are [x₁, x₂, class index] (0 … K−1, K the
 * dataset's `classes`; an index, not a target value); regression rows are [x, y].
 */
export interface CustomPoints {
  task: 'classification' | 'regression';
  rows: number[][];
}

/** Paced speed: optimiser steps per second, or null for as fast as possible. */
export type Speed = number | null;

export type StepUnit = 'batch' | 'epoch';

/**
 * A trained state to start a trainer from instead of its first weights (a restored session,
 * an imported network, a restarted worker). Optimiser moments and counters are optional.
 */
export interface TrainerResume {
  /** Every weight and bias, laid out as in frames. */
  params: Float64Array;
  optimizer?: { velocity: Float64Array; secondMoment: Float64Array; steps: number };
  counters?: { step: number; epoch: number; examplesSeen: number };
}

/** A trainer's whole trained state, as `snapshot` returns it and `configure` can resume it. */
export type TrainerSnapshot = Required<TrainerResume>;

export type Command =
  /**
   * Builds one trainer per config (two for compare mode); they train in lockstep. With
   * `resume`, trainer k starts from resume[k] (when given) instead of its first weights.
   */
  | { type: 'configure'; trainers: TrainerConfig[]; resume?: (TrainerResume | null)[] }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: StepUnit }
  /** Rebuilds from the configs; a seed replaces theirs. Same seed → same first frame. */
  | { type: 'reset'; seed?: number }
  /** Changes optimiser settings live, without a reset (all trainers, or one). */
  | { type: 'set-optimizer'; patch: Partial<OptimizerConfig>; trainer?: number }
  | { type: 'set-batch-size'; batchSize: number; trainer?: number }
  | { type: 'set-speed'; speed: Speed }
  /** The page drew frame `id`; the worker may send the next one. */
  | { type: 'ack'; id: number }
  /** Step-through on the first network: one example, phase by phase, starting at `position` (default 0). */
  | { type: 'stepper-enter'; example: StepperExample; position?: number }
  /** Moves the step-through to `position` phases done (forwards runs phases, backwards restores them exactly). */
  | { type: 'stepper-seek'; position: number }
  /** Leaves step-through; a completed step counts as one training step. */
  | { type: 'stepper-exit' }
  /** The weight whose chain-rule paths and slope curve the inspector shows (null: none). */
  | { type: 'select-weight'; weight: WeightRef | null; trainer?: number }
  /** Asks for every trainer's trained state (weights, optimiser moments, counters): export, worksheet, own data. */
  | { type: 'snapshot'; id: number }
  /** Puts back the weights (and optimiser state) trainer `trainer` had at step `step`, one of its alarm's `restorable`. */
  | { type: 'restore'; trainer: number; step: number }
  /** The page checks the worker is alive; it answers `pong` with the same id at once. */
  | { type: 'ping'; id: number }
  | { type: 'dispose' };

export interface DataPoints {
  inputs: Float64Array;
  targets: Float64Array;
  count: number;
}

export interface TrainerData {
  inputSize: number;
  outputSize: number;
  task: 'classification' | 'regression';
  labels: LabelStyle;
  train: DataPoints;
  test: DataPoints;
}

export type {
  Frame,
  OutputMap,
  ProbeState,
  StepComputed,
  StepperExample,
  StepperFrame,
  TrainerFrame,
  WeightReport,
} from './frameContract';
export type { AlarmCause, AlarmKind, FailureContext, RunAlarm } from './alarmTypes';

export type WorkerEvent =
  /**
   * A new run: the configs as built (they may differ from those sent only in being validated);
   * `kernels`: per trainer, the kernels it trains on (WebAssembly SIMD or the TypeScript reference).
   */
  | { type: 'configured'; data: TrainerData[]; configs: TrainerConfig[]; kernels: KernelPath[] }
  /** A live change (η, optimiser, batch size) took effect: the configs now running. */
  | { type: 'reconfigured'; configs: TrainerConfig[] }
  | { type: 'frame'; frame: Frame }
  /** The answer to `snapshot` `id`: each trainer's state and the config it runs (its buffers are transferred). */
  | { type: 'snapshot'; id: number; configs: TrainerConfig[]; trainers: TrainerSnapshot[] }
  | { type: 'state'; playing: boolean }
  /**
   * Recoverable: a refused command (field names the setting), or a failure the session caught
   * (`command` or `during` says what it interrupted; the networks are as they were).
   */
  | {
      type: 'error';
      kind: 'invalid' | 'crash';
      message: string;
      field?: string;
      /** The refused or failed command's type. */
      command?: string;
      /** A failure outside any command: a training slice or building a frame. */
      during?: FailureContext;
    }
  /** Gradients growing fast toward the input: the run may soon diverge. */
  | { type: 'warning'; kind: 'exploding'; message: string }
  /** Training paused: a step would have overflowed (nothing was committed), or the run stopped learning. */
  | { type: 'alarm'; alarm: RunAlarm }
  /** A `restore` took effect: trainer `trainer` has the weights of step `step` again. */
  | { type: 'restored'; trainer: number; step: number }
  | { type: 'pong'; id: number }
  /** Something escaped the session (its state cannot be trusted): the page should start a new worker. */
  | { type: 'failed'; message: string };

export function snapshotTransferables(trainers: readonly TrainerResume[]): Transferable[] {
  return trainers.flatMap((t) =>
    t.optimizer ? [t.params.buffer, t.optimizer.velocity.buffer, t.optimizer.secondMoment.buffer] : [t.params.buffer],
  );
}

/** A compile-time check that a switch covered every case; at run time, an unknown message. */
export function unknownMessage(kind: string, message: never): Error {
  const type = (message as { type?: unknown } | null)?.type;
  return new Error(`unknown ${kind} ${JSON.stringify(type)}`);
}
