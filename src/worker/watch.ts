/**
 * The silent ways a run goes wrong, which no NaN ever shows: every gradient exactly zero
 * step after step (dead ReLUs, or units saturated so hard that f′(z) rounds to 0), units
 * that stay saturated while the loss stays no better than guessing, and a loss that keeps
 * rising. Fed once per committed step with O(1) work (the zero check stops at the first
 * non-zero gradient, which is usually the last one it reads), and once per slice with the
 * layer statistics. Each kind is raised once, until the run is rebuilt or restored.
 */
import {
  LAYER_STAT_FIELDS,
  type Dataset,
  type LayerSpec,
  type LossName,
  type OutputActivationName,
  type Trainer,
} from '../engine';
import type { AlarmKind } from './protocol';

/** Steps the zero-gradient check looks back over, and how many of them must be all zero. */
export const ZERO_WINDOW = 100;
export const ZERO_NEEDED = 95;
/** Share of a layer's (example, unit) pairs that pass almost nothing back, for "saturated". */
export const SATURATED_SHARE = 0.95;
/** Steps a layer must stay saturated, without the loss getting better, before it is named. */
export const SATURATED_STEPS = 500;
/** The loss's moving average: weight of each new mini-batch (about 50 steps of memory). */
export const LOSS_EMA = 0.02;
/** Rising: checkpoints of the average every CHECKPOINT steps; at least RISES_NEEDED rises among the last RISE_WINDOW. */
export const CHECKPOINT = 50;
export const RISE_WINDOW = 10;
export const RISES_NEEDED = 8;

export interface Sighting {
  kind: Exclude<AlarmKind, 'overflow'>;
  /** Over how many steps it was seen. */
  steps: number;
  /** The loss's average now, and `steps` before. */
  loss: number;
  lossFrom: number;
  /** The saturated layer and its share, for 'saturated' and 'zero-gradients'. */
  layer: number | null;
  share: number;
}

/**
 * The loss of the best constant prediction (every output its mean target): a network at or
 * above it has learnt nothing. ½·Var per output for the squared error, the entropy for
 * cross-entropy; 0 when every target is the same.
 */
export function chanceLoss(data: Dataset, loss: LossName): number {
  const ny = data.outputSize;
  let total = 0;
  if (loss === 'cce') {
    // One class per output: the entropy of the class shares.
    for (let m = 0; m < ny; m++) {
      let share = 0;
      for (let s = 0; s < data.count; s++) share += data.targets[s * ny + m] / data.count;
      if (share > 0) total -= share * Math.log(share);
    }
    return total;
  }
  for (let m = 0; m < ny; m++) {
    let mean = 0;
    for (let s = 0; s < data.count; s++) mean += data.targets[s * ny + m] / data.count;
    if (loss === 'bce') {
      const p = Math.min(1 - 1e-12, Math.max(1e-12, mean));
      total += mean <= 0 || mean >= 1 ? 0 : -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    } else {
      for (let s = 0; s < data.count; s++) total += (0.5 * (data.targets[s * ny + m] - mean) ** 2) / data.count;
    }
  }
  return total;
}

export class RunWatch {
  private readonly zeros = new Uint8Array(ZERO_WINDOW);
  private zeroAt = 0;
  private zeroCount = 0;
  private seen = 0;
  private ema = NaN;
  private readonly checkpoints = new Float64Array(RISE_WINDOW + 1);
  private checkpointCount = 0;
  private saturatedSince = -1;
  private lossAtSaturation = NaN;
  private readonly raised = new Set<Sighting['kind']>();

  constructor(
    private readonly chance: number,
    private readonly hidden: readonly LayerSpec[],
    private readonly output: OutputActivationName,
  ) {}

  /** Forgets what it has seen (after a restore or a live change): each kind may be raised again. */
  reset(): void {
    this.zeros.fill(0);
    this.zeroCount = this.seen = this.checkpointCount = 0;
    this.ema = NaN;
    this.saturatedSince = -1;
    this.raised.clear();
  }

  /** After each committed step. */
  afterStep(t: Trainer): Sighting | null {
    const g = t.net.grads;
    let zero = 1;
    for (let k = g.length - 1; k >= 0; k--) {
      if (g[k] !== 0) {
        zero = 0;
        break;
      }
    }
    this.zeroCount += zero - this.zeros[this.zeroAt];
    this.zeros[this.zeroAt] = zero;
    this.zeroAt = (this.zeroAt + 1) % ZERO_WINDOW;
    this.seen++;
    const loss = t.lastLoss;
    this.ema = Number.isNaN(this.ema) ? loss : this.ema + LOSS_EMA * (loss - this.ema);
    if (this.seen >= ZERO_WINDOW && this.zeroCount >= ZERO_NEEDED && this.ema > 0.01 * this.chance) {
      const s = this.raise('zero-gradients', ZERO_WINDOW, this.ema, this.ema);
      if (s) return s;
    }
    if (this.seen % CHECKPOINT === 0) return this.checkpoint();
    return null;
  }

  /** After a slice, from the last mini-batch's layer statistics. */
  afterSlice(t: Trainer, stats: Float64Array): Sighting | null {
    const layer = this.saturatedLayer(stats);
    if (layer === null || Number.isNaN(this.ema)) {
      this.saturatedSince = -1;
      return null;
    }
    if (this.saturatedSince < 0) {
      this.saturatedSince = t.step;
      this.lossAtSaturation = this.ema;
      return null;
    }
    const steps = t.step - this.saturatedSince;
    const noBetter = this.ema >= 0.99 * this.lossAtSaturation && this.ema >= 0.9 * this.chance;
    if (steps < SATURATED_STEPS || !noBetter) return null;
    const sighting = this.raise('saturated', steps, this.ema, this.lossAtSaturation);
    if (sighting) {
      sighting.layer = layer;
      sighting.share = stats[layer * LAYER_STAT_FIELDS.length + 3];
    }
    return sighting;
  }

  /** The layer whose units pass the least back, when that is nearly all of them (tanh/sigmoid only). */
  private saturatedLayer(stats: Float64Array): number | null {
    const F = LAYER_STAT_FIELDS.length;
    const acts = [...this.hidden.map((l) => l.activation), this.output];
    let best: number | null = null;
    acts.forEach((a, l) => {
      const share = stats[l * F + 3];
      if ((a === 'tanh' || a === 'sigmoid') && share >= SATURATED_SHARE) {
        if (best === null || share > stats[best * F + 3]) best = l;
      }
    });
    return best;
  }

  private checkpoint(): Sighting | null {
    const cps = this.checkpoints;
    if (this.checkpointCount <= RISE_WINDOW) cps[this.checkpointCount++] = this.ema;
    else {
      cps.copyWithin(0, 1);
      cps[RISE_WINDOW] = this.ema;
    }
    if (this.checkpointCount <= RISE_WINDOW) return null;
    let rises = 0;
    for (let k = 1; k <= RISE_WINDOW; k++) if (cps[k] > cps[k - 1]) rises++;
    // A rise over many steps, not a spike: both halves of the window rise markedly (against
    // the loss of guessing, so noise at a tiny loss does not count), and the end is well above the start.
    const half = RISE_WINDOW >> 1;
    const marked = 0.08 * this.chance;
    const steady = cps[half] - cps[0] >= marked && cps[RISE_WINDOW] - cps[half] >= marked;
    if (rises < RISES_NEEDED || !steady || this.ema < 1.5 * cps[0]) return null;
    return this.raise('rising', RISE_WINDOW * CHECKPOINT, this.ema, cps[0]);
  }

  private raise(kind: Sighting['kind'], steps: number, loss: number, lossFrom: number): Sighting | null {
    if (this.raised.has(kind)) return null;
    this.raised.add(kind);
    return { kind, steps, loss, lossFrom, layer: null, share: 0 };
  }
}
