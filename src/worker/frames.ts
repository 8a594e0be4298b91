/**
 * Building frames: copies of what the views draw. Every typed array here is fresh, so
 * it can be transferred (not structurally cloned) to the page.
 */
import { computeLoss, forward, backward, loadBatch, predict, DOMAIN, type Network } from '../engine';
import type { OutputMap, ProbeState, TrainerFrame } from './protocol';
import { layerSizesOf, refreshEvaluation, viewOf, type TrainerRun } from './trainerRun';

export const GRID_RESOLUTION = 40;
export const CURVE_POINTS = 121;

/** Runs one example forward and backward and copies its z, a and δ (layers concatenated). */
export function probeNetwork(net: Network, input: ArrayLike<number>, target: ArrayLike<number>): ProbeState {
  const x = Float64Array.from(input);
  const y = Float64Array.from(target);
  const saved = net.grads.slice();
  loadBatch(net, x, y, null, 0, 1);
  forward(net);
  const loss = computeLoss(net);
  backward(net);
  net.grads.set(saved);
  return { ...copyScratch(net), input: x, target: y, loss };
}

/** z, a, δ of example 0 of the current batch, layers concatenated. */
export function copyScratch(net: Network): Pick<ProbeState, 'z' | 'a' | 'delta'> {
  const units = net.layers.reduce((s, l) => s + l.nOut, 0);
  const z = new Float64Array(units);
  const a = new Float64Array(units);
  const delta = new Float64Array(units);
  let o = 0;
  for (const l of net.layers) {
    z.set(l.z.subarray(0, l.nOut), o);
    a.set(l.a.subarray(0, l.nOut), o);
    delta.set(l.delta.subarray(0, l.nOut), o);
    o += l.nOut;
  }
  return { z, a, delta };
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

export interface FrameOptions {
  withEvaluation: boolean;
  withOutputMap: boolean;
  /** Row of the training set used as the probe example. */
  probeRow: number;
}

export function trainerFrameOf(run: TrainerRun, opts: FrameOptions): TrainerFrame {
  const t = run.trainer;
  if (opts.withEvaluation) refreshEvaluation(run);
  const net = viewOf(run);
  const nx = net.inputSize;
  const ny = net.outputSize;
  const row = Math.min(opts.probeRow, run.train.count - 1);
  const probe = probeNetwork(net, run.train.inputs.subarray(row * nx, row * nx + nx),
    run.train.targets.subarray(row * ny, row * ny + ny));
  return {
    step: t.step, epoch: t.epoch, examplesSeen: t.examplesSeen, batchLoss: t.lastLoss,
    trainLoss: run.trainEval.loss, testLoss: run.testEval.loss,
    trainAccuracy: run.trainEval.accuracy, testAccuracy: run.testEval.accuracy, evalStep: run.evalStep,
    layerSizes: layerSizesOf(net),
    params: net.params.slice(), grads: run.lastGrads.slice(), stats: run.lastStats.slice(), probe,
    outputMap: opts.withOutputMap ? outputMapOf(net) : null,
  };
}
