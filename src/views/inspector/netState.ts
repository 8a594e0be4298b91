/**
 * The numbers the inspector reads, picked out of a frame: the stepper's example while
 * step-through runs on this network, else the trainer's probe example. Values not computed
 * yet by the stepper are NaN. The optimiser settings are those the frame says the trainer
 * runs (they change live), the architecture comes from the running config. Indices come
 * from the engine's layout module. Pure: no React, no stores.
 */
import type { LossName, OptimizerName, OutputActivationName, Phase, UnitStatus } from '../../engine';
import { activationOf, type Activation } from '../../engine/activations';
import { fitsLayout, layoutOf, unitIndex, type ParamLayout } from '../../engine/layout';
import { UNIT_STATUSES } from '../../store/options';
import type { Frame, ProbeState, StepComputed, TrainerConfig } from '../../worker/protocol';

export interface NetState {
  /** [inputSize, hidden…, outputSize]. */
  sizes: readonly number[];
  layout: ParamLayout;
  /** The parameters the shown forward and backward pass used (before the stepper's update). */
  params: Float64Array;
  /** Stepper only, once its update phase ran: the parameters after the step. */
  paramsAfter: Float64Array | null;
  probe: ProbeState;
  /** Stepper: ∂L/∂params of its example (see `computed`); otherwise null. */
  exampleGrads: Float64Array | null;
  /** Stepper: what it has computed so far (kit/computed.ts reads it); null outside step-through. */
  computed: StepComputed | null;
  /** ∂L/∂params averaged over the last training mini-batch. */
  batchGrads: Float64Array;
  stepping: boolean;
  phase: Phase | null;
  learningRate: number;
  /** Activation per engine layer (hidden…, output); null when the config is not known yet. */
  activations: (OutputActivationName | null)[];
  loss: LossName;
  optimizer: OptimizerName;
  /** Per engine layer: whether a skip connection adds the layer's input to its output. */
  skips: readonly boolean[];
}

/** Extracts the inspector's view of trainer `trainer`; null when the frame has no such trainer. */
export function netStateOf(frame: Frame, trainer: number, config: TrainerConfig | undefined): NetState | null {
  const t = frame.trainers[trainer];
  if (!t) return null;
  const layers = t.layerSizes.length - 1;
  const activations = Array.from({ length: layers }, (_, l) =>
    config ? (l < config.hidden.length ? config.hidden[l].activation : config.output) : null,
  );
  const base = {
    sizes: t.layerSizes,
    layout: layoutOf(t.layerSizes),
    batchGrads: t.grads,
    activations,
    probe: t.probe,
    loss: config?.loss ?? 'mse',
    optimizer: t.optimizer.kind,
    learningRate: t.optimizer.learningRate,
    skips: t.skips ?? [],
    computed: t.computed,
  };
  const st = trainer === 0 ? frame.stepper : null;
  if (st) {
    const updated = st.phases[st.position - 1]?.kind === 'update';
    return {
      ...base,
      params: st.paramsBefore,
      paramsAfter: updated ? t.params : null,
      exampleGrads: t.grads,
      stepping: true,
      phase: st.position > 0 ? st.phases[st.position - 1] : null,
    };
  }
  return { ...base, params: t.params, paramsAfter: null, exampleGrads: null, stepping: false, phase: null };
}

/** The activation of the units feeding `layer` (the inputs x for the first layer). */
export function sourceValue(s: NetState, layer: number, from: number): number {
  return layer === 0 ? s.probe.input[from] : s.probe.a[unitIndex(s.layout, layer - 1, from)];
}

export interface UnitValues {
  z: number;
  a: number;
  delta: number;
  /** f'(z), known once a is. */
  df: number;
  status: UnitStatus;
  activation: Activation | null;
}

export function unitValues(s: NetState, layer: number, unit: number): UnitValues {
  const q = unitIndex(s.layout, layer, unit);
  const name = s.activations[layer];
  return {
    z: s.probe.z[q],
    a: s.probe.a[q],
    delta: s.probe.delta[q],
    df: s.probe.df[q],
    status: UNIT_STATUSES[s.probe.status[q]] ?? 'ok',
    activation: name ? activationOf(name) : null,
  };
}

/** True when a selection's indices exist in a network of these sizes. */
export function fitsNetwork(
  sizes: readonly number[],
  sel: { layer: number; unit?: number; to?: number; from?: number },
): boolean {
  return fitsLayout(layoutOf(sizes), sel);
}

/** Whether the stepper's current phase is `kind` on `layer` (to highlight that formula). */
export function isPhase(s: NetState, kind: Phase['kind'], layer?: number): boolean {
  const p = s.phase;
  if (!p || p.kind !== kind) return false;
  return layer === undefined || ('layer' in p && p.layer === layer);
}
