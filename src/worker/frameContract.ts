/** The frame contract: what a frame carries and which buffers it transfers (protocol.ts re-exports the types). */
import type { OptimizerConfig, PathReport, Phase, WeightRef } from '../engine';

/**
 * A frame carries everything the views draw, already computed, so no view recomputes it — per
 * unit z, a, δ, f′(z) and the ok/saturated/inactive status of one example (the engine's one
 * rule), per layer the largest |∂L/∂w| and |w|, the optimiser settings the trainer is running,
 * and in step-through the stepper's values exactly once. Indices into the flat arrays come from
 * the engine's layout module (layoutOf(layerSizes)).
 */
export interface Frame {
  id: number;
  playing: boolean;
  /** Training throughput over the last second (all trainers). */
  examplesPerSecond: number;
  trainers: TrainerFrame[];
  stepper: StepperFrame | null;
  weight: WeightReport | null;
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

/** Which example the stepper walks through: a training row, or the student's own. */
export type StepperExample = { kind: 'row'; index: number } | { kind: 'custom'; input: number[]; target: number[] };

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

/** Every typed array of a frame: they are transferred, never copied (a new buffer field goes here too). */
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
