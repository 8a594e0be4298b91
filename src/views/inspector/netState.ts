/**
 * The numbers the inspector reads, picked out of a frame: the stepper's example while
 * step-through mode is on (it runs on trainer 0), else the trainer's probe example.
 * Values not computed yet by the stepper are NaN. The learning rate and optimiser come
 * from the live settings (they change without a rebuild), the architecture from the
 * running config. Pure: no React, no stores.
 */
import {
  ACTIVATIONS, type Activation, type ActivationName, type LossName, type OptimizerConfig, type Phase,
} from '../../engine';
import type { Frame, ProbeState, TrainerConfig } from '../../worker/protocol';

export interface NetState {
  /** [inputSize, hidden…, outputSize]. */
  sizes: readonly number[];
  /** The parameters the shown forward and backward pass used (before the stepper's update). */
  params: Float64Array;
  /** Stepper only, once its update phase ran: the parameters after the step. */
  paramsAfter: Float64Array | null;
  probe: ProbeState;
  /** Stepper: ∂L/∂params of its example (NaN until computed); otherwise null. */
  exampleGrads: Float64Array | null;
  /** ∂L/∂params averaged over the last training mini-batch. */
  batchGrads: Float64Array;
  stepping: boolean;
  phase: Phase | null;
  learningRate: number;
  /** Activation per engine layer (hidden…, output); null when the config is not known yet. */
  activations: (ActivationName | null)[];
  loss: LossName;
  optimizer: string;
}

/** Extracts the inspector's view of trainer `trainer`; null when the frame has no such trainer. */
export function netStateOf(
  frame: Frame, trainer: number, config: TrainerConfig | undefined, liveOptimizer?: OptimizerConfig,
): NetState | null {
  const t = frame.trainers[trainer];
  if (!t) return null;
  const layers = t.layerSizes.length - 1;
  const activations = Array.from({ length: layers }, (_, l) =>
    config ? (l < config.hidden.length ? config.hidden[l].activation : config.output) : null);
  const base = {
    sizes: t.layerSizes, batchGrads: t.grads, activations,
    loss: config?.loss ?? 'mse', optimizer: (liveOptimizer ?? config?.optimizer)?.kind ?? 'sgd',
  };
  const st = trainer === 0 ? frame.stepper : null;
  if (st) {
    const updated = st.phases[st.position - 1]?.kind === 'update';
    return {
      ...base, params: st.paramsBefore, paramsAfter: updated ? st.params : null, probe: st.probe,
      exampleGrads: st.grads, stepping: true, phase: st.position > 0 ? st.phases[st.position - 1] : null,
      learningRate: st.learningRate,
    };
  }
  return {
    ...base, params: t.params, paramsAfter: null, probe: t.probe, exampleGrads: null, stepping: false, phase: null,
    learningRate: (liveOptimizer ?? config?.optimizer)?.learningRate ?? NaN,
  };
}

/** Index into params/grads of the weight from `from` into unit `to` of `layer`. */
export function weightIndex(sizes: readonly number[], layer: number, to: number, from: number): number {
  return layerOffset(sizes, layer) + to * sizes[layer] + from;
}

/** Index into params/grads of the bias of unit `unit` of `layer`. */
export function biasIndex(sizes: readonly number[], layer: number, unit: number): number {
  return layerOffset(sizes, layer) + sizes[layer] * sizes[layer + 1] + unit;
}

function layerOffset(sizes: readonly number[], layer: number): number {
  let o = 0;
  for (let l = 0; l < layer; l++) o += sizes[l] * sizes[l + 1] + sizes[l + 1];
  return o;
}

/** Index into the probe's concatenated z, a, δ of unit `unit` of `layer`. */
export function unitIndex(sizes: readonly number[], layer: number, unit: number): number {
  let o = 0;
  for (let l = 1; l <= layer; l++) o += sizes[l];
  return o + unit;
}

/** The activation of the units feeding `layer` (the inputs x for the first layer). */
export function sourceValue(s: NetState, layer: number, from: number): number {
  return layer === 0 ? s.probe.input[from] : s.probe.a[unitIndex(s.sizes, layer - 1, from)];
}

export interface UnitValues {
  z: number;
  a: number;
  delta: number;
  /** f'(z), NaN until a is known. */
  df: number;
  activation: Activation | null;
}

export function unitValues(s: NetState, layer: number, unit: number): UnitValues {
  const q = unitIndex(s.sizes, layer, unit);
  const z = s.probe.z[q];
  const a = s.probe.a[q];
  const name = s.activations[layer];
  const activation = name ? ACTIVATIONS[name] : null;
  const df = activation && !Number.isNaN(z) && !Number.isNaN(a) ? activation.df(z, a) : NaN;
  return { z, a, delta: s.probe.delta[q], df, activation };
}

/** True when a selection's indices exist in a network of these sizes. */
export function fitsNetwork(sizes: readonly number[], sel: { layer: number; unit?: number; to?: number; from?: number }): boolean {
  const L = sizes.length - 1;
  if (!(sel.layer >= 0 && sel.layer < L)) return false;
  const unit = sel.unit ?? sel.to;
  if (unit !== undefined && !(unit >= 0 && unit < sizes[sel.layer + 1])) return false;
  return sel.from === undefined || (sel.from >= 0 && sel.from < sizes[sel.layer]);
}

/** Whether the stepper's current phase is `kind` on `layer` (to highlight that formula). */
export function isPhase(s: NetState, kind: Phase['kind'], layer?: number): boolean {
  const p = s.phase;
  if (!p || p.kind !== kind) return false;
  return layer === undefined || ('layer' in p && p.layer === layer);
}
