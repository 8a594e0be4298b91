/**
 * The geometry of the slope view, in data coordinates (w on x, loss on y): the loss
 * curve of one weight, the tangent at the current value (slope ∂L/∂w), and the step
 * w → w − η·∂L/∂w. Pure, so the tests can check the tangent's slope and the arrow.
 */

export interface SlopeInput {
  /** The weight's values along the curve, increasing. */
  ws: ArrayLike<number>;
  /** Loss of the example at each ws[k], the other parameters held fixed. */
  losses: ArrayLike<number>;
  /** Current value. */
  w: number;
  /** ∂L/∂w at w: the tangent's slope. */
  grad: number;
  learningRate: number;
}

/** right: w grows (slope negative); left: w shrinks (slope positive); none: slope ≈ 0. */
export type StepDirection = 'right' | 'left' | 'none';

export interface SlopeGeometry {
  xDomain: [number, number];
  yDomain: [number, number];
  /** Loss at the current w (interpolated from the curve). */
  loss: number;
  wNew: number;
  /** w_new − w = −η·∂L/∂w. */
  step: number;
  /** Loss at w_new, interpolated; null when w_new lies outside the computed curve. */
  lossNew: number | null;
  direction: StepDirection;
  /** The step lands where the loss is higher than now: the learning rate is too large. */
  overshoot: boolean;
  /** With slope ≈ 0: whether w sits at the curve's lowest point (else the gradient has vanished). */
  atMinimum: boolean;
  /** The x-range was widened to keep the arrow's head in view. */
  extended: boolean;
  /** Tangent segment through (w, loss) with slope `grad`. */
  tangent: { x1: number; y1: number; x2: number; y2: number };
}

/** A slope this small (in loss per unit of w) counts as zero. */
export const FLAT_SLOPE = 1e-6;

/** Linear interpolation of the curve at x; null outside [ws[0], ws[n−1]]. */
export function interpolateCurve(ws: ArrayLike<number>, losses: ArrayLike<number>, x: number): number | null {
  const n = ws.length;
  if (n === 0 || !(x >= ws[0] && x <= ws[n - 1])) return null;
  if (n === 1) return losses[0];
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ws[mid] <= x) lo = mid;
    else hi = mid;
  }
  const span = ws[hi] - ws[lo];
  const t = span > 0 ? (x - ws[lo]) / span : 0;
  return losses[lo] + t * (losses[hi] - losses[lo]);
}

function finiteExtent(values: ArrayLike<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (Number.isFinite(v)) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  return min <= max ? [min, max] : [0, 1];
}

export function slopeGeometry({ ws, losses, w, grad, learningRate }: SlopeInput): SlopeGeometry {
  const n = ws.length;
  const curveLo = n > 0 ? ws[0] : w - 1;
  const curveHi = n > 0 ? ws[n - 1] : w + 1;
  const step = -learningRate * grad;
  const wNew = w + step;
  const [lMin, lMax] = finiteExtent(losses);
  const loss = interpolateCurve(ws, losses, w) ?? lMin;
  const lossNew = interpolateCurve(ws, losses, wNew);

  // Widen x to keep both ends of the arrow inside, with a little room around them.
  let x0 = Math.min(curveLo, w);
  let x1 = Math.max(curveHi, w);
  const extended = wNew < x0 || wNew > x1;
  if (extended) {
    const pad = 0.05 * (Math.max(x1, wNew) - Math.min(x0, wNew));
    x0 = Math.min(x0, wNew - pad);
    x1 = Math.max(x1, wNew + pad);
  }
  if (!(x1 > x0)) {
    x0 -= 1;
    x1 += 1;
  }

  const ySpan = lMax - lMin;
  const yPad = ySpan > 1e-12 ? 0.08 * ySpan : Math.max(1e-3, 0.1 * Math.abs(lMax));
  const yDomain: [number, number] = [lMin - yPad, lMax + yPad];

  const flat = !(Math.abs(grad) >= FLAT_SLOPE) || step === 0;
  const direction: StepDirection = flat ? 'none' : step > 0 ? 'right' : 'left';
  const tolerance = 1e-12 * Math.max(1, Math.abs(loss));
  const overshoot = direction !== 'none' && lossNew !== null && lossNew > loss + tolerance;
  // A curve that hardly varies is a vanished gradient, not a minimum.
  const varies = ySpan > 1e-6 * Math.max(1e-12, Math.abs(lMax));
  const atMinimum = flat && varies && loss - lMin <= 0.02 * ySpan;

  const h = 0.22 * (x1 - x0);
  const tangent = { x1: w - h, y1: loss - grad * h, x2: w + h, y2: loss + grad * h };
  return { xDomain: [x0, x1], yDomain, loss, wNew, step, lossNew, direction, overshoot, atMinimum, extended, tangent };
}

/** The direction in words, as the slope view labels it. */
export function directionText(g: Pick<SlopeGeometry, 'direction' | 'atMinimum'>): string {
  if (g.direction === 'right') return 'slope negative → w increases';
  if (g.direction === 'left') return 'slope positive → w decreases';
  return g.atMinimum ? 'slope ≈ 0: at a minimum, w stays' : 'slope ≈ 0: the gradient has vanished, w stays';
}
