/**
 * A bounded, evenly downsampled series: rows of a step and `width` numbers. At most
 * `capacity − 1` samples are kept; when full, every other sample is dropped and the
 * sampling stride doubles, so a run of any length keeps an even picture of the whole run
 * in constant memory. The newest row is always kept too (in the last slot, until the next
 * sample replaces it), so a curve ends where the run is now, not up to a stride behind.
 * Shared by the loss history and the per-layer gradient history.
 */
/** Everything a DownsampledRows holds, copied out (a saved session keeps its charts this way). */
export interface SavedRows {
  width: number;
  capacity: number;
  steps: Float64Array;
  values: Float64Array;
  length: number;
  hasLatest: boolean;
  stride: number;
  offered: number;
}

export class DownsampledRows {
  private readonly steps: Float64Array;
  /** [row][width]; row `samples` holds the newest point when it is not a sample. */
  private readonly values: Float64Array;
  private readonly samples: number;
  private length = 0;
  private hasLatest = false;
  /** Only every `stride`-th offered row is kept as a sample. */
  private stride = 1;
  private offered = 0;
  /** Bumped on every change so views know to redraw. */
  version = 0;

  constructor(
    readonly width: number,
    readonly capacity: number,
  ) {
    if (!(Number.isInteger(capacity) && capacity >= 2)) throw new RangeError('a history holds at least 2 points');
    this.samples = capacity - 1;
    this.steps = new Float64Array(capacity);
    this.values = new Float64Array(capacity * width);
  }

  /** Points shown: the samples, then the newest step if it is not one of them. */
  get size(): number {
    return this.length + (this.hasLatest ? 1 : 0);
  }

  get lastStep(): number {
    return this.size > 0 ? this.steps[this.row(this.size - 1)] : -Infinity;
  }

  /** Offers one row (`values`: `width` numbers). Older, repeated or NaN steps are ignored. */
  push(step: number, values: ArrayLike<number>): void {
    if (!(step > this.lastStep)) return;
    const n = this.offered++;
    let sample = n % this.stride === 0;
    if (sample && this.length === this.samples) {
      this.compact();
      sample = n % this.stride === 0;
    }
    const row = sample ? this.length : this.samples;
    this.steps[row] = step;
    for (let q = 0; q < this.width; q++) this.values[row * this.width + q] = values[q];
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

  save(): SavedRows {
    const { width, capacity, length, hasLatest, stride, offered } = this;
    return {
      width,
      capacity,
      steps: this.steps.slice(),
      values: this.values.slice(),
      length,
      hasLatest,
      stride,
      offered,
    };
  }

  /** Takes a saved state of the same shape; throws RangeError (changing nothing) if it does not fit. */
  load(saved: SavedRows): void {
    if (!rowsFit(saved, this.width, this.capacity)) throw new RangeError('the saved history does not fit');
    this.steps.set(saved.steps);
    this.values.set(saved.values);
    this.length = saved.length;
    this.hasLatest = saved.hasLatest;
    this.stride = saved.stride;
    this.offered = saved.offered;
    this.version++;
  }

  /** Value `q` (0 … width−1) of point k. */
  valueAt(k: number, q: number): number {
    return this.values[this.row(k) * this.width + q];
  }

  /** Storage row of point k. */
  private row(k: number): number {
    return k < this.length ? k : this.samples;
  }

  private compact(): void {
    let w = 0;
    for (let r = 0; r < this.length; r += 2, w++) {
      this.steps[w] = this.steps[r];
      this.values.copyWithin(w * this.width, r * this.width, (r + 1) * this.width);
    }
    this.length = w;
    this.stride *= 2;
  }
}

/** Whether saved rows are whole and consistent for this shape (their steps rising). */
export function rowsFit(saved: SavedRows, width: number, capacity: number): boolean {
  const { steps, values, length, hasLatest, stride, offered } = saved;
  const whole = (v: unknown, min: number, max: number) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  if (saved.width !== width || saved.capacity !== capacity) return false;
  // By tag, not instanceof: saved arrays may come from another realm.
  const tag = (v: unknown) => Object.prototype.toString.call(v);
  if (tag(steps) !== '[object Float64Array]' || tag(values) !== '[object Float64Array]') return false;
  if (steps.length !== capacity || values.length !== capacity * width || typeof hasLatest !== 'boolean') return false;
  if (!whole(length, 0, capacity - 1) || !whole(stride, 1, 2 ** 52) || !Number.isInteger(Math.log2(stride)))
    return false;
  if (!whole(offered, length, Number.MAX_SAFE_INTEGER)) return false;
  const shown = [...steps.subarray(0, length), ...(hasLatest ? [steps[capacity - 1]] : [])];
  return shown.every((step, k) => Number.isFinite(step) && (k === 0 || step > shown[k - 1]));
}
