/**
 * Every message that crosses the worker boundary, in both directions, as discriminated
 * unions. Nothing else is posted. Typed arrays in frames travel as transferables.
 *
 * The frame contract: a frame carries everything the views draw, already computed, so no
 * view recomputes it — per unit z, a, δ, f′(z) and the ok/saturated/inactive status of one
 * example (the engine's one rule), per layer the largest |∂L/∂w| and |w|, the optimiser
 * settings the trainer is running, and in step-through the stepper's values exactly once.
 * Indices into the flat arrays come from the engine's layout module (layoutOf(layerSizes)).
 */
import type {
  DatasetName,
  InitSpec,
  LabelStyle,
  LayerSpec,
  OutputActivationName,
  LossName,
  OptimizerConfig,
  Phase,
  PathReport,
  WeightRef,
  KernelPath,
} from '../engine';
import type { FailureContext, RunAlarm } from './alarmTypes';

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

/**
 * The model's output over the input space, sent only when the weights changed since the last
 * one. `grid`: the (first) output per cell; `classes`: a softmax's winning class per cell and
 * its probability (its confidence); `curve`: ŷ(x) for 1-D inputs.
 */
export type OutputMap =
  | { kind: 'grid'; resolution: number; extent: number; values: Float32Array }
  | {
      kind: 'classes';
      resolution: number;
      extent: number;
      classes: number;
      winner: Uint8Array;
      confidence: Float32Array;
    }
  | { kind: 'curve'; xs: Float32Array; ys: Float32Array };

/** Per-layer arrays are concatenated layer after layer; layoutOf(layerSizes) finds an entry. */
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
  /** Per engine layer: whether it has a skip connection; layoutOf(layerSizes, skips) finds a skip. */
  skips: boolean[];
  /** net.params: per layer W (row-major [out][in]) then b. In step-through: the stepper's. */
  params: Float64Array;
  /** ∂L/∂params of the last mini-batch, same layout. In step-through: the example's (see `computed`). */
  grads: Float64Array;
  /**
   * ∂L/∂s of each skip connection (the gradient its weight, fixed at 1, would have), same
   * batch or example as `grads`; empty without skips.
   */
  skipGrads: Float64Array;
  /** LAYER_STAT_FIELDS per layer. */
  stats: Float64Array;
  /**
   * Per layer: the largest |∂L/∂w| then the largest |w| over its weights (biases excluded)
   * and its skip connections (∂L/∂s; weight 1), so a skip's width shares the layer's scale.
   */
  edgeMax: Float64Array;
  /** One example's values: the probe row, or the step-through's example. */
  probe: ProbeState;
  /** The optimiser settings this trainer is running (they change live, without a rebuild). */
  optimizer: OptimizerConfig;
  batchSize: number;
  /** Present when the weights changed since the last map was sent; the page keeps the last one. */
  outputMap: OutputMap | null;
  /**
   * In step-through, what the step has computed so far on this network's example (a value not
   * computed yet is NaN in the arrays, and must read "not computed yet", never as a number);
   * null when everything in this frame is computed.
   */
  computed: StepComputed | null;
  /** How many weights and biases, and how many of their gradients, are ±∞ or NaN (drawn as such, never dropped). */
  nonFinite: { params: number; grads: number };
}

/** Per layer (hidden…, output), whether the step-through has computed z, a (and f′(z)), δ and ∂L/∂W, ∂L/∂b. */
export interface StepComputed {
  z: boolean[];
  a: boolean[];
  delta: boolean[];
  grads: boolean[];
  loss: boolean;
  /** The update ran: params are the new weights. */
  update: boolean;
}

/** One example's forward and backward values, units concatenated layer after layer (hidden..., output). */
export interface ProbeState {
  input: Float64Array;
  target: Float64Array;
  z: Float64Array;
  a: Float64Array;
  /** δ = ∂L/∂z */
  delta: Float64Array;
  /**
   * ∂L/∂a of the units of layers with a skip connection (NaN elsewhere): what the skip passes
   * back unchanged to the layer below, whose δ adds it to Σ_k w_k δ_k.
   */
  dA: Float64Array;
  /** f′(z) (for a softmax output: ∂ŷ_m/∂z_m = ŷ_m(1 − ŷ_m), its Jacobian's diagonal) */
  df: Float64Array;
  /** Index into UNIT_STATUSES: 0 ok, 1 saturated, 2 inactive (f′(z) lets almost nothing back). */
  status: Uint8Array;
  loss: number;
}

/** Step-through on trainer 0. Its example's values are that trainer's probe, params and grads. */
export interface StepperFrame {
  phases: Phase[];
  /** Phases done (0 … phases.length). */
  position: number;
  example: StepperExample;
  /** Params before the step started, to show old beside new. */
  paramsBefore: Float64Array;
}

export interface WeightReport {
  weight: WeightRef;
  /** Which trainer the weight belongs to. */
  trainer: number;
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

export function transferablesOf(frame: Frame): Transferable[] {
  const list: Transferable[] = [];
  for (const t of frame.trainers) {
    const p = t.probe;
    list.push(t.params.buffer, t.grads.buffer, t.skipGrads.buffer, t.stats.buffer, t.edgeMax.buffer);
    list.push(p.input.buffer, p.target.buffer, p.z.buffer, p.a.buffer, p.delta.buffer, p.dA.buffer, p.df.buffer);
    list.push(p.status.buffer);
    if (t.outputMap?.kind === 'grid') list.push(t.outputMap.values.buffer);
    if (t.outputMap?.kind === 'classes') list.push(t.outputMap.winner.buffer, t.outputMap.confidence.buffer);
    if (t.outputMap?.kind === 'curve') list.push(t.outputMap.xs.buffer, t.outputMap.ys.buffer);
  }
  if (frame.stepper) list.push(frame.stepper.paramsBefore.buffer);
  return list;
}

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
