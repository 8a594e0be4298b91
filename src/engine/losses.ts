/**
 * Losses. Conventions (documented here once, used everywhere):
 * - Per example, summed over output units m:
 *   - `mse`: L = ½ Σ_m (ŷ_m − y_m)², so ∂L/∂ŷ_m = ŷ_m − y_m.
 *   - `bce`: L = −Σ_m [y_m ln ŷ_m + (1 − y_m) ln(1 − ŷ_m)], on a sigmoid output,
 *     so ∂L/∂ŷ_m = (ŷ_m − y_m) / (ŷ_m (1 − ŷ_m)) and, through σ', δ_m = ŷ_m − y_m.
 * - A batch's loss (and every gradient) is the mean over its examples.
 */
export const LOSS_NAMES = ['mse', 'bce'] as const;
export type LossName = (typeof LOSS_NAMES)[number];

/** ŷ is clamped this far from 0 and 1 inside the logarithms, so the loss stays finite. */
export const BCE_EPSILON = 1e-12;

export interface Loss {
  readonly name: LossName;
  /** Loss of one example, summed over its `n` outputs starting at `yhat[o]`, `y[t]`. */
  readonly value: (yhat: Float64Array, o: number, y: ArrayLike<number>, t: number, n: number) => number;
  /** ∂L/∂ŷ for one output. */
  readonly dOut: (yhat: number, y: number) => number;
  /**
   * δ = ∂L/∂z for one output unit, given ∂L/∂ŷ and f'(z). Cross-entropy on a sigmoid
   * uses the exact simplification ŷ − y, which stays finite when σ saturates.
   */
  readonly outputDelta: (yhat: number, y: number, dLdYhat: number, dfz: number) => number;
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
    dOut: (yhat, y) => yhat - y,
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
    dOut(yhat, y) {
      const p = clampForSlope(yhat);
      return (p - y) / (p * (1 - p));
    },
    outputDelta: (yhat, y) => yhat - y,
    tex: 'L = -\\left[y \\ln \\hat y + (1 - y) \\ln (1 - \\hat y)\\right]',
  },
};
