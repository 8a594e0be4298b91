/**
 * Bounded loss history: at most `capacity` points. When full, every other point is
 * dropped and the sampling stride doubles, so an hour-long run keeps an even,
 * downsampled picture of the whole run in constant memory. The newest point is always
 * shown too (as a provisional last point until the next sample replaces it), so the
 * curve ends where the run is now, not up to a stride behind.
 */
export interface HistoryPoint {
  step: number;
  train: number;
  test: number;
}

export class LossHistory {
  private readonly steps: Float64Array;
  private readonly train: Float64Array;
  private readonly test: Float64Array;
  /** Stored samples (every `stride`-th offered point); one slot is kept for the newest point. */
  private length = 0;
  /** The newest offered point when it is not a sample (shown after the samples). */
  private latest: HistoryPoint | null = null;
  /** Only every `stride`-th offered point is kept. */
  private stride = 1;
  private offered = 0;
  /** Bumped on every change so views know to redraw. */
  version = 0;

  constructor(readonly capacity = 2000) {
    if (!(Number.isInteger(capacity) && capacity >= 2)) throw new RangeError('a history holds at least 2 points');
    this.steps = new Float64Array(capacity - 1);
    this.train = new Float64Array(capacity - 1);
    this.test = new Float64Array(capacity - 1);
  }

  get size(): number {
    return this.length + (this.latest ? 1 : 0);
  }

  push(step: number, train: number, test: number): void {
    const last = this.latest?.step ?? (this.length > 0 ? this.steps[this.length - 1] : -Infinity);
    if (!(step > last)) return;
    const n = this.offered++;
    let sample = n % this.stride === 0;
    if (sample && this.length === this.steps.length) {
      this.compact();
      sample = n % this.stride === 0;
    }
    this.version++;
    if (!sample) {
      this.latest = { step, train, test };
      return;
    }
    this.latest = null;
    this.steps[this.length] = step;
    this.train[this.length] = train;
    this.test[this.length] = test;
    this.length++;
  }

  clear(): void {
    this.length = 0;
    this.latest = null;
    this.stride = 1;
    this.offered = 0;
    this.version++;
  }

  at(k: number): HistoryPoint {
    if (k === this.length && this.latest) return { ...this.latest };
    return { step: this.steps[k], train: this.train[k], test: this.test[k] };
  }

  toArray(): HistoryPoint[] {
    return Array.from({ length: this.size }, (_, k) => this.at(k));
  }

  private compact(): void {
    let w = 0;
    for (let r = 0; r < this.length; r += 2, w++) {
      this.steps[w] = this.steps[r];
      this.train[w] = this.train[r];
      this.test[w] = this.test[r];
    }
    this.length = w;
    this.stride *= 2;
  }
}
