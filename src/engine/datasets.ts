/**
 * Seeded datasets. 2-D classification data lives in [−6, 6]² (as in TensorFlow
 * Playground), 1-D regression on x ∈ [−6, 6]. Same kind, count, noise and seed give the
 * same points. Inputs and targets are flat row-major arrays: [example][feature]. Where
 * each 2-D shape puts its points is in datasetShapes.ts; here are the checks, labels and noise.
 */
import { DOMAIN, shapePoint } from './datasetShapes';
import { EngineInputError, requireFinite, requireInteger, requireOneOf } from './errors';
import { LIMITS } from './limits';
import { createRng, shuffleInPlace, type Rng } from './rng';

export { DOMAIN };

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
    const [x, y, c] = shapePoint(kind, rng, n, count, classes);
    inputs[2 * n] = x + noise * rng.normal() * 0.5;
    inputs[2 * n + 1] = y + noise * rng.normal() * 0.5;
    if (outputSize > 1) targets[n * outputSize + c] = 1;
    else targets[n] = c === 1 ? 1 : negative;
  }
  return { inputs, targets, count, inputSize: 2, outputSize, task: 'classification', labels };
}

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
