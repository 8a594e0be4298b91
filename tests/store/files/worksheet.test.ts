/**
 * The worksheet's numbers come from the engine's stepper: they match an ordinary training
 * step of the engine bit for bit, and a published hand calculation (the classic 2-2-2
 * sigmoid network: inputs 0.05, 0.10, targets 0.01, 0.99, η = 0.5).
 */
import { describe, expect, it } from 'vitest';
import {
  biasIndex,
  computeGradients,
  createNetwork,
  createOptimizer,
  layoutOf,
  trainStep,
  weightIndex,
} from '../../../src/engine';
import { computeWorksheet } from '../../../src/store/files/worksheet';
import type { TrainerConfig } from '../../../src/worker/protocol';

const TWO_TWO_TWO: TrainerConfig = {
  hidden: [{ units: 2, activation: 'sigmoid' }],
  output: 'sigmoid',
  loss: 'mse',
  init: { kind: 'xavier-uniform', scale: 1 },
  optimizer: { kind: 'sgd', learningRate: 0.5 },
  batchSize: 1,
  dataset: { kind: 'toy', count: 1, noise: 0, testFraction: 0 },
  seed: 1,
};

function handParams(): Float64Array {
  const layout = layoutOf([2, 2, 2]);
  const p = new Float64Array(layout.paramCount);
  const W = [
    [
      [0.15, 0.2],
      [0.25, 0.3],
    ],
    [
      [0.4, 0.45],
      [0.5, 0.55],
    ],
  ];
  W.forEach((rows, l) => rows.forEach((row, j) => row.forEach((w, i) => (p[weightIndex(layout, l, j, i)] = w))));
  [0.35, 0.35].forEach((b, j) => (p[biasIndex(layout, 0, j)] = b));
  [0.6, 0.6].forEach((b, j) => (p[biasIndex(layout, 1, j)] = b));
  return p;
}

const sgdState = (params: Float64Array) => ({
  params,
  optimizer: { velocity: new Float64Array(params.length), secondMoment: new Float64Array(params.length), steps: 0 },
});

describe('computeWorksheet', () => {
  it('reproduces the published 2-2-2 hand calculation', () => {
    const sheet = computeWorksheet(TWO_TWO_TWO, sgdState(handParams()), [0.05, 0.1], [0.01, 0.99]);
    expect(sheet.layers[0].z[0]).toBeCloseTo(0.3775, 9);
    expect(sheet.layers[0].a[0]).toBeCloseTo(0.593269992, 8);
    expect(sheet.prediction[0]).toBeCloseTo(0.75136507, 8);
    expect(sheet.prediction[1]).toBeCloseTo(0.772928465, 8);
    expect(sheet.loss).toBeCloseTo(0.298371109, 8);
    // ∂E/∂w5 = 0.082167041, w5 → 0.35891648; w1 → 0.149780716.
    expect(sheet.layers[1].dW[0][0]).toBeCloseTo(0.082167041, 8);
    expect(sheet.layers[1].newWeights[0][0]).toBeCloseTo(0.35891648, 8);
    expect(sheet.layers[0].newWeights[0][0]).toBeCloseTo(0.149780716, 8);
    expect(sheet.layers[1].delta[0]).toBeCloseTo(sheet.dLoss[0] * sheet.layers[1].df[0], 15);
  });

  it.each(['sgd', 'momentum', 'adam'] as const)(
    'equals one engine training step bit for bit (%s, a trained 2-5-3-1 tanh net)',
    (kind) => {
      const config: TrainerConfig = {
        ...TWO_TWO_TWO,
        hidden: [
          { units: 5, activation: 'tanh' },
          { units: 3, activation: 'relu' },
        ],
        output: 'tanh',
        optimizer: { kind, learningRate: 0.05 },
      };
      const spec = {
        inputSize: 2,
        layers: [...config.hidden, { units: 1, activation: config.output }],
        loss: config.loss,
        init: config.init,
        seed: 3,
      };
      const net = createNetwork(spec);
      const opt = createOptimizer(net, config.optimizer);
      for (let k = 0; k < 7; k++) trainStep(net, opt, [[Math.sin(k), Math.cos(k)]], [[k % 2 ? 1 : -1]]);
      const state = {
        params: net.params.slice(),
        optimizer: { velocity: opt.velocity.slice(), secondMoment: opt.secondMoment.slice(), steps: opt.steps },
      };
      const x = [0.7, -1.3];
      const y = [1];
      const sheet = computeWorksheet(config, state, x, y);

      const g = computeGradients(net, [x], [y]);
      sheet.layers.forEach((l, k) => {
        expect(l.dW.flat()).toEqual(Array.from(g.weights[k]));
        expect(l.db).toEqual(Array.from(g.biases[k]));
        expect(l.a).toEqual(Array.from(net.layers[k].a.subarray(0, net.layers[k].nOut)));
        expect(l.z).toEqual(Array.from(net.layers[k].z.subarray(0, net.layers[k].nOut)));
        expect(l.delta).toEqual(Array.from(net.layers[k].delta.subarray(0, net.layers[k].nOut)));
      });
      expect(sheet.loss).toBe(g.loss);
      trainStep(net, opt, [x], [y]);
      sheet.layers.forEach((l, k) => {
        expect(l.newWeights.flat()).toEqual(Array.from(net.layers[k].W));
        expect(l.newBiases).toEqual(Array.from(net.layers[k].b));
      });
      expect(sheet.stepsBefore).toBe(7);
    },
  );
});
