/**
 * What every engine in the benchmark shares: the workload, the data, the initial weights
 * and the batch schedule, so the engines differ only in how they compute.
 */
import {
  createNetwork,
  createRng,
  generateDataset,
  getParams,
  shuffleInPlace,
  type ActivationName,
  type Dataset,
  type NetworkSpec,
  type Params,
} from '../../src/engine';

export interface Workload {
  id: string;
  /** Units of each hidden layer. */
  hidden: number[];
  /** Activation of every layer, the output included. */
  activation: ActivationName;
  labels: Dataset['labels'];
  batchSize: number;
  learningRate: number;
  /** Epochs per timed run, per engine (tfjs is slow, so it gets fewer). */
  epochs: Record<EngineName, number>;
  /** Epochs of the untimed check that every engine learns (the same for all engines). */
  verifyEpochs: number;
}

export type EngineName = 'ours' | 'convnetjs' | 'tfjs';

/** One workload made concrete: what each engine adapter is built from. */
export interface Problem {
  workload: Workload;
  spec: NetworkSpec;
  data: Dataset;
  /** Our engine's seeded initial weights; every peer starts from a copy. */
  init: Params;
  /** Seed of the epoch shuffles (our trainer's seed). */
  shuffleSeed: number;
  /** Row order of each epoch, exactly as our trainer shuffles them. */
  orders: Uint32Array[];
}

/** An engine under test. Only `train` is timed. */
export interface Engine {
  readonly name: string;
  /** Restores the shared initial weights and goes back to the first epoch's order. */
  reset(): void;
  /** Trains the next `epochs` epochs with SGD on ½·MSE over the shared batch schedule. */
  train(epochs: number): void;
  /** ŷ for every row of the dataset, [example][output]. */
  predict(): Float64Array;
  /** Current weights (row-major [out][in]) and biases, in our engine's layout. */
  params(): Params;
  dispose(): void;
}

export function describe(w: Workload): string {
  const act = w.activation;
  const hidden =
    w.hidden.every((u) => u === w.hidden[0]) && w.hidden.length > 3
      ? `[${w.hidden[0]} × ${w.hidden.length}]`
      : `[${w.hidden.join(', ')}]`;
  return `2 → ${hidden} ${act} → 1 ${act}, ½·MSE, SGD η=${w.learningRate}, batch ${w.batchSize}`;
}

export function makeProblem(w: Workload, seed: number): Problem {
  const spec: NetworkSpec = {
    inputSize: 2,
    layers: [...w.hidden, 1].map((units) => ({ units, activation: w.activation })),
    loss: 'mse',
    init: { kind: 'xavier-uniform' },
    seed,
  };
  const data = generateDataset({ kind: 'circle', count: 500, seed, labels: w.labels });
  const init = getParams(createNetwork(spec));
  const shuffleSeed = seed + 1;
  // Replays createTrainer: one shuffle at creation, then one at the end of every epoch.
  const rng = createRng(shuffleSeed);
  const order = new Uint32Array(data.count).map((_, k) => k);
  const orders: Uint32Array[] = [];
  const maxEpochs = Math.max(w.verifyEpochs, ...Object.values(w.epochs));
  for (let e = 0; e < maxEpochs; e++) {
    shuffleInPlace(order, rng);
    orders.push(order.slice());
  }
  return { workload: w, spec, data, init, shuffleSeed, orders };
}

export interface Score {
  /** Mean over the dataset of ½(ŷ − y)² summed over outputs. */
  loss: number;
  /** Share on the right side of the class threshold (0 for ±1 labels, 0.5 for 0/1). */
  accuracy: number;
}

/** Scores every engine's predictions the same way (ConvNetJS and tfjs report loss differently). */
export function score(yhat: Float64Array, data: Dataset): Score {
  const threshold = data.labels === 'plus-minus' ? 0 : 0.5;
  let loss = 0;
  let correct = 0;
  for (let k = 0; k < data.targets.length; k++) {
    const d = yhat[k] - data.targets[k];
    loss += 0.5 * d * d;
    if (yhat[k] > threshold === data.targets[k] > threshold) correct++;
  }
  return { loss: loss / data.count, accuracy: correct / data.targets.length };
}

/** Largest |a − b| over all weights and biases. */
export function maxParamDiff(a: Params, b: Params): number {
  let max = 0;
  const pairs = [...a.weights.map((w, l) => [w, b.weights[l]]), ...a.biases.map((v, l) => [v, b.biases[l]])];
  for (const [x, y] of pairs) for (let k = 0; k < x.length; k++) max = Math.max(max, Math.abs(x[k] - y[k]));
  return max;
}
