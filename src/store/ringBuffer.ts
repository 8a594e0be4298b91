/**
 * Bounded loss history (train and test loss, and accuracy, per step): at most `capacity` points, evenly
 * downsampled over the whole run, always ending at the newest point (see DownsampledRows).
 */
import { DownsampledRows, type SavedRows } from './downsampled';

export interface HistoryPoint {
  step: number;
  train: number;
  test: number;
  /** Share correct (0 … 1), NaN when there is none (regression, no test set). */
  trainAccuracy: number;
  testAccuracy: number;
}

/** Numbers per row: train loss, test loss, train accuracy, test accuracy. */
export const LOSS_ROW_WIDTH = 4;

export class LossHistory {
  private readonly rows: DownsampledRows;

  constructor(readonly capacity = 2000) {
    this.rows = new DownsampledRows(LOSS_ROW_WIDTH, capacity);
  }

  /** Bumped on every change so views know to redraw. */
  get version(): number {
    return this.rows.version;
  }

  get size(): number {
    return this.rows.size;
  }

  push(step: number, train: number, test: number, trainAccuracy = NaN, testAccuracy = NaN): void {
    this.rows.push(step, [train, test, trainAccuracy, testAccuracy]);
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
    const v = (q: number) => this.rows.valueAt(k, q);
    return { step: this.rows.stepAt(k), train: v(0), test: v(1), trainAccuracy: v(2), testAccuracy: v(3) };
  }

  toArray(): HistoryPoint[] {
    return Array.from({ length: this.size }, (_, k) => this.at(k));
  }
}
