/**
 * The edits a student makes to a set-up, as pure functions: each checks its value against
 * the one limits table (engine/limits.ts) and returns the new configuration, or a problem
 * naming the field with a sentence to show — so a typo never reaches the worker and never
 * costs the running network. The app's commands apply these and then tell the worker.
 * Here: the network's shape, the training settings and the data's noise, split and seed;
 * the edits where the data's classes, the output and the loss must agree are in classEdits.ts.
 */
import { LIMITS, withinLimit, type ActivationName, type InitName, type OptimizerName } from '../engine';
import type { TrainerConfig } from '../worker/protocol';
import { fittingSkips, layerWithSkip, skipFits, withSkips } from './configRules';
import { ok, range, refuse, type EditResult } from './editResult';

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
