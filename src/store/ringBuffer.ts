/**
 * Bounded loss history: at most `capacity` points. When full, every other point is
 * dropped and the sampling stride doubles, so an hour-long run keeps an even,
 * downsampled picture of the whole run in constant memory.
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
  private length = 0;
  /** Only every `stride`-th offered point is kept. */
  private stride = 1;
  private offered = 0;
  /** Bumped on every change so views know to redraw. */
  version = 0;

  constructor(readonly capacity = 2000) {
    this.steps = new Float64Array(capacity);
    this.train = new Float64Array(capacity);
    this.test = new Float64Array(capacity);
  }

  get size(): number {
    return this.length;
  }

  push(step: number, train: number, test: number): void {
    if (this.length > 0 && step <= this.steps[this.length - 1]) return;
    if (this.offered++ % this.stride !== 0) return;
    if (this.length === this.capacity) this.compact();
    this.steps[this.length] = step;
    this.train[this.length] = train;
    this.test[this.length] = test;
    this.length++;
    this.version++;
  }

  clear(): void {
    this.length = 0;
    this.stride = 1;
    this.offered = 0;
    this.version++;
  }

  at(k: number): HistoryPoint {
    return { step: this.steps[k], train: this.train[k], test: this.test[k] };
  }

  toArray(): HistoryPoint[] {
    return Array.from({ length: this.length }, (_, k) => this.at(k));
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
