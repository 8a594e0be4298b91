/**
 * Bounded per-trainer, per-layer history of the layer statistics (LAYER_STAT_FIELDS),
 * for the gradient chart's "over time" lines. Same idea as LossHistory: at most
 * `capacity` points; when full, every other sample is dropped and the stride doubles,
 * so a long run keeps an even, downsampled picture of the whole run in constant memory.
 * The newest step is always the last point, so the lines end where the bars stand.
 *
 * Histories are mutated in place (no allocation per frame); the vanilla store's `version`
 * changes whenever any of them does, which is what views watch.
 */
import { createStore } from 'zustand/vanilla';
import { LAYER_STAT_FIELDS } from '../engine/stats';
import type { Frame } from '../worker/protocol';

const F = LAYER_STAT_FIELDS.length;
export type LayerStatField = (typeof LAYER_STAT_FIELDS)[number];

export class GradientHistory {
  /** Rows 0 … capacity−2 hold the samples; the last row holds the newest step when it is not a sample. */
  private readonly steps: Float64Array;
  /** [row][layer][field] */
  private readonly values: Float64Array;
  private readonly samples: number;
  private length = 0;
  private hasLatest = false;
  /** Only every `stride`-th offered step is kept as a sample. */
  private stride = 1;
  private offered = 0;
  /** Bumped on every change. */
  version = 0;

  constructor(readonly layers: number, readonly capacity = 600) {
    if (!(Number.isInteger(capacity) && capacity >= 2)) throw new RangeError('a history holds at least 2 points');
    this.samples = capacity - 1;
    this.steps = new Float64Array(capacity);
    this.values = new Float64Array(capacity * layers * F);
  }

  /** Points shown: the samples, then the newest step if it is not one of them. */
  get size(): number {
    return this.length + (this.hasLatest ? 1 : 0);
  }

  get lastStep(): number {
    return this.size > 0 ? this.steps[this.row(this.size - 1)] : -Infinity;
  }

  /** Offers the stats of one step (`stats`: F numbers per layer). Older or repeated steps are ignored. */
  push(step: number, stats: ArrayLike<number>): void {
    if (!(step > this.lastStep)) return;
    const n = this.offered++;
    let sample = n % this.stride === 0;
    if (sample && this.length === this.samples) {
      this.compact();
      sample = n % this.stride === 0;
    }
    const row = sample ? this.length : this.samples;
    const width = this.layers * F;
    this.steps[row] = step;
    for (let q = 0; q < width; q++) this.values[row * width + q] = stats[q];
    if (sample) this.length++;
    this.hasLatest = !sample;
    this.version++;
  }

  clear(): void {
    this.length = 0;
    this.hasLatest = false;
    this.stride = 1;
    this.offered = 0;
    this.version++;
  }

  stepAt(k: number): number {
    return this.steps[this.row(k)];
  }

  valueAt(k: number, layer: number, field: LayerStatField): number {
    return this.values[(this.row(k) * this.layers + layer) * F + LAYER_STAT_FIELDS.indexOf(field)];
  }

  /** One layer's series of one field, as [step, value] pairs (for a line). */
  series(layer: number, field: LayerStatField): [number, number][] {
    return Array.from({ length: this.size }, (_, k): [number, number] => [this.stepAt(k), this.valueAt(k, layer, field)]);
  }

  /** Storage row of point k. */
  private row(k: number): number {
    return k < this.length ? k : this.samples;
  }

  private compact(): void {
    const width = this.layers * F;
    let w = 0;
    for (let r = 0; r < this.length; r += 2, w++) {
      this.steps[w] = this.steps[r];
      this.values.copyWithin(w * width, r * width, (r + 1) * width);
    }
    this.length = w;
    this.stride *= 2;
  }
}

export interface GradientHistoryState {
  /** One per trainer, index = trainer. */
  histories: GradientHistory[];
  version: number;
}

export const gradientHistoryStore = createStore<GradientHistoryState>(() => ({ histories: [], version: 0 }));

/**
 * Records the stats of every trainer in a frame. A trainer whose layer count changed, or
 * whose step went backwards (a reset), starts a fresh history.
 */
export function recordGradients(frame: Frame, capacity?: number): void {
  const { histories, version } = gradientHistoryStore.getState();
  let next = histories;
  let changed = false;
  frame.trainers.forEach((t, k) => {
    const layers = t.layerSizes.length - 1;
    let h = next[k];
    if (!h || h.layers !== layers) {
      if (next === histories) next = histories.slice();
      h = next[k] = new GradientHistory(layers, capacity);
      changed = true;
    } else if (t.step < h.lastStep) {
      h.clear();
      changed = true;
    }
    const before = h.version;
    h.push(t.step, t.stats);
    changed ||= h.version !== before;
  });
  if (next.length > frame.trainers.length) next = next.slice(0, frame.trainers.length);
  if (changed || next !== histories) gradientHistoryStore.setState({ histories: next, version: version + 1 });
}

/** Forgets every history (a new configuration). */
export function clearGradientHistory(): void {
  gradientHistoryStore.setState((s) => ({ histories: [], version: s.version + 1 }));
}
