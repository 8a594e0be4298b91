/**
 * The training loop: mini-batches over a seeded shuffle, epoch bookkeeping, and an
 * evaluation whose loss and accuracy mean what a student expects.
 */
import { describe, expect, it } from 'vitest';
import {
  EngineInputError,
  computeGradients,
  createNetwork,
  createOptimizer,
  createTrainer,
  datasetFromPoints,
  evaluate,
  generateDataset,
  loadNextBatch,
  setParams,
  trainEpoch,
  trainerStep,
  type Network,
} from '../../src/engine';

const classifier = (seed = 1): Network =>
  createNetwork({
    inputSize: 2,
    loss: 'bce',
    seed,
    init: { kind: 'xavier-uniform' },
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  });

describe('mini-batches and epochs', () => {
  it('walks a shuffled permutation in batches, the last one shorter, then reshuffles', () => {
    const net = classifier();
    const data = generateDataset({ kind: 'circle', seed: 1, count: 10 });
    const t = createTrainer(net, createOptimizer(net, { kind: 'sgd', learningRate: 0.1 }), data, 4, 9);
    const first = [...t.order];
    expect([...first].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(first).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const sizes: number[] = [];
    const rows: number[] = [];
    while (t.epoch === 0) {
      const count = loadNextBatch(t);
      sizes.push(count);
      for (let s = 0; s < count; s++) rows.push(t.net.input[2 * s]);
      trainerStep(t);
    }
    expect(sizes).toEqual([4, 4, 2]);
    expect(rows).toEqual(first.map((r) => data.inputs[2 * r]));
    expect([t.step, t.examplesSeen, t.cursor, t.epoch]).toEqual([3, 10, 0, 1]);
    expect([...t.order]).not.toEqual(first);
    expect([...t.order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('the same shuffle seed gives the same order every epoch', () => {
    const orders = (seed: number): number[][] => {
      const net = classifier();
      const t = createTrainer(
        net,
        createOptimizer(net, { kind: 'sgd', learningRate: 0.1 }),
        generateDataset({ kind: 'xor', seed: 1, count: 30 }),
        7,
        seed,
      );
      const seen = [[...t.order]];
      for (let e = 0; e < 3; e++) {
        trainEpoch(t);
        seen.push([...t.order]);
      }
      return seen;
    };
    expect(orders(5)).toEqual(orders(5));
    expect(orders(5)).not.toEqual(orders(6));
  });

  it('trainEpoch stops exactly at the epoch boundary', () => {
    const net = classifier();
    const t = createTrainer(
      net,
      createOptimizer(net, { kind: 'sgd', learningRate: 0.1 }),
      generateDataset({ kind: 'gaussian', seed: 1, count: 25 }),
      10,
      1,
    );
    trainEpoch(t);
    trainEpoch(t);
    expect([t.epoch, t.step, t.examplesSeen, t.cursor]).toEqual([2, 6, 50, 0]);
    expect(Number.isFinite(t.lastLoss)).toBe(true);
  });

  it('training lowers the loss and separates the classes', () => {
    const net = classifier(3);
    const data = generateDataset({ kind: 'circle', seed: 4, count: 300, noise: 0.2 });
    const t = createTrainer(net, createOptimizer(net, { kind: 'adam', learningRate: 0.03 }), data, 16, 2);
    const before = evaluate(net, data);
    for (let e = 0; e < 40; e++) trainEpoch(t);
    const after = evaluate(net, data);
    expect(after.loss).toBeLessThan(before.loss / 3);
    expect(after.accuracy).toBeGreaterThan(0.9);
  });

  it('refuses a dataset that does not fit the network', () => {
    const net = classifier();
    const opt = createOptimizer(net, { kind: 'sgd', learningRate: 0.1 });
    const sine = generateDataset({ kind: 'sine', seed: 1, count: 10 });
    expect(() => createTrainer(net, opt, sine, 4, 1)).toThrow(EngineInputError);
    expect(() => createTrainer(net, opt, sine, 4, 1)).toThrow(/data\.inputSize must be 2/);
    const twoOutputs = datasetFromPoints([{ x: [0, 1], y: [1, 0] }]);
    expect(() => createTrainer(net, opt, twoOutputs, 1, 1)).toThrow(/data\.outputSize must be 1/);
    const circle = generateDataset({ kind: 'circle', seed: 1, count: 10 });
    expect(() => createTrainer(net, opt, { ...circle, count: 0 }, 1, 1)).toThrow(/data\.count/);
    for (const bad of [0, 2.5, -1, 5000, NaN])
      expect(() => createTrainer(net, opt, circle, bad, 1)).toThrow(/batchSize/);
  });
});

describe('evaluate', () => {
  // On two Gaussian blobs at ±(2, 2), σ(10x + 10y) is nearly a perfect classifier.
  const blobs = generateDataset({ kind: 'gaussian', seed: 6, count: 400 });
  const linear = (w: number, labels: 'sigmoid' | 'tanh'): Network => {
    const net = createNetwork({ inputSize: 2, layers: [{ units: 1, activation: labels }], loss: 'mse', seed: 1 });
    setParams(net, { weights: [Float64Array.of(w, w)], biases: [Float64Array.of(0)] });
    return net;
  };

  it('scores a good classifier near 1 and its mirror image near 0', () => {
    const good = evaluate(linear(10, 'sigmoid'), blobs).accuracy!;
    expect(good).toBeGreaterThan(0.98);
    expect(evaluate(linear(-10, 'sigmoid'), blobs).accuracy).toBeCloseTo(1 - good, 12);
  });

  it('uses threshold 0 for ±1 labels', () => {
    const pm = generateDataset({ kind: 'gaussian', seed: 6, count: 400, labels: 'plus-minus' });
    expect(evaluate(linear(10, 'tanh'), pm).accuracy).toBe(evaluate(linear(10, 'sigmoid'), blobs).accuracy);
  });

  it('a constant output scores the share of its class', () => {
    const net = linear(0, 'sigmoid'); // ŷ = 0.5, not > 0.5: always "negative"
    const negatives = blobs.targets.filter((y) => y === 0).length / blobs.count;
    expect(evaluate(net, blobs).accuracy).toBeCloseTo(negatives, 12);
  });

  it('takes the arg-max for several outputs, and gives no accuracy for regression', () => {
    const net = createNetwork({ inputSize: 1, layers: [{ units: 2, activation: 'linear' }], loss: 'mse', seed: 1 });
    setParams(net, { weights: [Float64Array.of(1, -1)], biases: [Float64Array.of(0, 0)] });
    const data = datasetFromPoints([
      { x: [1], y: [1, 0] },
      { x: [-1], y: [0, 1] },
      { x: [2], y: [0, 1] },
      { x: [-3], y: [0, 1] },
    ]);
    expect(evaluate(net, data).accuracy).toBe(0.75);
    const sine = generateDataset({ kind: 'sine', seed: 1, count: 20 });
    const reg = createNetwork({ inputSize: 1, layers: [{ units: 1, activation: 'linear' }], loss: 'mse', seed: 1 });
    expect(evaluate(reg, sine).accuracy).toBeNull();
  });

  it('its loss is the dataset mean, however it is chunked', () => {
    const net = classifier(2);
    const full = computeGradients(net, blobs.inputs, blobs.targets).loss;
    for (const chunk of [1, 7, 64, 256, 1000]) expect(evaluate(net, blobs, chunk).loss).toBeCloseTo(full, 12);
  });
});
