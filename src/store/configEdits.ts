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
  type DatasetName,
  type InitName,
  type LimitName,
  type LossName,
  type OptimizerName,
} from '../engine';
import type { TrainerConfig } from '../worker/protocol';

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
  return ok({ ...c, hidden: c.hidden.slice(0, -1) });
}

export function setUnits(c: TrainerConfig, layer: number, units: number): EditResult {
  if (!c.hidden[layer]) return refuse(`hidden.${layer}.units`, `There is no hidden layer ${layer + 1}.`);
  if (!withinLimit('units', units, true)) {
    return refuse(`hidden.${layer}.units`, `A layer has ${range('units')} neurons (whole numbers).`);
  }
  return ok({ ...c, hidden: c.hidden.map((l, k) => (k === layer ? { ...l, units } : l)) });
}

export function setActivation(c: TrainerConfig, layer: number | 'all', activation: ActivationName): EditResult {
  return ok({ ...c, hidden: c.hidden.map((l, k) => (layer === 'all' || k === layer ? { ...l, activation } : l)) });
}

export function setOutput(c: TrainerConfig, output: ActivationName): EditResult {
  if (c.loss === 'bce' && output !== 'sigmoid') {
    return refuse('output', 'Cross-entropy needs a sigmoid output; choose mean squared error first.');
  }
  return ok({ ...c, output });
}

/** Cross-entropy only makes sense on a sigmoid output, so choosing it switches the output. */
export function setLoss(c: TrainerConfig, loss: LossName): EditResult {
  return ok(loss === 'bce' ? { ...c, loss, output: 'sigmoid' } : { ...c, loss });
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

/** A generated data set (own points are chosen with the own-data commands, which carry the points). */
export function setDataset(c: TrainerConfig, kind: DatasetName): EditResult {
  const { points: _ownPoints, ...dataset } = c.dataset;
  return ok({ ...c, dataset: { ...dataset, kind } });
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
