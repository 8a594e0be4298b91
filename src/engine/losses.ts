/**
 * Losses. Conventions (documented here once, used everywhere):
 * - Per example, summed over output units m:
 *   - `mse`: L = ½ Σ_m (ŷ_m − y_m)², so ∂L/∂ŷ_m = ŷ_m − y_m.
 *   - `bce`: L = −Σ_m [y_m ln ŷ_m + (1 − y_m) ln(1 − ŷ_m)], on a sigmoid output,
 *     so ∂L/∂ŷ_m = (ŷ_m − y_m) / (ŷ_m (1 − ŷ_m)) and, through σ', δ_m = ŷ_m − y_m.
 *   - `cce` (categorical cross-entropy): L = −Σ_m y_m ln ŷ_m on a softmax output over K ≥ 2
 *     classes with one-hot targets, i.e. L = −ln ŷ_c for the true class c. It is computed
 *     from the logits z as Σ_m y_m (logsumexp(z) − z_m), which stays finite at z = ±500,
 *     and its slope is taken at the logits: ∂L/∂z_m = ŷ_m − y_m (times Σ y = 1).
 * - A batch's loss (and every gradient) is the mean over its examples.
 */
import { logSumExp } from './softmax';

export const LOSS_NAMES = ['mse', 'bce', 'cce'] as const;
export type LossName = (typeof LOSS_NAMES)[number];

/** ŷ is clamped this far from 0 and 1 inside the logarithms, so the loss stays finite. */
export const BCE_EPSILON = 1e-12;

export interface Loss {
  readonly name: LossName;
  /**
   * Loss of one example, summed over its `n` outputs starting at `yhat[o]`, `y[t]`; `z` holds
   * the output layer's weighted sums at the same offsets as `yhat`.
   */
  readonly value: (
    yhat: Float64Array,
    o: number,
    y: ArrayLike<number>,
    t: number,
    n: number,
    z: Float64Array,
  ) => number;
  /**
   * Writes the loss's slope for one example's `n` outputs into `out[o …]`: ∂L/∂ŷ_m, or
   * ∂L/∂z_m when `atLogits` (the softmax and the loss differentiated together).
   */
  readonly slope: (
    yhat: Float64Array,
    o: number,
    y: ArrayLike<number>,
    t: number,
    n: number,
    out: Float64Array,
  ) => void;
  /** True when `slope` is taken at the logits z rather than at ŷ (softmax + cross-entropy). */
  readonly atLogits: boolean;
  /**
   * δ = ∂L/∂z for one output unit, given the slope and f'(z). Cross-entropy on a sigmoid
   * uses the exact simplification ŷ − y, which stays finite when σ saturates.
   */
  readonly outputDelta: (yhat: number, y: number, slope: number, dfz: number) => number;
  /** KaTeX of the per-example loss. */
  readonly tex: string;
}

const clamp = (p: number): number => Math.min(1 - BCE_EPSILON, Math.max(BCE_EPSILON, p));

/**
 * ∂L/∂ŷ keeps ŷ only off exactly 0 and 1 (the smallest normal double; the largest double
 * below 1), not BCE_EPSILON away: backprop's δ = ŷ − y is the unclamped derivative, and
 * ∂L/∂ŷ · σ'(z) must still equal it for a saturated output (z ≈ 28–36), or the chain-rule
 * paths of that output would sum to less than backprop.
 */
const clampForSlope = (p: number): number => Math.min(1 - 2 ** -53, Math.max(2 ** -1022, p));

export const LOSSES: Readonly<Record<LossName, Loss>> = {
  mse: {
    name: 'mse',
    value(yhat, o, y, t, n) {
      let s = 0;
      for (let m = 0; m < n; m++) {
        const d = yhat[o + m] - y[t + m];
        s += d * d;
      }
      return 0.5 * s;
    },
    slope(yhat, o, y, t, n, out) {
      for (let m = 0; m < n; m++) out[o + m] = yhat[o + m] - y[t + m];
    },
    atLogits: false,
    outputDelta: (_yhat, _y, dL, dfz) => dL * dfz,
    tex: 'L = \\tfrac12 (\\hat y - y)^2',
  },
  bce: {
    name: 'bce',
    value(yhat, o, y, t, n) {
      let s = 0;
      for (let m = 0; m < n; m++) {
        const p = clamp(yhat[o + m]);
        const target = y[t + m];
        s -= target * Math.log(p) + (1 - target) * Math.log(1 - p);
      }
      return s;
    },
    slope(yhat, o, y, t, n, out) {
      for (let m = 0; m < n; m++) {
        const p = clampForSlope(yhat[o + m]);
        out[o + m] = (p - y[t + m]) / (p * (1 - p));
      }
    },
    atLogits: false,
    outputDelta: (yhat, y) => yhat - y,
    tex: 'L = -\\left[y \\ln \\hat y + (1 - y) \\ln (1 - \\hat y)\\right]',
  },
  cce: {
    name: 'cce',
    value(_yhat, o, y, t, n, z) {
      const lse = logSumExp(z, o, n);
      let s = 0;
      for (let m = 0; m < n; m++) if (y[t + m] !== 0) s += y[t + m] * (lse - z[o + m]);
      return s;
    },
    slope(yhat, o, y, t, n, out) {
      let total = 0;
      for (let m = 0; m < n; m++) total += y[t + m];
      for (let m = 0; m < n; m++) out[o + m] = yhat[o + m] * total - y[t + m];
    },
    atLogits: true,
    outputDelta: (_yhat, _y, dL) => dL,
    tex: 'L = -\\sum_m y_m \\ln \\hat y_m = -\\ln \\hat y_c',
  },
};
