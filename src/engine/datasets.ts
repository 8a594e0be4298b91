/**
 * Seeded datasets. 2-D classification data lives in [−6, 6]² (as in TensorFlow
 * Playground), 1-D regression on x ∈ [−6, 6]. Same kind, count, noise and seed give the
 * same points. Inputs and targets are flat row-major arrays: [example][feature].
 */
import { EngineInputError, requireFinite, requireInteger, requireOneOf } from './errors';
import { LIMITS } from './limits';
import { createRng, shuffleInPlace, type Rng } from './rng';

export const CLASSIFICATION_DATASETS = ['circle', 'xor', 'gaussian', 'spiral', 'moons'] as const;
export const REGRESSION_DATASETS = ['sine', 'line'] as const;
export const DATASET_NAMES = [...CLASSIFICATION_DATASETS, ...REGRESSION_DATASETS, 'toy'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/**
 * Binary labels in one output: the negative class as 0 (sigmoid output) or −1 (tanh output),
 * the positive class as 1. Or `one-hot`: one output per class (softmax), class c as 1 in
 * output c and 0 elsewhere; with two classes the negative class is class 0, the positive class 1.
 */
export const LABEL_STYLES = ['zero-one', 'plus-minus', 'one-hot'] as const;
export type LabelStyle = (typeof LABEL_STYLES)[number];

export interface Dataset {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly count: number;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly task: 'classification' | 'regression';
  readonly labels: LabelStyle;
}

export interface DatasetOptions {
  kind: DatasetName;
  /** Number of points (ignored by `toy`, which has one). Default 500. */
  count?: number;
  /** Noise: jitter of 2-D points in input units, or of y for regression. Default 0. */
  noise?: number;
  seed: number;
  labels?: LabelStyle;
  /** Classes, 2 by default; 3 to 5 for `spiral` (K arms) and `gaussian` (K clusters), one-hot labels only. */
  classes?: number;
}

/** Half-width of the input square. */
export const DOMAIN = 6;

export function generateDataset(options: DatasetOptions): Dataset {
  const kind = requireOneOf('dataset.kind', options.kind, DATASET_NAMES);
  const count = requireInteger('dataset.count', options.count ?? 500, LIMITS.datasetCount.min, LIMITS.datasetCount.max);
  const noise = requireFinite('dataset.noise', options.noise ?? 0, LIMITS.noise.min, LIMITS.noise.max);
  const labels = requireOneOf('dataset.labels', options.labels ?? 'zero-one', LABEL_STYLES);
  const classes = requireInteger('dataset.classes', options.classes ?? 2, LIMITS.classes.min, LIMITS.classes.max);
  if (classes > 2 && !(labels === 'one-hot' && (kind === 'spiral' || kind === 'gaussian'))) {
    throw new EngineInputError(
      'dataset.classes',
      '2 unless the dataset is spiral or gaussian with one-hot labels',
      classes,
    );
  }
  if (labels === 'one-hot' && !(CLASSIFICATION_DATASETS as readonly string[]).includes(kind)) {
    throw new EngineInputError('dataset.labels', 'zero-one or plus-minus for regression data', labels);
  }
  const rng = createRng(requireFinite('dataset.seed', options.seed, -(2 ** 53), 2 ** 53));
  if (kind === 'toy') {
    return {
      inputs: Float64Array.of(1),
      targets: Float64Array.of(labels === 'plus-minus' ? -0.5 : 0.25),
      count: 1,
      inputSize: 1,
      outputSize: 1,
      task: 'regression',
      labels,
    };
  }
  if (kind === 'sine' || kind === 'line') return regression(kind, count, noise, rng, labels);
  const outputSize = labels === 'one-hot' ? classes : 1;
  const inputs = new Float64Array(count * 2);
  const targets = new Float64Array(count * outputSize);
  const negative = labels === 'plus-minus' ? -1 : 0;
  for (let n = 0; n < count; n++) {
    const [x, y, c] =
      classes === 2 ? binaryPoint(kind, rng, n, count) : MULTI_CLASS[kind as 'spiral'](rng, n, count, classes);
    inputs[2 * n] = x + noise * rng.normal() * 0.5;
    inputs[2 * n + 1] = y + noise * rng.normal() * 0.5;
    if (outputSize > 1) targets[n * outputSize + c] = 1;
    else targets[n] = c === 1 ? 1 : negative;
  }
  return { inputs, targets, count, inputSize: 2, outputSize, task: 'classification', labels };
}

/** A two-class point as [x, y, class]: the positive class is 1, the negative 0. */
function binaryPoint(kind: (typeof CLASSIFICATION_DATASETS)[number], rng: Rng, n: number, count: number) {
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

const POINT_MAKERS: Record<(typeof CLASSIFICATION_DATASETS)[number], PointMaker> = {
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

function regression(kind: 'sine' | 'line', count: number, noise: number, rng: Rng, labels: LabelStyle): Dataset {
  const inputs = new Float64Array(count);
  const targets = new Float64Array(count);
  for (let n = 0; n < count; n++) {
    const x = rng.uniform(-DOMAIN, DOMAIN);
    const clean = kind === 'sine' ? Math.sin((x * Math.PI) / DOMAIN) : x / DOMAIN;
    inputs[n] = x;
    targets[n] = clean + noise * 0.1 * rng.normal();
  }
  return { inputs, targets, count, inputSize: 1, outputSize: 1, task: 'regression', labels };
}

/** A dataset from points the caller supplies: each `x` has the same length, likewise `y`. */
export function datasetFromPoints(
  points: ReadonlyArray<{ x: ArrayLike<number>; y: ArrayLike<number> }>,
  task: Dataset['task'] = 'classification',
  labels: LabelStyle = 'zero-one',
): Dataset {
  if (!Array.isArray(points) || points.length === 0) throw new EngineInputError('points', 'a non-empty list', points);
  const nx = requireInteger('points[0].x.length', points[0]?.x?.length, 1, 1024);
  const ny = requireInteger('points[0].y.length', points[0]?.y?.length, 1, 1024);
  const inputs = new Float64Array(points.length * nx);
  const targets = new Float64Array(points.length * ny);
  points.forEach((p, n) => {
    if (p?.x?.length !== nx)
      throw new EngineInputError(`points[${n}].x`, `${nx} numbers like the first point`, p?.x?.length);
    if (p.y?.length !== ny)
      throw new EngineInputError(`points[${n}].y`, `${ny} numbers like the first point`, p.y?.length);
    for (let i = 0; i < nx; i++) inputs[n * nx + i] = requireFinite(`points[${n}].x[${i}]`, p.x[i], -1e6, 1e6);
    for (let m = 0; m < ny; m++) targets[n * ny + m] = requireFinite(`points[${n}].y[${m}]`, p.y[m], -1e6, 1e6);
  });
  return { inputs, targets, count: points.length, inputSize: nx, outputSize: ny, task, labels };
}

/** Shuffles (seeded) and splits into train and test; the test share is in [0, 0.9]. */
export function splitDataset(data: Dataset, testFraction: number, seed: number): { train: Dataset; test: Dataset } {
  requireFinite('testFraction', testFraction, 0, 0.9);
  const order = new Uint32Array(data.count);
  for (let k = 0; k < data.count; k++) order[k] = k;
  shuffleInPlace(order, createRng(seed));
  const nTest = data.count > 1 ? Math.min(data.count - 1, Math.round(data.count * testFraction)) : 0;
  return { test: subset(data, order.subarray(0, nTest)), train: subset(data, order.subarray(nTest)) };
}

export function subset(data: Dataset, rows: ArrayLike<number>): Dataset {
  const { inputSize: nx, outputSize: ny } = data;
  const inputs = new Float64Array(rows.length * nx);
  const targets = new Float64Array(rows.length * ny);
  for (let k = 0; k < rows.length; k++) {
    inputs.set(data.inputs.subarray(rows[k] * nx, rows[k] * nx + nx), k * nx);
    targets.set(data.targets.subarray(rows[k] * ny, rows[k] * ny + ny), k * ny);
  }
  return { ...data, inputs, targets, count: rows.length };
}
