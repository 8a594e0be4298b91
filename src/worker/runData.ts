/**
 * The training and test data of a run: a seeded generated data set split at random, or the
 * student's own points. Own points are split by position (every k-th point is a test
 * point), so adding, moving or removing one point never reshuffles which of the others
 * are test points. Class indices become the targets the output activation expects.
 */
import {
  EngineInputError,
  datasetFromPoints,
  generateDataset,
  splitDataset,
  subset,
  type Dataset,
  type LabelStyle,
} from '../engine';
import type { CustomPoints, TrainerConfig } from './protocol';

/** The largest class index own points may carry (binary outputs today). */
export const MAX_CLASS_INDEX = 1;

export function runDataOf(config: TrainerConfig, labels: LabelStyle): { train: Dataset; test: Dataset } {
  const d = config.dataset;
  if (d.kind === 'custom') return splitByPosition(customDataset(d.points, labels), d.testFraction);
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

/** The student's points as a data set; class index 0 is the negative class (0 or −1), 1 the positive. */
export function customDataset(points: CustomPoints | undefined, labels: LabelStyle): Dataset {
  const rows = points?.rows;
  if (!points || !Array.isArray(rows) || rows.length === 0) {
    throw new EngineInputError('dataset.points', 'at least one point (click the output map to add one)', rows?.length);
  }
  const regression = points.task === 'regression';
  if (!regression && points.task !== 'classification') {
    throw new EngineInputError('dataset.points.task', "'classification' or 'regression'", points.task);
  }
  const width = regression ? 2 : 3;
  const negative = labels === 'plus-minus' ? -1 : 0;
  const list = rows.map((row, n) => {
    if (!Array.isArray(row) || row.length !== width) {
      throw new EngineInputError(`dataset.points.rows[${n}]`, `${width} numbers`, row);
    }
    if (regression) return { x: [row[0]], y: [row[1]] };
    const label = row[2];
    if (!(Number.isInteger(label) && label >= 0 && label <= MAX_CLASS_INDEX)) {
      throw new EngineInputError(`dataset.points.rows[${n}][2]`, `a class index from 0 to ${MAX_CLASS_INDEX}`, label);
    }
    return { x: [row[0], row[1]], y: [label === 1 ? 1 : negative] };
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
