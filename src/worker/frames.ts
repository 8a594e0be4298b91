/**
 * Building frames: copies of what the views draw. Every typed array here is fresh, so
 * it can be transferred (not structurally cloned) to the page.
 */
import {
  countNonFinite,
  computeLoss,
  forward,
  backward,
  layoutOf,
  loadBatch,
  predict,
  unitStatusCode,
  DOMAIN,
  type Network,
  type ParamLayout,
} from '../engine';
import type { OutputMap, ProbeState, StepComputed, TrainerFrame } from './protocol';
import { layerSizesOf, refreshEvaluation, viewOf, type TrainerRun } from './trainerRun';

export const GRID_RESOLUTION = 40;
export const CURVE_POINTS = 121;

/** Runs one example forward and backward on `net` and copies its values (its gradients are left as they were). */
export function probeNetwork(net: Network, input: ArrayLike<number>, target: ArrayLike<number>): ProbeState {
  const x = Float64Array.from(input);
  const y = Float64Array.from(target);
  const saved = net.grads.slice();
  loadBatch(net, x, y, null, 0, 1);
  forward(net);
  const loss = computeLoss(net);
  backward(net);
  net.grads.set(saved);
  return { ...unitValuesOf(net), input: x, target: y, loss };
}

/**
 * z, a, δ of example 0 of the network's batch, layers concatenated, with f′(z) and the
 * unit's status. A value the stepper has not computed yet is NaN, and so are its f′ and
 * its status is "ok" (unknown): nothing is called saturated before it is known.
 */
export function unitValuesOf(net: Network): Pick<ProbeState, 'z' | 'a' | 'delta' | 'df' | 'status'> {
  const units = net.layers.reduce((s, l) => s + l.nOut, 0);
  const z = new Float64Array(units);
  const a = new Float64Array(units);
  const delta = new Float64Array(units);
  const df = new Float64Array(units);
  const status = new Uint8Array(units);
  let o = 0;
  for (const l of net.layers) {
    for (let j = 0; j < l.nOut; j++, o++) {
      z[o] = l.z[j];
      a[o] = l.a[j];
      delta[o] = l.delta[j];
      df[o] = Number.isNaN(l.z[j]) || Number.isNaN(l.a[j]) ? NaN : l.activation.df(l.z[j], l.a[j]);
      status[o] = unitStatusCode(l.activation, df[o]);
    }
  }
  return { z, a, delta, df, status };
}

/** Per layer: the largest finite |g| over its weights, then the largest finite |w| (±∞ and NaN are counted apart, in `nonFinite`). */
export function edgeMaxOf(layout: ParamLayout, grads: Float64Array, params: Float64Array): Float64Array {
  const out = new Float64Array(layout.layers.length * 2);
  layout.layers.forEach((s, k) => {
    let g = 0;
    let w = 0;
    for (let q = s.w; q < s.b; q++) {
      const ag = Math.abs(grads[q]);
      const aw = Math.abs(params[q]);
      if (ag > g && ag !== Infinity) g = ag;
      if (aw > w && aw !== Infinity) w = aw;
    }
    out[2 * k] = g;
    out[2 * k + 1] = w;
  });
  return out;
}

/**
 * The network's output over the input space. Grid: values[r·res + c], c along x₁ from
 * −extent to +extent, r along x₂ from +extent (top row) down to −extent.
 */
export function outputMapOf(net: Network): OutputMap | null {
  if (net.inputSize === 2) {
    const res = GRID_RESOLUTION;
    const xs = new Float64Array(res * res * 2);
    for (let r = 0; r < res; r++) {
      for (let c = 0; c < res; c++) {
        const k = r * res + c;
        xs[2 * k] = -DOMAIN + ((c + 0.5) / res) * 2 * DOMAIN;
        xs[2 * k + 1] = DOMAIN - ((r + 0.5) / res) * 2 * DOMAIN;
      }
    }
    const out = predict(net, xs);
    const values = new Float32Array(res * res);
    for (let k = 0; k < res * res; k++) values[k] = out[k * net.outputSize];
    return { kind: 'grid', resolution: res, extent: DOMAIN, values };
  }
  if (net.inputSize === 1) {
    const xs = new Float64Array(CURVE_POINTS);
    for (let k = 0; k < CURVE_POINTS; k++) xs[k] = -DOMAIN + (2 * DOMAIN * k) / (CURVE_POINTS - 1);
    const out = predict(net, xs);
    const ys = new Float32Array(CURVE_POINTS);
    for (let k = 0; k < CURVE_POINTS; k++) ys[k] = out[k * net.outputSize];
    return { kind: 'curve', xs: Float32Array.from(xs), ys };
  }
  return null;
}

/** The example values a frame shows in place of the trainer's own (step-through on that trainer). */
export interface ShownValues {
  probe: ProbeState;
  params: Float64Array;
  grads: Float64Array;
}

export interface FrameOptions {
  withEvaluation: boolean;
  withOutputMap: boolean;
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
    params: shown.params,
    grads: shown.grads,
    stats: run.lastStats.slice(),
    edgeMax: edgeMaxOf(layoutOf(layerSizes), shown.grads, shown.params),
    probe: shown.probe,
    optimizer: { ...t.optimizer.config },
    batchSize: t.batchSize,
    outputMap: opts.withOutputMap ? outputMapOf(net) : null,
    computed: opts.computed,
    nonFinite: {
      params: countNonFinite(shown.params),
      grads: computedNonFinite(layerSizes, shown.grads, opts.computed),
    },
  };
}

/** ±∞ and NaN among the gradients computed (the stepper's not-yet-computed ones are NaN by design). */
function computedNonFinite(sizes: number[], grads: Float64Array, computed: StepComputed | null): number {
  if (!computed) return countNonFinite(grads);
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
  return { probe, params: net.params.slice(), grads: run.lastGrads.slice() };
}
