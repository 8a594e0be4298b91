/**
 * The edits a student makes to a set-up, as pure functions: each checks its value against
 * the one limits table (engine/limits.ts) and returns the new configuration, or a problem
 * naming the field with a sentence to show — so a typo never reaches the worker and never
 * costs the running network. The app's commands apply these and then tell the worker.
 */
import {
  LIMITS,
  withinLimit,
  type ActivationName,
  type OutputActivationName,
  type DatasetName,
  type InitName,
  type LimitName,
  type LossName,
  type OptimizerName,
} from '../engine';
import type { CustomPoints, TrainerConfig } from '../worker/protocol';
import {
  MULTI_CLASS_DATASETS,
  classesOf,
  fittingSkips,
  hasClasses,
  isClassification,
  layerWithSkip,
  skipFits,
  takesClasses,
  withSkips,
} from './configRules';
import { classesNeeded } from './ownData/points';

export interface ConfigProblem {
  field: string;
  message: string;
}

export type EditResult = { config: TrainerConfig } | { problem: ConfigProblem };

const range = (name: LimitName) => `${LIMITS[name].min} to ${LIMITS[name].max}`;
const ok = (config: TrainerConfig): EditResult => ({ config });
const refuse = (field: string, message: string): EditResult => ({ problem: { field, message } });

/** The layer a new hidden layer copies (the last one), or a small tanh layer. */
const NEW_LAYER = { units: 4, activation: 'tanh' as const };

export function addLayer(c: TrainerConfig): EditResult {
  if (c.hidden.length >= LIMITS.hiddenLayers.max)
    return refuse('hidden', `At most ${LIMITS.hiddenLayers.max} hidden layers.`);
  return ok({ ...c, hidden: [...c.hidden, { ...(c.hidden[c.hidden.length - 1] ?? NEW_LAYER) }] });
}

export function removeLayer(c: TrainerConfig): EditResult {
  if (c.hidden.length <= LIMITS.hiddenLayers.min) return refuse('hidden', 'There are no hidden layers left to remove.');
  return ok({ ...c, hidden: fittingSkips(c.hidden.slice(0, -1)) });
}

export function setUnits(c: TrainerConfig, layer: number, units: number): EditResult {
  if (!c.hidden[layer]) return refuse(`hidden.${layer}.units`, `There is no hidden layer ${layer + 1}.`);
  if (!withinLimit('units', units, true)) {
    return refuse(`hidden.${layer}.units`, `A layer has ${range('units')} neurons (whole numbers).`);
  }
  // A skip around a layer, or the next, no longer fits when the widths differ: it goes.
  return ok({ ...c, hidden: fittingSkips(c.hidden.map((l, k) => (k === layer ? { ...l, units } : l))) });
}

/**
 * Every hidden layer at once: `depth` layers of `units` neurons — building the largest
 * network is one edit (one rebuild), not hundreds of ± clicks. Each layer keeps its
 * activation; added ones copy the last layer's, as + Layer does. Skips stay where they fit.
 */
export function setShape(c: TrainerConfig, depth: number, units: number): EditResult {
  if (!withinLimit('hiddenLayers', depth, true)) {
    return refuse('hidden', `A network has ${range('hiddenLayers')} hidden layers (whole numbers).`);
  }
  if (!withinLimit('units', units, true)) {
    return refuse('hidden', `A layer has ${range('units')} neurons (whole numbers).`);
  }
  const template = c.hidden[c.hidden.length - 1] ?? NEW_LAYER;
  const hidden = Array.from({ length: depth }, (_, k) => ({ ...(c.hidden[k] ?? template), units }));
  return ok({ ...c, hidden: fittingSkips(hidden) });
}

/** A skip connection around hidden layer `layer`, or around every layer where one fits ('all'). */
export function setSkip(c: TrainerConfig, layer: number | 'all', on: boolean): EditResult {
  if (layer === 'all') return ok({ ...c, hidden: withSkips(c.hidden, on) });
  if (!c.hidden[layer]) return refuse(`hidden.${layer}.skip`, `There is no hidden layer ${layer + 1}.`);
  if (on && !skipFits(c.hidden, layer)) {
    return refuse(
      `hidden.${layer}.skip`,
      layer === 0
        ? 'The first hidden layer changes the width of the inputs, so it has no skip connection.'
        : `A skip connection adds layer ${layer}'s output to layer ${layer + 1}'s: give both the same number of neurons.`,
    );
  }
  return ok({ ...c, hidden: c.hidden.map((l, k) => (k === layer ? layerWithSkip(l, on) : l)) });
}

export function setActivation(c: TrainerConfig, layer: number | 'all', activation: ActivationName): EditResult {
  return ok({ ...c, hidden: c.hidden.map((l, k) => (layer === 'all' || k === layer ? { ...l, activation } : l)) });
}

export function setOutput(c: TrainerConfig, output: OutputActivationName): EditResult {
  if (output === 'softmax') {
    if (!hasClasses(c.dataset)) {
      return refuse('output', 'A softmax output gives class probabilities: choose a classification dataset first.');
    }
    return ok({ ...c, output, loss: 'cce' });
  }
  if (c.loss === 'bce' && output !== 'sigmoid') {
    return refuse('output', 'Cross-entropy needs a sigmoid output; choose mean squared error first.');
  }
  if (c.loss === 'cce') {
    return refuse('output', 'Cross-entropy over K classes needs the softmax output; choose another loss first.');
  }
  return ok({ ...c, output });
}

/**
 * Cross-entropy only makes sense on a sigmoid output (two classes) or a softmax (K classes),
 * so choosing it switches the output; leaving the softmax goes back to two classes.
 */
export function setLoss(c: TrainerConfig, loss: LossName): EditResult {
  if (loss === 'cce') return setOutput(c, 'softmax');
  const needed = c.dataset.kind === 'custom' ? classesNeeded(c.dataset.points) : 2;
  if (needed > 2) {
    return refuse(
      'loss',
      `Your points are in ${needed} classes, which need the softmax output with cross-entropy; keep only 2 classes, or choose a generated dataset, first.`,
    );
  }
  const binary = twoClasses(c);
  if (loss === 'bce') return ok({ ...binary, loss, output: 'sigmoid' });
  return ok(c.output === 'softmax' ? { ...binary, loss, output: 'tanh' } : { ...c, loss });
}

/** The set-up on two classes (the field left out, as in links made before classes). */
function twoClasses(c: TrainerConfig): TrainerConfig {
  const { classes: _classes, ...dataset } = c.dataset;
  return { ...c, dataset };
}

/**
 * Classes of the data: more than 2 take a softmax output over one unit per class. Own
 * points keep every point: going below the classes they use is refused, naming them.
 */
export function setClasses(c: TrainerConfig, classes: number): EditResult {
  if (!withinLimit('classes', classes, true)) {
    return refuse('dataset.classes', `The data has ${range('classes')} classes.`);
  }
  if (classes > 2 && !takesClasses(c.dataset)) {
    return refuse(
      'dataset.classes',
      'Only the spiral, the Gaussian clusters and your own points come in more than 2 classes.',
    );
  }
  const points = c.dataset.kind === 'custom' ? c.dataset.points : undefined;
  if (points?.task === 'classification' && classesNeeded(points) > classes) {
    const beyond = [...new Set(points.rows.filter((r) => r[2] >= classes).map((r) => r[2] + 1))].sort();
    const count = points.rows.filter((r) => r[2] >= classes).length;
    return refuse(
      'dataset.classes',
      `${count === 1 ? '1 of your points is' : `${count} of your points are`} in class ${beyond.join(' and ')}: ` +
        `remove ${count === 1 ? 'it' : 'them'} (right-click, or Delete) before going down to ${classes} classes.`,
    );
  }
  if (classes === 2) return ok(twoClasses(c));
  // Fields in the schema's order (classes before points), so files read back the same.
  const { classes: _classes, points: _points, ...rest } = c.dataset;
  const dataset = points ? { ...rest, classes, points } : { ...rest, classes };
  return ok({ ...c, dataset, output: 'softmax', loss: 'cce' });
}

/**
 * The set-up on the student's own points, in at least the classes they use (and `classes`
 * if more): more than 2 switch to the softmax with cross-entropy, as setClasses does.
 * Regression points cannot go with a softmax.
 */
export function setOwnPoints(c: TrainerConfig, points: CustomPoints, classes = classesOf(c)): EditResult {
  // Fields in the schema's order (classes before points), so files read back the same.
  const { classes: _classes, points: _points, ...rest } = c.dataset;
  const dataset = { ...rest, kind: 'custom' as const };
  if (points.task === 'regression') {
    if (c.output === 'softmax') {
      return refuse(
        'output',
        'These points are values (x, y), not classes, so they cannot go with the softmax output; choose another output first.',
      );
    }
    return ok({ ...c, dataset: { ...dataset, points } });
  }
  const K = Math.max(classes, classesNeeded(points));
  if (K === 2) return ok({ ...c, dataset: { ...dataset, points } });
  return ok({ ...c, dataset: { ...dataset, classes: K, points }, output: 'softmax', loss: 'cce' });
}

export function setInit(c: TrainerConfig, kind: InitName, scale = c.init.scale ?? 1): EditResult {
  if (!withinLimit('initScale', scale))
    return refuse('init.scale', `The weight scale must be from ${range('initScale')}.`);
  return ok({ ...c, init: { kind, scale } });
}

export function setOptimizer(c: TrainerConfig, kind: OptimizerName): EditResult {
  return ok({ ...c, optimizer: { ...c.optimizer, kind } });
}

export function setLearningRate(c: TrainerConfig, learningRate: number): EditResult {
  if (!withinLimit('learningRate', learningRate)) {
    return refuse('learningRate', `The learning rate must be a number from ${range('learningRate')}.`);
  }
  return ok({ ...c, optimizer: { ...c.optimizer, learningRate } });
}

export function setBatchSize(c: TrainerConfig, batchSize: number): EditResult {
  if (!withinLimit('batchSize', batchSize, true)) {
    return refuse('batchSize', `The batch size must be a whole number from ${range('batchSize')}.`);
  }
  return ok({ ...c, batchSize });
}

/**
 * A generated data set (own points are chosen with the own-data commands, which carry the
 * points). A data set without 3+ classes goes back to two (the softmax stays); a softmax
 * needs classification data.
 */
export function setDataset(c: TrainerConfig, kind: DatasetName): EditResult {
  if (c.output === 'softmax' && !isClassification(kind)) {
    return refuse('dataset', 'The softmax output needs a classification dataset; choose another output first.');
  }
  const { points: _ownPoints, ...dataset } = c.dataset;
  const next = { ...c, dataset: { ...dataset, kind } };
  return ok(MULTI_CLASS_DATASETS.includes(kind) ? next : twoClasses(next));
}

export function setNoise(c: TrainerConfig, noise: number): EditResult {
  if (!withinLimit('noise', noise)) return refuse('noise', `Noise goes from ${range('noise')}.`);
  return ok({ ...c, dataset: { ...c.dataset, noise } });
}

export function setTestFraction(c: TrainerConfig, testFraction: number): EditResult {
  if (!withinLimit('testFraction', testFraction)) {
    return refuse('testFraction', `The test share goes from 0% to ${LIMITS.testFraction.max * 100}%.`);
  }
  return ok({ ...c, dataset: { ...c.dataset, testFraction } });
}

export function setSeed(c: TrainerConfig, seed: number): EditResult {
  if (!withinLimit('seed', seed, true)) return refuse('seed', `The seed is a whole number from ${range('seed')}.`);
  return ok({ ...c, seed });
}
