/**
 * Every message that crosses the worker boundary, in both directions, as discriminated
 * unions. Nothing else is posted. Typed arrays in frames travel as transferables.
 */
import type {
  ActivationName, DatasetName, InitSpec, LabelStyle, LayerSpec, LossName, OptimizerConfig, OptimizerName, Phase, PathReport,
  WeightRef,
} from '../engine';

/** Everything that defines one training run. */
export interface TrainerConfig {
  /** Hidden layers, first to last. */
  hidden: LayerSpec[];
  /** Activation of the output unit. */
  output: ActivationName;
  loss: LossName;
  init: InitSpec;
  optimizer: OptimizerConfig;
  batchSize: number;
  dataset: { kind: DatasetName; count: number; noise: number; testFraction: number };
  /** Seeds the weights, the data and the shuffling. */
  seed: number;
}

/** Paced speed: optimiser steps per second, or null for as fast as possible. */
export type Speed = number | null;

export type StepUnit = 'batch' | 'epoch';

export type Command =
  /** Builds one trainer per config (two for compare mode); they train in lockstep. */
  | { type: 'configure'; trainers: TrainerConfig[] }
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
  /** Step-through mode (one example, phase by phase). */
  | { type: 'stepper-enter'; example: StepperExample }
  | { type: 'stepper-next' }
  | { type: 'stepper-prev' }
  | { type: 'stepper-exit' }
  /** The weight whose chain-rule paths and slope curve the inspector shows (null: none). */
  | { type: 'select-weight'; weight: WeightRef | null; trainer?: number }
  | { type: 'dispose' };

/** Which example the stepper walks through: a training row, or the student's own. */
export type StepperExample = { kind: 'row'; index: number } | { kind: 'custom'; input: number[]; target: number[] };

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

/** The model's output over the input space, sent at a lower rate than frames. */
export type OutputMap =
  | { kind: 'grid'; resolution: number; extent: number; values: Float32Array }
  | { kind: 'curve'; xs: Float32Array; ys: Float32Array };

/** Per-layer arrays are concatenated layer after layer; `layerSizes` gives the split. */
export interface TrainerFrame {
  step: number;
  epoch: number;
  examplesSeen: number;
  /** Loss of the last mini-batch. */
  batchLoss: number;
  /** Evaluated at a lower rate; `evalStep` says at which step. */
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  evalStep: number;
  /** [inputSize, hidden..., outputSize] */
  layerSizes: number[];
  /** net.params: per layer W (row-major [out][in]) then b. */
  params: Float64Array;
  /** ∂L/∂params of the last mini-batch, same layout. */
  grads: Float64Array;
  /** LAYER_STAT_FIELDS per layer. */
  stats: Float64Array;
  probe: ProbeState;
  /** Present when recomputed (a few times a second). */
  outputMap: OutputMap | null;
}

/** One example's forward and backward values, layers concatenated (hidden..., output). */
export interface ProbeState {
  input: Float64Array;
  target: Float64Array;
  z: Float64Array;
  a: Float64Array;
  delta: Float64Array;
  loss: number;
}

export interface StepperFrame {
  phases: Phase[];
  /** Phases done (0 … phases.length). */
  position: number;
  probe: ProbeState;
  /** Params before the step started, to show old beside new. */
  paramsBefore: Float64Array;
  params: Float64Array;
  /** ∂L/∂params of this example (NaN until computed). */
  grads: Float64Array;
  learningRate: number;
  /** The update rule the step applies (the formula shown differs for momentum and Adam). */
  optimizer: OptimizerName;
}

export interface WeightReport {
  weight: WeightRef;
  paths: PathReport;
  /** Loss on the probe example as a function of this weight alone. */
  curve: { ws: Float64Array; losses: Float64Array };
  value: number;
  /** ∂L/∂w on the probe example, and averaged over the last batch. */
  gradExample: number;
  gradBatch: number;
  learningRate: number;
}

export interface Frame {
  id: number;
  playing: boolean;
  /** Training throughput over the last second (all trainers). */
  examplesPerSecond: number;
  trainers: TrainerFrame[];
  stepper: StepperFrame | null;
  weight: WeightReport | null;
}

export type WorkerEvent =
  | { type: 'configured'; data: TrainerData[]; configs: TrainerConfig[] }
  | { type: 'frame'; frame: Frame }
  | { type: 'state'; playing: boolean }
  /** Recoverable: a refused command (field names the setting) or a diverged run (paused). */
  | { type: 'error'; kind: 'invalid' | 'diverged' | 'crash'; message: string; field?: string;
      /** The refused command's type (absent for a divergence while training). */
      command?: string }
  /** Gradients growing fast toward the input: the run may soon diverge. */
  | { type: 'warning'; kind: 'exploding'; message: string };

export function transferablesOf(frame: Frame): Transferable[] {
  const list: Transferable[] = [];
  for (const t of frame.trainers) {
    list.push(t.params.buffer, t.grads.buffer, t.stats.buffer, t.probe.input.buffer, t.probe.target.buffer,
      t.probe.z.buffer, t.probe.a.buffer, t.probe.delta.buffer);
    if (t.outputMap?.kind === 'grid') list.push(t.outputMap.values.buffer);
    if (t.outputMap?.kind === 'curve') list.push(t.outputMap.xs.buffer, t.outputMap.ys.buffer);
  }
  return list;
}
