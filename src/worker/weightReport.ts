/**
 * The inspector's numbers for one weight: its chain-rule paths and the loss as a function
 * of this weight alone, on one example. Computed on a private copy of the network, so
 * inspecting never disturbs training or a step in progress. While training runs, the
 * report is refreshed at most every REPORT_MS (the inspector reads text at a few Hz).
 */
import {
  checkWeightRef,
  createNetworkLike,
  explainWeight,
  computeLoss,
  forward,
  layoutOf,
  loadBatch,
  weightIndex,
  type Network,
  type WeightRef,
} from '../engine';
import type { WeightReport } from './frameContract';
import { layerSizesOf, type TrainerRun } from './trainerRun';

const CURVE_POINTS = 81;
/** While training runs, the weight report is recomputed at most this often. */
export const REPORT_MS = 250;

/** The example and the parameters the report is about. */
export interface ReportSource {
  x: Float64Array;
  y: Float64Array;
  params: Float64Array;
}

export class WeightInspector {
  private weight: { ref: WeightRef; trainer: number } | null = null;
  private readonly copies = new WeakMap<Network, Network>();
  private cached: { key: string; at: number; report: WeightReport } | null = null;

  select(ref: WeightRef | null, trainer: number): void {
    this.cached = null;
    this.weight = ref ? { ref: { ...ref }, trainer } : null;
  }

  /** The weights changed without a step (a restore keeps the step count): report afresh. */
  forget(): void {
    this.cached = null;
  }

  /**
   * The report for the selected weight, on the stepper's example (`stepping`, when the
   * stepper runs on that trainer) or the probe row. Listing paths and tracing the loss curve
   * costs up to tens of ms on a deep net: never twice for the same state, and while playing
   * at most every REPORT_MS.
   */
  report(
    runs: readonly TrainerRun[],
    stepping: (run: TrainerRun) => ReportSource | null,
    position: number,
    now: number,
    playing: boolean,
  ): WeightReport | null {
    if (!this.weight) return null;
    const { ref, trainer } = this.weight;
    const run = runs[trainer];
    if (!run) return null;
    const key =
      `${trainer}:${ref.layer},${ref.to},${ref.from}:${run.trainer.step}:${position}:` +
      `${run.trainer.optimizer.config.learningRate}:${runs.length}`;
    if (this.cached && this.cached.key === key) return this.cached.report;
    if (this.cached && playing && now - this.cached.at < REPORT_MS) return this.cached.report;
    const net = run.trainer.net;
    try {
      checkWeightRef(net, ref);
    } catch {
      this.weight = null;
      return null;
    }
    const source = stepping(run) ?? {
      x: run.train.inputs.slice(0, net.inputSize),
      y: run.train.targets.slice(0, net.outputSize),
      params: net.params,
    };
    const report = buildWeightReport(run, trainer, ref, source, this.copyOf(net));
    this.cached = { key, at: now, report };
    return report;
  }

  /** One reusable copy per network (reallocating it for every report would churn memory). */
  private copyOf(net: Network): Network {
    let copy = this.copies.get(net);
    if (!copy) {
      copy = createNetworkLike(net);
      this.copies.set(net, copy);
    }
    return copy;
  }
}

export function buildWeightReport(
  run: TrainerRun,
  trainer: number,
  ref: WeightRef,
  source: ReportSource,
  copy: Network,
): WeightReport {
  copy.params.set(source.params);
  const paths = explainWeight(copy, ref, [source.x], [source.y]);
  const index = weightIndex(layoutOf(layerSizesOf(copy)), ref.layer, ref.to, ref.from);
  const value = copy.params[index];
  const lr = run.trainer.optimizer.config.learningRate;
  return {
    weight: { ...ref },
    trainer,
    paths,
    value,
    gradExample: paths.backprop,
    gradBatch: run.lastGrads[index],
    learningRate: lr,
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
