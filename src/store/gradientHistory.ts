/**
 * Bounded per-trainer, per-layer history of the layer statistics (LAYER_STAT_FIELDS),
 * for the gradient chart's "over time" lines: DownsampledRows of F numbers per layer, so
 * a long run keeps an even picture in constant memory and the lines end where the bars stand.
 *
 * Histories are mutated in place (no allocation per frame); the vanilla store's `version`
 * changes whenever any of them does, which is what views watch.
 */
import { createStore } from 'zustand/vanilla';
import { LAYER_STAT_FIELDS } from '../engine/stats';
import type { Frame } from '../worker/protocol';
import { DownsampledRows } from './downsampled';

const F = LAYER_STAT_FIELDS.length;
export type LayerStatField = (typeof LAYER_STAT_FIELDS)[number];

export class GradientHistory {
  private readonly rows: DownsampledRows;

  constructor(readonly layers: number, readonly capacity = 600) {
    this.rows = new DownsampledRows(layers * F, capacity);
  }

  /** Bumped on every change. */
  get version(): number {
    return this.rows.version;
  }

  /** Points shown: the samples, then the newest step if it is not one of them. */
  get size(): number {
    return this.rows.size;
  }

  get lastStep(): number {
    return this.rows.lastStep;
  }

  /** Offers the stats of one step (`stats`: F numbers per layer). Older or repeated steps are ignored. */
  push(step: number, stats: ArrayLike<number>): void {
    this.rows.push(step, stats);
  }

  clear(): void {
    this.rows.clear();
  }

  stepAt(k: number): number {
    return this.rows.stepAt(k);
  }

  valueAt(k: number, layer: number, field: LayerStatField): number {
    return this.rows.valueAt(k, layer * F + LAYER_STAT_FIELDS.indexOf(field));
  }

  /** One layer's series of one field, as [step, value] pairs (for a line). */
  series(layer: number, field: LayerStatField): [number, number][] {
    return Array.from({ length: this.size }, (_, k): [number, number] => [this.stepAt(k), this.valueAt(k, layer, field)]);
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
