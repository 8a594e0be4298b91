/**
 * Seeded random app states a link can carry (every field, every kind), for the codec's
 * round-trip test and the fuzz suite: `randomLinkState(rng)` is always valid, so whatever
 * a test then breaks in it is the only thing wrong.
 */
import {
  ACTIVATION_NAMES,
  DATASET_NAMES,
  INIT_NAMES,
  LIMITS,
  OPTIMIZER_NAMES,
  createRng,
  phasesFor,
  type Rng,
} from '../../src/engine';
import type { CompareSpec, Selection } from '../../src/store/appState';
import { trainerConfigsOf } from '../../src/store/compare';
import type { LinkState } from '../../src/store/schemaState';
import type { TrainerConfig } from '../../src/worker/protocol';

export { createRng, type Rng };

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[rng.int(list.length)];
const maybe = (rng: Rng, p = 0.5) => rng.next() < p;
const intIn = (rng: Rng, min: number, max: number) => min + rng.int(max - min + 1);
/** A number in [min, max] with a few digits, or an edge of the range. */
const numIn = (rng: Rng, min: number, max: number) =>
  maybe(rng, 0.1) ? pick(rng, [min, max]) : Number((min + rng.next() * (max - min)).toPrecision(1 + rng.int(6)));

export function randomConfig(rng: Rng): TrainerConfig {
  const output = pick(rng, ACTIVATION_NAMES);
  return {
    hidden: Array.from({ length: intIn(rng, 0, 6) }, () => ({
      units: intIn(rng, 1, 12),
      activation: pick(rng, ACTIVATION_NAMES),
    })),
    output,
    loss: output === 'sigmoid' && maybe(rng) ? 'bce' : 'mse',
    init: maybe(rng, 0.8)
      ? { kind: pick(rng, INIT_NAMES), scale: numIn(rng, LIMITS.initScale.min, LIMITS.initScale.max) }
      : { kind: pick(rng, INIT_NAMES) },
    optimizer: {
      kind: pick(rng, OPTIMIZER_NAMES),
      learningRate: numIn(rng, LIMITS.learningRate.min, LIMITS.learningRate.max),
    },
    batchSize: intIn(rng, 1, LIMITS.batchSize.max),
    dataset: {
      kind: pick(rng, DATASET_NAMES),
      count: intIn(rng, 1, LIMITS.datasetCount.max),
      noise: numIn(rng, 0, LIMITS.noise.max),
      testFraction: numIn(rng, 0, LIMITS.testFraction.max),
    },
    seed: intIn(rng, 0, LIMITS.seed.max),
  };
}

function randomCompare(rng: Rng): CompareSpec {
  switch (pick(rng, ['activation', 'init', 'learningRate', 'optimizer', 'depth'] as const)) {
    case 'activation':
      return { field: 'activation', value: pick(rng, ACTIVATION_NAMES) };
    case 'init':
      return { field: 'init', value: pick(rng, INIT_NAMES) };
    case 'learningRate':
      return { field: 'learningRate', value: numIn(rng, LIMITS.learningRate.min, LIMITS.learningRate.max) };
    case 'optimizer':
      return { field: 'optimizer', value: pick(rng, OPTIMIZER_NAMES) };
    case 'depth':
      return { field: 'depth', value: intIn(rng, 0, 6) };
  }
}

/** A selection inside `config`'s network (the output layer has one unit, as every built-in dataset). */
function randomSelection(rng: Rng, config: TrainerConfig): Selection {
  const widths = [...config.hidden.map((l) => l.units), 1];
  const layer = rng.int(widths.length);
  const unit = rng.int(widths[layer]);
  const from = rng.int(layer === 0 ? 2 : widths[layer - 1]);
  switch (pick(rng, ['neuron', 'weight', 'bias', 'layer'] as const)) {
    case 'neuron':
      return { kind: 'neuron', layer, unit };
    case 'weight':
      return { kind: 'weight', layer, to: unit, from };
    case 'bias':
      return { kind: 'bias', layer, unit };
    case 'layer':
      return { kind: 'layer', layer };
  }
}

export function randomLinkState(rng: Rng): LinkState {
  const config = randomConfig(rng);
  const mode = pick(rng, ['train', 'step', 'compare'] as const);
  const compare = mode === 'compare' ? randomCompare(rng) : null;
  const selectedTrainer = compare && maybe(rng) ? 1 : 0;
  const selected = trainerConfigsOf({ config, compare })[selectedTrainer];
  const layers = config.hidden.length + 1;
  return {
    config,
    compare,
    mode,
    stepThrough: {
      example: maybe(rng, 0.8)
        ? { kind: 'row', index: rng.int(config.dataset.count) }
        : { kind: 'custom', input: [numIn(rng, -6, 6), numIn(rng, -6, 6)], target: [pick(rng, [0, 1, -1])] },
      phase: rng.int(phasesFor(layers).length + 1),
    },
    selection: maybe(rng, 0.6) ? randomSelection(rng, selected) : null,
    selectedTrainer,
    view: {
      edgeMode: pick(rng, ['gradient', 'weight'] as const),
      edgeScale: pick(rng, ['linear', 'log'] as const),
      highlightedLayer: maybe(rng) ? rng.int(layers) : null,
      highlightedPath: maybe(rng, 0.3) ? { layer: 0, from: rng.int(2), units: [0] } : null,
      gradientMetric: pick(rng, ['meanAbsGrad', 'gradNorm'] as const),
      lossLog: maybe(rng),
      lectureChart: 'gradient-chart',
      theme: 'auto',
      compareScale: null,
    },
    speed: maybe(rng) ? null : numIn(rng, 1, LIMITS.speed.max),
    lecture: maybe(rng),
    lesson: maybe(rng, 0.3) ? { id: pick(rng, ['vanishing', 'chain-rule-1', 'xor']), step: rng.int(20) } : null,
  };
}
