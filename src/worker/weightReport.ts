/**
 * The inspector's numbers for one weight: its chain-rule paths and the loss as a function
 * of this weight alone, on one example. Computed on a private copy of the network, so
 * inspecting never disturbs training or a step in progress.
 */
import { createNetwork, explainWeight, computeLoss, forward, loadBatch, type Network, type WeightRef } from '../engine';
import type { WeightReport } from './protocol';
import type { TrainerRun } from './trainerRun';

const CURVE_POINTS = 81;

/** One reusable copy per network (reallocating it for every report would churn memory). */
export class NetworkCopies {
  private readonly copies = new WeakMap<Network, Network>();

  of(net: Network): Network {
    let copy = this.copies.get(net);
    if (!copy) {
      copy = createNetwork(net.spec);
      this.copies.set(net, copy);
    }
    return copy;
  }
}

/** The example and the parameters the report is about. */
export interface ReportSource {
  x: Float64Array;
  y: Float64Array;
  params: Float64Array;
}

export function buildWeightReport(run: TrainerRun, ref: WeightRef, source: ReportSource, copy: Network): WeightReport {
  copy.params.set(source.params);
  const paths = explainWeight(copy, ref, [source.x], [source.y]);
  const index = copy.layers[ref.layer].W.byteOffset / 8 + ref.to * copy.layers[ref.layer].nIn + ref.from;
  const value = copy.params[index];
  const lr = run.trainer.optimizer.config.learningRate;
  return {
    weight: { ...ref }, paths, value, gradExample: paths.backprop, gradBatch: run.lastGrads[index], learningRate: lr,
    curve: lossCurve(copy, index, source.x, source.y, value, lr * paths.backprop),
  };
}

/** Loss of one example as a function of params[index] alone, around its value (wide enough for the step). */
function lossCurve(net: Network, index: number, x: Float64Array, y: Float64Array, w: number, step: number) {
  const span = Math.max(1, 1.5 * Math.abs(step), 0.5 * Math.abs(w));
  const ws = new Float64Array(CURVE_POINTS);
  const losses = new Float64Array(CURVE_POINTS);
  loadBatch(net, x, y, null, 0, 1);
  for (let k = 0; k < CURVE_POINTS; k++) {
    ws[k] = w - span + (2 * span * k) / (CURVE_POINTS - 1);
    net.params[index] = ws[k];
    forward(net);
    losses[k] = computeLoss(net);
  }
  net.params[index] = w;
  return { ws, losses };
}
