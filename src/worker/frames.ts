/**
 * Building frames: copies of what the views draw. Every typed array here is fresh, so
 * it can be transferred (not structurally cloned) to the page.
 */
import {
  countNonFinite,
  computeLoss,
  forward,
  backwardDelta,
  layoutOf,
  loadBatch,
  unitStatusCode,
  type Network,
  type ParamLayout,
} from '../engine';
import { outputMapOf } from './outputMap';
import type { OutputMap, ProbeState, StepComputed, TrainerFrame } from './frameContract';
import { layerSizesOf, refreshEvaluation, skipsOf, viewOf, type TrainerRun } from './trainerRun';

export { CURVE_POINTS, GRID_RESOLUTION, outputMapOf } from './outputMap';

/**
 * Runs one example forward and back on `net` and copies its values. Only the error signals go
 * back (δ, and ∂L/∂a at skips): its gradients are left as they were, and on 12 × 64 units the
 * weight gradients a frame never shows cost as much as the rest of the probe.
 */
export function probeNetwork(net: Network, input: ArrayLike<number>, target: ArrayLike<number>): ProbeState {
  const x = Float64Array.from(input);
  const y = Float64Array.from(target);
  loadBatch(net, x, y, null, 0, 1);
  forward(net);
  const loss = computeLoss(net);
  for (let l = net.layers.length - 1; l >= 0; l--) backwardDelta(net, l);
  return { ...unitValuesOf(net), input: x, target: y, loss };
}

/**
 * z, a, δ (and ∂L/∂a where a skip passes it back) of example 0 of the network's batch,
 * layers concatenated, with f′(z) and the unit's status. A value the stepper has not
 * computed yet is NaN, and so are its f′ and its status is "ok" (unknown): nothing is
 * called saturated before it is known.
 */
export function unitValuesOf(net: Network): Pick<ProbeState, 'z' | 'a' | 'delta' | 'dA' | 'df' | 'status'> {
  const units = net.layers.reduce((s, l) => s + l.nOut, 0);
  const z = new Float64Array(units);
  const a = new Float64Array(units);
  const delta = new Float64Array(units);
  const dA = new Float64Array(units).fill(NaN);
  const df = new Float64Array(units);
  const status = new Uint8Array(units);
  let o = 0;
  for (const l of net.layers) {
    for (let j = 0; j < l.nOut; j++, o++) {
      z[o] = l.z[j];
      a[o] = l.a[j];
      delta[o] = l.delta[j];
      if (l.skip) dA[o] = l.dA[j];
      df[o] = Number.isNaN(l.z[j]) || Number.isNaN(l.fz[j]) ? NaN : l.activation.df(l.z[j], l.fz[j]);
      status[o] = unitStatusCode(l.activation, df[o]);
    }
  }
  return { z, a, delta, dA, df, status };
}

const NO_SKIPS = new Float64Array(0);

/**
 * Per layer: the largest finite |g| over its weights and skip connections, then the largest
 * finite |w| (a skip's weight is 1); ±∞ and NaN are counted apart, in `nonFinite`.
 */
export function edgeMaxOf(
  layout: ParamLayout,
  grads: Float64Array,
  params: Float64Array,
  skipGrads: Float64Array = NO_SKIPS,
): Float64Array {
  return scanValues(layout, grads, params, skipGrads).edgeMax;
}

/**
 * edgeMaxOf, and how many weights and biases and how many of their gradients are ±∞ or NaN,
 * in one pass over each array: on 12 × 64 units these scans were half a frame's building.
 */
export function scanValues(
  layout: ParamLayout,
  grads: Float64Array,
  params: Float64Array,
  skipGrads: Float64Array = NO_SKIPS,
): { edgeMax: Float64Array; nonFiniteParams: number; nonFiniteGrads: number } {
  const edgeMax = new Float64Array(layout.layers.length * 2);
  let nonFiniteParams = 0;
  let nonFiniteGrads = 0;
  for (let k = 0; k < layout.layers.length; k++) {
    const s = layout.layers[k];
    let g = 0;
    let w = 0;
    for (let q = s.w; q < s.b; q++) {
      const ag = Math.abs(grads[q]);
      const aw = Math.abs(params[q]);
      // NaN fails both comparisons, as ∞ fails the first: both are counted, neither is a maximum.
      if (ag < Infinity) g = ag > g ? ag : g;
      else nonFiniteGrads++;
      if (aw < Infinity) w = aw > w ? aw : w;
      else nonFiniteParams++;
    }
    for (let q = s.b; q < s.b + s.nOut; q++) {
      if (!(Math.abs(grads[q]) < Infinity)) nonFiniteGrads++;
      if (!(Math.abs(params[q]) < Infinity)) nonFiniteParams++;
    }
    if (s.skip >= 0) {
      for (let q = s.skip; q < s.skip + s.nOut; q++) {
        const ag = Math.abs(skipGrads[q]);
        if (ag > g && ag !== Infinity) g = ag;
      }
      w = Math.max(w, 1);
    }
    edgeMax[2 * k] = g;
    edgeMax[2 * k + 1] = w;
  }
  return { edgeMax, nonFiniteParams, nonFiniteGrads };
}

/** The example values a frame shows in place of the trainer's own (step-through on that trainer). */
export interface ShownValues {
  probe: ProbeState;
  params: Float64Array;
  grads: Float64Array;
  skipGrads: Float64Array;
}

export interface FrameOptions {
  withEvaluation: boolean;
  withOutputMap: boolean;
  /** A map computed earlier for this frame to carry (undefined: none prepared). */
  preparedMap?: OutputMap | null;
  /** Row of the training set used as the probe example. */
  probeRow: number;
  /** Values to show instead of the probe's (the stepper's): then no probe is computed. */
  shown: ShownValues | null;
  /** What the stepper has computed of the shown values (null: all of it). */
  computed: StepComputed | null;
}

export function trainerFrameOf(run: TrainerRun, opts: FrameOptions): TrainerFrame {
  const t = run.trainer;
  if (opts.withEvaluation) refreshEvaluation(run);
  const net = viewOf(run);
  const shown = opts.shown ?? probeRow(run, net, opts.probeRow);
  const layerSizes = layerSizesOf(net);
  const skips = skipsOf(net);
  const scan = scanValues(layoutOf(layerSizes, skips), shown.grads, shown.params, shown.skipGrads);
  return {
    step: t.step,
    epoch: t.epoch,
    examplesSeen: t.examplesSeen,
    batchLoss: t.lastLoss,
    trainLoss: run.trainEval.loss,
    testLoss: run.testEval.loss,
    trainAccuracy: run.trainEval.accuracy,
    testAccuracy: run.testEval.accuracy,
    evalStep: run.evalStep,
    layerSizes,
    skips,
    params: shown.params,
    grads: shown.grads,
    skipGrads: shown.skipGrads,
    stats: run.lastStats.slice(),
    edgeMax: scan.edgeMax,
    probe: shown.probe,
    optimizer: { ...t.optimizer.config },
    batchSize: t.batchSize,
    outputMap: opts.withOutputMap ? outputMapOf(net) : (opts.preparedMap ?? null),
    computed: opts.computed,
    nonFinite: {
      params: scan.nonFiniteParams,
      grads: opts.computed ? computedNonFinite(layerSizes, shown.grads, opts.computed) : scan.nonFiniteGrads,
    },
  };
}

/** ±∞ and NaN among the gradients computed (the stepper's not-yet-computed ones are NaN by design). */
function computedNonFinite(sizes: number[], grads: Float64Array, computed: StepComputed): number {
  let count = 0;
  layoutOf(sizes).layers.forEach((s, l) => {
    if (computed.grads[l]) count += countNonFinite(grads.subarray(s.w, s.b + s.nOut));
  });
  return count;
}

function probeRow(run: TrainerRun, net: Network, row: number): ShownValues {
  const nx = net.inputSize;
  const ny = net.outputSize;
  const r = Math.min(row, run.train.count - 1);
  const probe = probeNetwork(
    net,
    run.train.inputs.subarray(r * nx, r * nx + nx),
    run.train.targets.subarray(r * ny, r * ny + ny),
  );
  return { probe, params: net.params.slice(), grads: run.lastGrads.slice(), skipGrads: run.lastSkipGrads.slice() };
}
