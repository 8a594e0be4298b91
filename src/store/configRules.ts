/**
 * The rules that tie the new settings of a set-up together — skip connections, the
 * softmax output and the number of classes — in one place, so the edits, the compare
 * variant and the schema (links and files) all apply the same ones:
 * - a skip connection goes around hidden layer k ≥ 2 (k ≥ 1 counted from 0) as wide as the
 *   layer before it (the first hidden layer changes the width of the inputs);
 * - a softmax output goes with categorical cross-entropy, and needs a classification dataset;
 * - more than two classes need the softmax and a dataset that has them (spiral, Gaussian
 *   clusters, the student's own classification points), and own points need as many
 *   classes as their highest class index + 1.
 */
import { CLASSIFICATION_DATASETS, type LayerSpec } from '../engine';
import type { DatasetConfig, DatasetKind, TrainerConfig } from '../worker/protocol';
import { classesNeeded } from './ownData/points';

/** Datasets that come in 3–5 classes. */
export const MULTI_CLASS_DATASETS: readonly DatasetKind[] = ['spiral', 'gaussian'];

/** Whether hidden layer `k` (0-based) can have a skip connection. */
export function skipFits(hidden: readonly LayerSpec[], k: number): boolean {
  return k >= 1 && k < hidden.length && hidden[k].units === hidden[k - 1].units;
}

/** The hidden layers with a skip around every layer it fits (`on`), or none. */
export function withSkips(hidden: readonly LayerSpec[], on: boolean): LayerSpec[] {
  return hidden.map((l, k) => layerWithSkip(l, on && skipFits(hidden, k)));
}

/** The hidden layers without the skips that no longer fit (after a width or depth change). */
export function fittingSkips(hidden: readonly LayerSpec[]): LayerSpec[] {
  return hidden.map((l, k) => layerWithSkip(l, l.skip === true && skipFits(hidden, k)));
}

/** Whether any hidden layer has a skip connection. */
export function hasSkips(config: Pick<TrainerConfig, 'hidden'>): boolean {
  return config.hidden.some((l) => l.skip === true);
}

/** The layer with (or without) its skip; without, the field is left out (as in links made before skips). */
export function layerWithSkip(l: LayerSpec, skip: boolean): LayerSpec {
  const { skip: _old, ...rest } = l;
  return skip ? { ...rest, skip: true } : rest;
}

/** Generated data sets with class labels (own points: see hasClasses). */
export function isClassification(kind: DatasetKind): boolean {
  return (CLASSIFICATION_DATASETS as readonly string[]).includes(kind);
}

/** Whether the data's points have classes: a generated classification set, or own points with class indices. */
export function hasClasses(dataset: DatasetConfig): boolean {
  return dataset.kind === 'custom' ? dataset.points?.task === 'classification' : isClassification(dataset.kind);
}

/** Whether the data can have more than two classes: spiral, Gaussian clusters, own classification points. */
export function takesClasses(dataset: DatasetConfig): boolean {
  return dataset.kind === 'custom' ? hasClasses(dataset) : MULTI_CLASS_DATASETS.includes(dataset.kind);
}

/** The classes a set-up trains on (2 unless it says more). */
export function classesOf(config: TrainerConfig): number {
  return config.dataset.classes ?? 2;
}

/** The first rule a set-up breaks, as a field path and a sentence; null when it keeps them all. */
export function configProblem(c: TrainerConfig): { path: (string | number)[]; message: string } | null {
  for (let k = 0; k < c.hidden.length; k++) {
    if (c.hidden[k].skip === true && !skipFits(c.hidden, k)) {
      return { path: ['hidden', k, 'skip'], message: 'a skip connection needs a layer as wide as the one before' };
    }
  }
  if ((c.output === 'softmax') !== (c.loss === 'cce')) {
    return { path: ['output'], message: 'a softmax output goes with cross-entropy over K classes, and only with it' };
  }
  if (c.output === 'softmax' && !hasClasses(c.dataset)) {
    return { path: ['output'], message: 'a softmax output needs a classification dataset' };
  }
  const classes = classesOf(c);
  if (classes > 2 && (c.output !== 'softmax' || !takesClasses(c.dataset))) {
    return {
      path: ['dataset', 'classes'],
      message: 'more than 2 classes need a softmax output and a spiral, Gaussian or own-points dataset',
    };
  }
  const needed = c.dataset.kind === 'custom' ? classesNeeded(c.dataset.points) : 2;
  if (needed > classes) {
    return {
      path: ['dataset', 'points'],
      message: `the points use ${needed} classes (class indices 0 to ${needed - 1}) but the set-up has ${classes}`,
    };
  }
  return null;
}
