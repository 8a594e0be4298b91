/** The edits that keep the data's classes, the output and the loss in agreement (softmax ⇔ K-class cross-entropy). */
import { withinLimit, type DatasetName, type LossName, type OutputActivationName } from '../engine';
import type { CustomPoints, TrainerConfig } from '../worker/protocol';
import { MULTI_CLASS_DATASETS, classesOf, hasClasses, isClassification, takesClasses } from './configRules';
import { ok, range, refuse, type EditResult } from './editResult';
import { classesNeeded } from './ownData/points';

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
