/**
 * The network file: a trained network as JSON — its configuration (data set included),
 * layer sizes, per layer the activation, weights (one row per unit: the weights into it,
 * from each input) and biases, the optimiser's state and the counters. Reading one checks
 * everything (structure, every number, every size against the configuration) and names the
 * first problem by line, field and value; only a file that passes reaches the worker.
 */
import { z } from '../schemaZod';
import { OPTIMIZER_NAMES, biasIndex, layoutOf, weightIndex, type ParamLayout } from '../../engine';
import type { TrainerConfig, TrainerSnapshot } from '../../worker/protocol';
import { classesOf } from '../configRules';
import { savedSchema } from '../schema';
import { describeSyntaxError, formatPath, jsonValueLines, quoteValue } from './jsonLines';

export const NETWORK_FORMAT = 'backprop-lab-network';

export interface NetworkFile {
  config: TrainerConfig;
  state: TrainerSnapshot;
}

const finite = z.number().finite();
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const fileSchema = z.object({
  format: z.literal(NETWORK_FORMAT),
  version: z.literal(1),
  config: savedSchema.shape.config,
  layerSizes: z.array(z.number().int().min(1)).min(2),
  layers: z.array(z.object({ activation: z.string(), weights: z.array(z.array(finite)), biases: z.array(finite) })),
  optimizer: z.object({
    kind: z.enum(OPTIMIZER_NAMES),
    learningRate: finite,
    steps: count,
    velocity: z.array(finite),
    secondMoment: z.array(finite),
  }),
  counters: z.object({ step: count, epoch: count, examplesSeen: count }),
});

type Raw = z.infer<typeof fileSchema>;

/** Inputs and outputs the configuration's data implies: a softmax has one output per class. */
export function dataSizes(config: TrainerConfig): { inputs: number; outputs: number } {
  const d = config.dataset;
  const oneInput = d.kind === 'custom' ? d.points?.task === 'regression' : ['sine', 'line', 'toy'].includes(d.kind);
  return { inputs: oneInput ? 1 : 2, outputs: config.output === 'softmax' ? classesOf(config) : 1 };
}

export function layerSizesOf(config: TrainerConfig): number[] {
  const { inputs, outputs } = dataSizes(config);
  return [inputs, ...config.hidden.map((l) => l.units), outputs];
}

/** The file's text for a network (pretty-printed: one line per unit's weights). */
export function networkToJson(config: TrainerConfig, state: TrainerSnapshot): string {
  const sizes = layerSizesOf(config);
  const layout = layoutOf(sizes);
  const p = state.params;
  const file = {
    format: NETWORK_FORMAT,
    version: 1,
    about:
      'A Backprop Lab network. weights[j][i] multiplies input i of unit j; optimiser moments are laid out as ' +
      'the parameters: per layer its weights row by row, then its biases.',
    config,
    layerSizes: sizes,
    layers: layout.layers.map((s, l) => ({
      activation: l === layout.layers.length - 1 ? config.output : config.hidden[l].activation,
      weights: Array.from({ length: s.nOut }, (_, j) =>
        Array.from({ length: s.nIn }, (_, i) => p[weightIndex(layout, l, j, i)]),
      ),
      biases: Array.from({ length: s.nOut }, (_, j) => p[biasIndex(layout, l, j)]),
    })),
    optimizer: {
      kind: config.optimizer.kind,
      learningRate: config.optimizer.learningRate,
      steps: state.optimizer.steps,
      velocity: Array.from(state.optimizer.velocity),
      secondMoment: Array.from(state.optimizer.secondMoment),
    },
    counters: state.counters,
  };
  // Number arrays on one line each, so the file reads as a table of weights.
  return JSON.stringify(file, null, 2).replace(
    /\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
    (_, body: string) => `[${body.replace(/,\s+/g, ', ')}]`,
  );
}

export type ParsedNetwork = { ok: true; value: NetworkFile } | { ok: false; message: string };

export function parseNetworkFile(text: string): ParsedNetwork {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: describeSyntaxError(text) };
  }
  const where = (path: readonly PropertyKey[]) => {
    const line = jsonValueLines(text).get(path.map(String).join('.'));
    const field = formatPath(path) || 'the file';
    return line === undefined ? field : `line ${line}, ${field}`;
  };
  const fail = (path: readonly PropertyKey[], problem: string, value: unknown) => ({
    ok: false as const,
    message: `${where(path)}: ${problem}, found ${quoteValue(value)}`,
  });
  if ((raw as { format?: unknown } | null)?.format !== NETWORK_FORMAT) {
    return fail(
      ['format'],
      `expected "${NETWORK_FORMAT}" (this is not a Backprop Lab network file)`,
      (raw as { format?: unknown } | null)?.format,
    );
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const problem = issue.message
      .replace(/^Invalid input: /, '')
      .replace(/^expected (\w+), received \w+$/, 'expected a $1');
    return fail(issue.path, problem, valueAt(raw, issue.path));
  }
  const problem = checkSizes(r.data);
  if (problem) return fail(problem.path, problem.problem, valueAt(raw, problem.path));
  return { ok: true, value: { config: r.data.config as TrainerConfig, state: snapshotOf(r.data) } };
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | null)?.[key], raw);
}

interface SizeProblem {
  path: PropertyKey[];
  problem: string;
}

/** Every size and name against the configuration: the worker gets exactly the network the file describes. */
function checkSizes(f: Raw): SizeProblem | null {
  const config = f.config as TrainerConfig;
  const sizes = layerSizesOf(config);
  if (f.layerSizes.join() !== sizes.join()) {
    return { path: ['layerSizes'], problem: `the configuration makes a ${sizes.join('-')} network` };
  }
  if (f.layers.length !== sizes.length - 1) return { path: ['layers'], problem: `expected ${sizes.length - 1} layers` };
  for (let l = 0; l < f.layers.length; l++) {
    const layer = f.layers[l];
    const activation = l === f.layers.length - 1 ? config.output : config.hidden[l].activation;
    if (layer.activation !== activation) {
      return { path: ['layers', l, 'activation'], problem: `the configuration says "${activation}"` };
    }
    if (layer.weights.length !== sizes[l + 1]) {
      return { path: ['layers', l, 'weights'], problem: `expected ${sizes[l + 1]} rows (one per unit)` };
    }
    const row = layer.weights.findIndex((w) => w.length !== sizes[l]);
    if (row >= 0)
      return { path: ['layers', l, 'weights', row], problem: `expected ${sizes[l]} weights (one per input)` };
    if (layer.biases.length !== sizes[l + 1]) {
      return { path: ['layers', l, 'biases'], problem: `expected ${sizes[l + 1]} biases` };
    }
  }
  const kind = config.optimizer.kind;
  if (f.optimizer.kind !== kind) return { path: ['optimizer', 'kind'], problem: `the configuration says "${kind}"` };
  const params = layoutOf(sizes).paramCount;
  // SGD keeps no moments, momentum a velocity, Adam both (one number per parameter).
  const lengths = { velocity: kind === 'sgd' ? 0 : params, secondMoment: kind === 'adam' ? params : 0 };
  for (const key of ['velocity', 'secondMoment'] as const) {
    if (f.optimizer[key].length !== lengths[key]) {
      return { path: ['optimizer', key], problem: `expected ${lengths[key]} numbers for ${kind}` };
    }
  }
  return null;
}

function snapshotOf(f: Raw): TrainerSnapshot {
  const layout: ParamLayout = layoutOf(f.layerSizes);
  const params = new Float64Array(layout.paramCount);
  f.layers.forEach((layer, l) => {
    layer.weights.forEach((row, j) => row.forEach((w, i) => (params[weightIndex(layout, l, j, i)] = w)));
    layer.biases.forEach((b, j) => (params[biasIndex(layout, l, j)] = b));
  });
  return {
    params,
    optimizer: {
      velocity: Float64Array.from(f.optimizer.velocity),
      secondMoment: Float64Array.from(f.optimizer.secondMoment),
      steps: f.optimizer.steps,
    },
    counters: f.counters,
  };
}
