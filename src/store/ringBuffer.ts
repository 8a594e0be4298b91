/**
 * Bounded loss history (train and test loss per step): at most `capacity` points, evenly
 * downsampled over the whole run, always ending at the newest point (see DownsampledRows).
 */
import { DownsampledRows, type SavedRows } from './downsampled';

export interface HistoryPoint {
  step: number;
  train: number;
  test: number;
}

export class LossHistory {
  private readonly rows: DownsampledRows;

  constructor(readonly capacity = 2000) {
    this.rows = new DownsampledRows(2, capacity);
  }

  /** Bumped on every change so views know to redraw. */
  get version(): number {
    return this.rows.version;
  }

  get size(): number {
    return this.rows.size;
  }

  push(step: number, train: number, test: number): void {
    this.rows.push(step, [train, test]);
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

  at(k: number): HistoryPoint {
    return { step: this.rows.stepAt(k), train: this.rows.valueAt(k, 0), test: this.rows.valueAt(k, 1) };
  }

  toArray(): HistoryPoint[] {
    return Array.from({ length: this.size }, (_, k) => this.at(k));
  }
}
