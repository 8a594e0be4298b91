/** Why the worker paused a run, and what a failure interrupted: part of the protocol (protocol.ts re-exports them). */
import type { StepFault } from '../engine';

/** Why a run was paused: it overflowed (caught before commit), or it stopped learning in a way no error shows. */
export type AlarmKind = 'overflow' | 'zero-gradients' | 'saturated' | 'rising';
/** The likely cause, as the alarm explains it. */
export type AlarmCause = 'learning-rate' | 'weights' | 'saturated' | 'dead-relu';

export interface RunAlarm {
  kind: AlarmKind;
  cause: AlarmCause;
  /** Which network (1: the right-hand one in compare mode). */
  trainer: number;
  /** Steps committed when it was raised; an overflow was refused on step `step + 1`. */
  step: number;
  /** Overflow: what overflowed first (loss, gradients or the new weights), else null. */
  fault: StepFault | null;
  /** Overflow: how many of `total` values were ±∞ or NaN (1 of 1 for the loss). */
  nonFinite: number;
  total: number;
  /** The silent kinds: over how many steps it was seen; the loss then (EMA) and `lossFrom` that many steps before. */
  steps: number;
  loss: number;
  lossFrom: number;
  /** Saturated or dead: the layer (0-based) whose units pass almost nothing back, and its share of them. */
  layer: number | null;
  share: number;
  /** η that network ran with. */
  learningRate: number;
  /** Steps whose weights `restore` can put back, newest first. */
  restorable: number[];
}

/** What a failure inside the worker interrupted, so the page can say what it affects. */
export type FailureContext = 'training' | 'frame';
