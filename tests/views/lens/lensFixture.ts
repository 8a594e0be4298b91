/**
 * Frames from a really trained engine network, for the lens tests: a deep net on the
 * circle data trained a number of SGD steps, its per-layer statistics as the engine
 * reports them (computeLayerStats), and the probe example's z per layer.
 */
import {
  LAYER_STAT_FIELDS,
  computeGradients,
  computeLayerStats,
  createNetwork,
  createOptimizer,
  createTrainer,
  generateDataset,
  layerStatsInto,
  trainerStep,
  type ActivationName,
  type InitSpec,
  type LayerStats,
} from '../../../src/engine';
import { layoutOf } from '../../../src/engine';
import { edgeMaxOf, unitValuesOf } from '../../../src/worker/frames';
import type { Frame, TrainerConfig, TrainerData, TrainerFrame } from '../../../src/worker/protocol';
import { showFrame, testApp } from '../../helpers/testApp';

export interface Trained {
  frame: TrainerFrame;
  /** The engine's statistics of the last trained mini-batch. */
  stats: LayerStats[];
  /** z of the probe example per layer, from the engine's own arrays. */
  probeZ: number[][];
  config: TrainerConfig;
}

export interface TrainOptions {
  activation?: ActivationName;
  depth?: number;
  units?: number;
  steps?: number;
  seed?: number;
  init?: InitSpec;
  /** Skip connections around every hidden layer after the first. */
  skips?: boolean;
}

export const PROBE_INPUT = [1.5, -2];

export function trained(options: TrainOptions = {}): Trained {
  const { activation = 'sigmoid', depth = 6, units = 8, steps = 60, seed = 1 } = options;
  const init = options.init ?? { kind: activation === 'relu' ? 'he' : 'xavier-uniform', scale: 1 };
  const hidden = Array.from({ length: depth }, (_, k) => ({
    units,
    activation,
    ...(options.skips && k > 0 ? { skip: true } : {}),
  }));
  const config: TrainerConfig = {
    hidden,
    output: 'sigmoid',
    loss: 'mse',
    init,
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batchSize: 10,
    dataset: { kind: 'circle', count: 200, noise: 0, testFraction: 0 },
    seed,
  };
  const net = createNetwork({
    inputSize: 2,
    layers: [...hidden, { units: 1, activation: 'sigmoid' }],
    loss: 'mse',
    init,
    seed,
  });
  const data = generateDataset({ kind: 'circle', count: 200, seed, labels: 'zero-one' });
  const trainer = createTrainer(net, createOptimizer(net, config.optimizer), data, config.batchSize, seed + 2);
  for (let s = 0; s < steps; s++) trainerStep(trainer);
  const stats = computeLayerStats(net);
  const flat = layerStatsInto(net, new Float64Array(net.layers.length * LAYER_STAT_FIELDS.length));
  const grads = net.grads.slice();
  computeGradients(net, [PROBE_INPUT], [[1]]);
  const probeZ = net.layers.map((l) => Array.from(l.z.subarray(0, l.nOut)));
  const frame: TrainerFrame = {
    step: steps,
    epoch: 0,
    examplesSeen: steps * config.batchSize,
    batchLoss: net.lossValue,
    trainLoss: NaN,
    testLoss: NaN,
    trainAccuracy: null,
    testAccuracy: null,
    evalStep: -1,
    layerSizes: [2, ...hidden.map((h) => h.units), 1],
    skips: net.layers.map((l) => l.skip),
    params: net.params.slice(),
    grads,
    skipGrads: net.skipGrads.slice(),
    stats: flat,
    edgeMax: edgeMaxOf(layoutOf([2, ...hidden.map((h) => h.units), 1]), grads, net.params),
    probe: {
      ...unitValuesOf(net),
      input: Float64Array.from(PROBE_INPUT),
      target: Float64Array.of(1),
      loss: net.lossValue,
    },
    optimizer: config.optimizer,
    batchSize: config.batchSize,
    outputMap: null,
    computed: null,
    nonFinite: { params: 0, grads: 0 },
  };
  return { frame, stats, probeZ, config };
}

export function frameOf(trainers: TrainerFrame[], id = 1): Frame {
  return { id, playing: false, examplesPerSecond: 0, trainers, stepper: null, weight: null };
}

/** A test app as after the worker's `configured` for these runs, showing their frame; renderApp renders in it. */
export function install(runs: Trained[]): Frame {
  const data = runs.map((): TrainerData => {
    const none = { inputs: new Float64Array(0), targets: new Float64Array(0), count: 0 };
    return { inputSize: 2, outputSize: 1, task: 'classification', labels: 'zero-one', train: none, test: none };
  });
  testApp({ config: runs[0].config });
  const frame = frameOf(runs.map((r) => r.frame));
  showFrame(
    frame,
    runs.map((r) => r.config),
    data,
  );
  return frame;
}
