/**
 * Bounded per-trainer, per-layer history of the layer statistics (LAYER_STAT_FIELDS),
 * for the gradient chart's "over time" lines: DownsampledRows of F numbers per layer, so
 * a long run keeps an even picture in constant memory and the lines end where the bars stand.
 */
import { LAYER_STAT_FIELDS } from '../engine/stats';
import { DownsampledRows, type SavedRows } from './downsampled';

const F = LAYER_STAT_FIELDS.length;
export type LayerStatField = (typeof LAYER_STAT_FIELDS)[number];

export class GradientHistory {
  private readonly rows: DownsampledRows;

  constructor(
    readonly layers: number,
    readonly capacity = 600,
  ) {
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

  /** A copy of everything it holds (a saved session). */
  save(): SavedRows {
    return this.rows.save();
  }

  /** Takes a saved copy of the same shape; throws RangeError if it does not fit. */
  load(saved: SavedRows): void {
    this.rows.load(saved);
  }

  stepAt(k: number): number {
    return this.rows.stepAt(k);
  }

  valueAt(k: number, layer: number, field: LayerStatField): number {
    return this.rows.valueAt(k, layer * F + LAYER_STAT_FIELDS.indexOf(field));
  }

  /** One layer's series of one field, as [step, value] pairs (for a line). */
  series(layer: number, field: LayerStatField): [number, number][] {
    return Array.from({ length: this.size }, (_, k): [number, number] => [
      this.stepAt(k),
      this.valueAt(k, layer, field),
    ]);
  }
}
