/** Where the points of each generated 2-D dataset lie: one maker per shape, for two classes and for K. */
import type { CLASSIFICATION_DATASETS } from './datasets';
import type { Rng } from './rng';

type ShapeName = (typeof CLASSIFICATION_DATASETS)[number];

/** Half-width of the input square. */
export const DOMAIN = 6;

/**
 * Point n of `count` as [x, y, class], before noise: class 0 or 1 with two classes, else
 * class n mod K of a K-class shape (the caller checks that `kind` has one).
 */
export function shapePoint(kind: ShapeName, rng: Rng, n: number, count: number, classes: number) {
  return classes === 2 ? binaryPoint(kind, rng, n, count) : MULTI_CLASS[kind as 'spiral'](rng, n, count, classes);
}

/** A two-class point as [x, y, class]: the positive class is 1, the negative 0. */
function binaryPoint(kind: ShapeName, rng: Rng, n: number, count: number) {
  const [x, y, positive] = POINT_MAKERS[kind](rng, n, count);
  return [x, y, positive ? 1 : 0] as const;
}

/** Turns of each arm of a K-arm spiral: a real spiral, yet apart enough to learn in a few thousand steps. */
const TURNS = 1.25;

/** Points of K ≥ 3 classes as [x, y, class], class n mod K. */
const MULTI_CLASS: Record<
  'spiral' | 'gaussian',
  (rng: Rng, n: number, count: number, K: number) => readonly [number, number, number]
> = {
  /** K arms of TURNS turns each, arm c turned by 2πc/K. */
  spiral(rng, n, count, K) {
    const c = n % K;
    const t = (Math.floor(n / K) / Math.ceil(count / K)) * TURNS * 2 * Math.PI;
    const r = 0.4 + (t / (TURNS * 2 * Math.PI)) * (DOMAIN - 1.4);
    const phase = (2 * Math.PI * c) / K;
    return [r * Math.sin(t + phase) + rng.normal() * 0.1, r * Math.cos(t + phase) + rng.normal() * 0.1, c];
  },
  /** K unit-variance blobs on a circle (radius 2√2 for three, wider for more so they stay apart). */
  gaussian(rng, n, _count, K) {
    const c = n % K;
    const radius = 2 * Math.SQRT2 * Math.max(1, K / 3);
    const angle = Math.PI / 4 + (2 * Math.PI * c) / K;
    return [radius * Math.cos(angle) + rng.normal(), radius * Math.sin(angle) + rng.normal(), c];
  },
};

type PointMaker = (rng: Rng, n: number, count: number) => [number, number, boolean];

const POINT_MAKERS: Record<ShapeName, PointMaker> = {
  /**
   * Positive inside radius 3, negative outside it, in the square. Balanced half and half
   * (uniform in the disc, and uniform in the rest of the square), so always answering
   * "outside" scores 50%, not the 80% a uniform square would give.
   */
  circle(rng, n) {
    const positive = n % 2 === 0;
    if (positive) {
      const r = 3 * Math.sqrt(rng.next());
      const t = rng.uniform(0, 2 * Math.PI);
      return [r * Math.cos(t), r * Math.sin(t), true];
    }
    for (;;) {
      const x = rng.uniform(-DOMAIN, DOMAIN);
      const y = rng.uniform(-DOMAIN, DOMAIN);
      if (x * x + y * y >= 9) return [x, y, false];
    }
  },
  /** Quadrants, kept a little away from the axes; positive where x·y > 0. */
  xor(rng) {
    const pad = 0.3;
    const side = () => (rng.next() < 0.5 ? -1 : 1) * rng.uniform(pad, DOMAIN);
    const x = side();
    const y = side();
    return [x, y, x * y > 0];
  },
  /** Two Gaussian blobs at (2, 2) and (−2, −2). */
  gaussian(rng, n) {
    const positive = n % 2 === 0;
    const c = positive ? 2 : -2;
    return [c + rng.normal(), c + rng.normal(), positive];
  },
  /** Two interleaved spirals. */
  spiral(rng, n, count) {
    const positive = n % 2 === 0;
    const t = (Math.floor(n / 2) / Math.ceil(count / 2)) * 1.75 * 2 * Math.PI;
    const r = (t / (3.5 * Math.PI)) * (DOMAIN - 1);
    const phase = positive ? 0 : Math.PI;
    return [r * Math.sin(t + phase) + rng.normal() * 0.1, r * Math.cos(t + phase) + rng.normal() * 0.1, positive];
  },
  /** Two interleaving half circles, scaled into the square. */
  moons(rng, n) {
    const positive = n % 2 === 0;
    const t = rng.uniform(0, Math.PI);
    const x = positive ? Math.cos(t) : 1 - Math.cos(t);
    const y = positive ? Math.sin(t) : 0.5 - Math.sin(t);
    return [(x - 0.5) * 3.5, (y - 0.25) * 3.5, positive];
  },
};
