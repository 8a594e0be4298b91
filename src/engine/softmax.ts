/**
 * The softmax output: ŷ_m = e^{z_m} / Σ_k e^{z_k} over the K units of one example, so the
 * outputs are class probabilities that sum to 1. Unlike the other activations it mixes
 * the units of a row, so it is an output-only activation (with categorical cross-entropy,
 * see losses.ts) applied row by row; the elementwise fields below describe one unit:
 * - `df(z, a) = a(1 − a)`: the diagonal ∂ŷ_m/∂z_m of its Jacobian, which is what the
 *   saturation rule and the f′ readouts show (backprop itself uses δ = ŷ − y at the logits);
 * - `f`: one unit's curve as its own logit moves with the rest at 0 for K = 2, σ(z).
 */
import type { Activation } from './activations';

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * a[s][m] = e^{z[s][m] − max_s} / Σ_k e^{z[s][k] − max_s} for `rows` rows of `width` units.
 * Subtracting the row's largest logit keeps every exponent ≤ 0: no overflow at z = 500,
 * and at least one term is exactly 1, so the sum never underflows to 0.
 */
export function softmaxRows(z: Float64Array, a: Float64Array, rows: number, width: number): void {
  for (let s = 0; s < rows; s++) {
    const o = s * width;
    let max = -Infinity;
    for (let m = 0; m < width; m++) if (z[o + m] > max) max = z[o + m];
    let sum = 0;
    for (let m = 0; m < width; m++) {
      const e = Math.exp(z[o + m] - max);
      a[o + m] = e;
      sum += e;
    }
    for (let m = 0; m < width; m++) a[o + m] /= sum;
  }
}

/** ln Σ_m e^{z[o + m]}, computed stably (log-sum-exp). */
export function logSumExp(z: ArrayLike<number>, o: number, n: number): number {
  let max = -Infinity;
  for (let m = 0; m < n; m++) if (z[o + m] > max) max = z[o + m];
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (let m = 0; m < n; m++) sum += Math.exp(z[o + m] - max);
  return max + Math.log(sum);
}

export const SOFTMAX: Activation = {
  name: 'softmax',
  f: sigmoid,
  df: (_z, a) => a * (1 - a),
  dfMax: 0.25,
  tex: '\\operatorname{softmax}(z)_m = \\frac{e^{z_m}}{\\sum_k e^{z_k}}',
  dtex: '\\frac{\\partial \\hat y_m}{\\partial z_m} = \\hat y_m (1 - \\hat y_m)',
  // Row-wise: passes.ts calls softmaxRows for a softmax layer instead of this elementwise loop.
  applyRange(z, a, start, end) {
    softmaxRows(z.subarray(start, end), a.subarray(start, end), 1, end - start);
  },
  scaleByDerivative(_z, a, g, start, end) {
    for (let k = start; k < end; k++) g[k] *= a[k] * (1 - a[k]);
  },
};
