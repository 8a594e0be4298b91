/**
 * The numbers behind the gradient chart, kept apart from drawing so tests can check
 * them against the engine: per-layer values of a metric, the sigmoid reference bound,
 * the first-to-last ratio and its sentence, and the shared log domain.
 */
import type { OutputActivationName } from '../../engine';
import { activationOf } from '../../engine/activations';
import type { GradientMetric } from '../../store/appState';
import { LAYER_STAT_FIELDS } from '../../store/options';
import { formatTimes } from '../kit/format';

export type { GradientMetric };

export const METRIC_LABELS: Readonly<Record<GradientMetric, string>> = {
  meanAbsGrad: 'mean |∂L/∂W|',
  gradNorm: '‖∂L/∂W‖₂',
};

const F = LAYER_STAT_FIELDS.length;

/** One value per layer, read from a frame's stats (LAYER_STAT_FIELDS per layer). */
export function layerValues(stats: ArrayLike<number>, metric: GradientMetric): number[] {
  const field = LAYER_STAT_FIELDS.indexOf(metric);
  return Array.from({ length: Math.floor(stats.length / F) }, (_, l) => stats[l * F + field]);
}

/**
 * The reference bound: the largest layer l's gradient could be if the last layer's is
 * what it is and only the activations' slopes shrank it. Backprop gives
 * ∂L/∂W_l = δ_l · a_{l−1}ᵀ with δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f′_l(z_l), so going from the
 * output layer's weights (layer L−1) back to layer l's adds one slope factor per layer
 * after this one: f′_l … f′_{L−2}, k = L−1−l factors. Each is at most dfMax (σ′ ≤ 0.25);
 * taking every weight and activation factor as ≈ 1 leaves
 *
 *     bound_l = value_{L−1} · Π_{m=l}^{L−2} dfMax_m = value_{L−1} · 0.25^k   (all sigmoid).
 *
 * It is scaled to the last layer's actual value (rather than drawn as a bare 0.25^k)
 * because where the chain starts, ∂L/∂ŷ, depends on the loss and the data, not on depth.
 * Defined for sigmoid hidden layers (null elsewhere); the output layer (k = 0) gets the
 * anchor value itself whenever some layer has a bound, so the line has a start.
 *
 * A skip connection around layer m (a_m = f(z_m) + a_{m−1}) adds paths that reach layer
 * m − 1 without f′_m: below it the product of slopes is no longer the only route, and the
 * bound does not hold. Layers under any skip (l < m) get none (`skips` per engine layer).
 */
export function sigmoidBounds(
  values: readonly number[],
  activations: readonly OutputActivationName[],
  skips: readonly boolean[] = [],
): (number | null)[] {
  const L = values.length;
  const last = values[L - 1];
  const bounds: (number | null)[] = values.map(() => null);
  if (L < 2 || activations.length !== L || !(last > 0)) return bounds;
  const floor = lowestBoundedLayer(skips);
  let factor = 1;
  let any = false;
  for (let l = L - 2; l >= floor; l--) {
    factor *= activationOf(activations[l]).dfMax;
    if (activations[l] === 'sigmoid') {
      bounds[l] = last * factor;
      any = true;
    }
  }
  if (any) bounds[L - 1] = last;
  return bounds;
}

/** The lowest layer the σ′ bound covers: the highest layer with a skip connection (0 without skips). */
export function lowestBoundedLayer(skips: readonly boolean[]): number {
  return Math.max(0, skips.lastIndexOf(true));
}

export interface RatioReadout {
  /** first / last (NaN when undefined). */
  ratio: number;
  sentence: string;
  /** vanishing / exploding: more than SEVERE× apart; even: within that. */
  kind: 'vanishing' | 'exploding' | 'even' | 'none';
}

/** Ten times apart is where a teacher would call the gradient vanished (or exploded) rather than uneven. */
export const SEVERE = 10;

/** "First layer's gradient is 1,200× smaller than the last" (or larger, when exploding). */
export function ratioReadout(values: readonly number[]): RatioReadout {
  if (values.length < 2) return { ratio: NaN, sentence: 'A single layer: nothing to compare.', kind: 'none' };
  const first = values[0];
  const last = values[values.length - 1];
  const ratio = first / last;
  if (!Number.isFinite(first) || !Number.isFinite(last)) {
    return {
      ratio: NaN,
      sentence: "⚠ A layer's gradient overflowed (∞ or NaN, not a number): no ratio can be read.",
      kind: 'none',
    };
  }
  if (last === 0 && first === 0) return { ratio: NaN, sentence: 'No gradient reaches any layer yet.', kind: 'none' };
  if (first === 0)
    return { ratio, sentence: "First layer's gradient is 0: it has vanished completely.", kind: 'vanishing' };
  if (last === 0)
    return { ratio, sentence: "Last layer's gradient is 0, the first layer's is not.", kind: 'exploding' };
  const n = ratio < 1 ? 1 / ratio : ratio;
  if (n < 1.05) return { ratio, sentence: "First layer's gradient is about the same size as the last.", kind: 'even' };
  const kind = n < SEVERE ? 'even' : ratio < 1 ? 'vanishing' : 'exploding';
  return {
    ratio,
    kind,
    sentence: `First layer's gradient is ${formatTimes(n)}× ${ratio < 1 ? 'smaller' : 'larger'} than the last.`,
  };
}

/** Most decades the axis spans; values further below the largest sit on the floor. */
export const MAX_DECADES = 14;

/** Whole decades around every positive finite value given (a default when there are none). */
export function logDomain(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = 0;
  for (const v of values) {
    if (v > 0 && Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!(max > 0)) return [1e-6, 1];
  const hi = Math.ceil(Math.log10(max));
  let lo = Math.floor(Math.log10(min));
  // Exact powers of ten (floor = ceil) still get one decade of room.
  if (lo === hi) lo -= 1;
  lo = Math.max(lo, hi - MAX_DECADES);
  return [10 ** lo, 10 ** hi];
}

/**
 * A centred moving average of log10(value) over 2·radius + 1 points: per-batch gradients
 * jump by a decade from one mini-batch to the next, which would hide the trend the lines
 * are there to show. Averaging logs (a geometric mean) keeps the decades honest; zero,
 * negative or non-finite values are left as they are (gaps in the line).
 */
export function smoothLog(series: readonly [number, number][], radius: number): [number, number][] {
  if (radius < 1) return series.slice();
  const logs = series.map(([, v]) => (v > 0 && Number.isFinite(v) ? Math.log10(v) : NaN));
  return series.map(([step, v], k) => {
    if (Number.isNaN(logs[k])) return [step, v];
    let sum = 0;
    let count = 0;
    for (let q = Math.max(0, k - radius); q <= Math.min(series.length - 1, k + radius); q++) {
      if (!Number.isNaN(logs[q])) {
        sum += logs[q];
        count++;
      }
    }
    return [step, 10 ** (sum / count)];
  });
}

/**
 * A line of at most about `maxPoints` points, for drawing: the smoothed lines change little
 * from one point to the next, and on a deep network 13 layers × 600 points made the path
 * strings the gradient chart's largest cost (a Pause on two 12 × 64 networks re-rendered its
 * lines in 2–10 ms). The ends, every point that is not a positive finite value (a gap in the
 * line) and the points on either side of one are all kept, so gaps begin and end where they did.
 */
export function thinSeries(series: readonly [number, number][], maxPoints: number): [number, number][] {
  if (series.length <= maxPoints) return series.slice();
  const drawn = (k: number) => k >= 0 && k < series.length && series[k][1] > 0 && Number.isFinite(series[k][1]);
  const stride = (series.length - 1) / Math.max(1, maxPoints - 1);
  const out: [number, number][] = [];
  let next = 0;
  for (let k = 0; k < series.length; k++) {
    const due = k >= next;
    if (due) next += stride * Math.max(1, Math.floor((k - next) / stride) + 1);
    const edge = k === series.length - 1 || !drawn(k) || (k > 0 && !drawn(k - 1)) || !drawn(k + 1);
    if (due || edge) out.push(series[k]);
  }
  return out;
}
