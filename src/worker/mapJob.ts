/**
 * The decision boundary computed a piece at a time, between training slices and frames. On
 * 12 hidden layers of 64 units its 1,600 cells take about 24 ms: in one task that made a
 * frame miss the page's animation frame and held up a Pause by as much. The job maps a copy
 * of the weights taken when it starts (a network of its own per run, so frames and training
 * in between change nothing it computes), so the finished map is the model at one step.
 * predict() computes each example alone: the pieces give the numbers of one call.
 */
import { createNetworkLike, predict, type Network } from '../engine';
import { mapFromOutputs, mapInputs } from './outputMap';
import type { OutputMap } from './frameContract';
import type { TrainerRun } from './trainerRun';

/** Cells per predict() call inside a piece. */
const CELLS = 200;

const mapNetworks = new WeakMap<TrainerRun, Network>();

export class MapJob {
  private readonly out: Float64Array;
  private done = 0;
  private readonly count: number;

  private constructor(
    readonly run: TrainerRun,
    /** The trainer step whose weights are mapped. */
    readonly step: number,
    private readonly net: Network,
    private readonly xs: Float64Array,
  ) {
    this.count = xs.length / net.inputSize;
    this.out = new Float64Array(this.count * net.outputSize);
  }

  /** A job mapping `run`'s weights as they are now (null: inputs the map does not draw). */
  static start(run: TrainerRun): MapJob | null {
    const xs = mapInputs(run.trainer.net.inputSize);
    if (!xs) return null;
    let net = mapNetworks.get(run);
    if (!net) mapNetworks.set(run, (net = createNetworkLike(run.trainer.net)));
    net.params.set(run.trainer.net.params);
    return new MapJob(run, run.trainer.step, net, xs);
  }

  get finished(): boolean {
    return this.done === this.count;
  }

  /** Computes cells until `ms` have passed on `now` (at least one piece); true when all are done. */
  advance(now: () => number, ms: number): boolean {
    if (this.finished) return true;
    const t0 = now();
    do {
      const n = Math.min(CELLS, this.count - this.done);
      const x = this.xs.subarray(this.done * this.net.inputSize, (this.done + n) * this.net.inputSize);
      this.out.set(predict(this.net, x), this.done * this.net.outputSize);
      this.done += n;
    } while (this.done < this.count && now() - t0 < ms);
    return this.done === this.count;
  }

  result(): OutputMap | null {
    return mapFromOutputs(this.net, this.xs, this.out);
  }
}
