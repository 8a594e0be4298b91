/**
 * The training and test data of a run: a seeded generated data set split at random, or the
 * student's own points. Own points are split by position (every k-th point is a test
 * point), so adding, moving or removing one point never reshuffles which of the others
 * are test points. Class indices become the targets the output activation expects: one
 * output of 0/1 (or ±1) for two classes, one-hot rows over K classes under a softmax.
 */
import {
  EngineInputError,
  LIMITS,
  datasetFromPoints,
  generateDataset,
  splitDataset,
  subset,
  type Dataset,
  type LabelStyle,
} from '../engine';
import type { CustomPoints, TrainerConfig } from './protocol';

/** The largest class index own points may carry (K = 5 classes: 0 … 4). */
export const MAX_CLASS_INDEX = LIMITS.classes.max - 1;

export function runDataOf(config: TrainerConfig, labels: LabelStyle): { train: Dataset; test: Dataset } {
  const d = config.dataset;
  if (d.kind === 'custom') {
    return splitByPosition(customDataset(d.points, labels, d.classes ?? 2), d.testFraction);
  }
  const data = generateDataset({
    kind: d.kind,
    count: d.count,
    noise: d.noise,
    seed: config.seed,
    labels,
    classes: d.classes ?? 2,
  });
  return splitDataset(data, d.testFraction, config.seed + 1);
}

/**
 * The student's points as a data set. Two classes on one output: class index 0 is the
 * negative class (0 or −1), 1 the positive. One-hot labels (a softmax): a row of K targets
 * with a 1 at the point's class. A class index must be below K either way.
 */
export function customDataset(points: CustomPoints | undefined, labels: LabelStyle, classes = 2): Dataset {
  const rows = points?.rows;
  if (!points || !Array.isArray(rows) || rows.length === 0) {
    throw new EngineInputError('dataset.points', 'at least one point (click the output map to add one)', rows?.length);
  }
  const regression = points.task === 'regression';
  if (!regression && points.task !== 'classification') {
    throw new EngineInputError('dataset.points.task', "'classification' or 'regression'", points.task);
  }
  const oneHot = labels === 'one-hot' && !regression;
  if (!Number.isInteger(classes) || classes < 2 || classes > LIMITS.classes.max || (classes > 2 && !oneHot)) {
    throw new EngineInputError('dataset.classes', `2, or up to ${LIMITS.classes.max} with one-hot labels`, classes);
  }
  const width = regression ? 2 : 3;
  const negative = labels === 'plus-minus' ? -1 : 0;
  const list = rows.map((row, n) => {
    if (!Array.isArray(row) || row.length !== width) {
      throw new EngineInputError(`dataset.points.rows[${n}]`, `${width} numbers`, row);
    }
    if (regression) return { x: [row[0]], y: [row[1]] };
    const label = row[2];
    if (!(Number.isInteger(label) && label >= 0 && label < classes)) {
      throw new EngineInputError(`dataset.points.rows[${n}][2]`, `a class index from 0 to ${classes - 1}`, label);
    }
    const y = oneHot ? Array.from({ length: classes }, (_, c) => (c === label ? 1 : 0)) : [label === 1 ? 1 : negative];
    return { x: [row[0], row[1]], y };
  });
  return datasetFromPoints(list, regression ? 'regression' : 'classification', labels);
}

/** Point n is a test point when the running share of test points crosses a whole number there. */
export function isTestPosition(n: number, testFraction: number): boolean {
  return Math.floor((n + 1) * testFraction) > Math.floor(n * testFraction);
}

function splitByPosition(data: Dataset, testFraction: number): { train: Dataset; test: Dataset } {
  const train: number[] = [];
  const test: number[] = [];
  for (let n = 0; n < data.count; n++) (isTestPosition(n, testFraction) && data.count > 1 ? test : train).push(n);
  // Never leave the network with nothing to train on.
  if (train.length === 0) train.push(test.pop()!);
  return { train: subset(data, train), test: subset(data, test) };
}
