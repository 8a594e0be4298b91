/**
 * Optimiser steps against hand-computed numbers on ŷ = w·x + b (linear, mse, one example):
 * with w = 0.5, b = 0.2, x = 2, y = 1, ŷ = 1.2, so ∂L/∂ŷ = 0.2, ∂L/∂w = 0.4, ∂L/∂b = 0.2.
 * Conventions (optimizers.ts, PyTorch's): decay adds λ·w to weights' gradients only.
 */
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  createOptimizer,
  getParams,
  reconfigureOptimizer,
  setParams,
  trainStep,
  type Network,
  type Optimizer,
  type OptimizerConfig,
} from '../../src/engine';

const X = [[2]];
const Y = [[1]];

function line(w = 0.5, b = 0.2): Network {
  const net = createNetwork({ inputSize: 1, layers: [{ units: 1, activation: 'linear' }], loss: 'mse', seed: 1 });
  setParams(net, { weights: [Float64Array.of(w)], biases: [Float64Array.of(b)] });
  return net;
}

/** [w, b] after `steps` steps. */
function run(config: OptimizerConfig, steps: number): { wb: number[]; opt: Optimizer } {
  const net = line();
  const opt = createOptimizer(net, config);
  for (let k = 0; k < steps; k++) trainStep(net, opt, X, Y);
  const p = getParams(net);
  return { wb: [p.weights[0][0], p.biases[0][0]], opt };
}

const expectPair = (got: number[], want: number[]): void => {
  expect(got[0]).toBeCloseTo(want[0], 14);
  expect(got[1]).toBeCloseTo(want[1], 14);
};

describe('sgd: w ← w − η·∂L/∂w', () => {
  it('first step', () => expectPair(run({ kind: 'sgd', learningRate: 0.1 }, 1).wb, [0.5 - 0.1 * 0.4, 0.2 - 0.1 * 0.2]));

  it('weight decay adds λ·w to the weight’s gradient, not the bias’s', () => {
    expectPair(run({ kind: 'sgd', learningRate: 0.1, weightDecay: 0.1 }, 1).wb, [0.5 - 0.1 * (0.4 + 0.1 * 0.5), 0.18]);
  });

  it('a negative slope raises w, a positive one lowers it, and at the minimum w stays', () => {
    const below = line(0.2, 0); // ŷ = 0.4 < 1: ∂L/∂w < 0
    trainStep(below, createOptimizer(below, { kind: 'sgd', learningRate: 0.1 }), X, Y);
    expect(below.params[0]).toBeGreaterThan(0.2);
    const above = line(0.8, 0); // ŷ = 1.6 > 1: ∂L/∂w > 0
    trainStep(above, createOptimizer(above, { kind: 'sgd', learningRate: 0.1 }), X, Y);
    expect(above.params[0]).toBeLessThan(0.8);
    const exact = line(0.25, 0.5); // ŷ = 1 = y
    trainStep(exact, createOptimizer(exact, { kind: 'sgd', learningRate: 0.1 }), X, Y);
    expect([...exact.params]).toEqual([0.25, 0.5]);
  });
});

describe('momentum: v ← μv + g; w ← w − ηv', () => {
  const config: OptimizerConfig = { kind: 'momentum', learningRate: 0.1, momentum: 0.9 };

  it('first step equals sgd (v starts at 0) and stores v = g', () => {
    const { wb, opt } = run(config, 1);
    expectPair(wb, [0.46, 0.18]);
    expectPair([...opt.velocity], [0.4, 0.2]);
  });

  it('second step', () => {
    // At w = 0.46, b = 0.18: ŷ = 1.1, g = (0.2, 0.1); v = (0.9·0.4 + 0.2, 0.9·0.2 + 0.1).
    expectPair(run(config, 2).wb, [0.46 - 0.1 * 0.56, 0.18 - 0.1 * 0.28]);
  });

  it('with decay the decayed gradient enters the velocity', () => {
    const { wb, opt } = run({ ...config, weightDecay: 0.2 }, 1);
    expectPair(wb, [0.5 - 0.1 * (0.4 + 0.2 * 0.5), 0.18]);
    expect(opt.velocity[0]).toBeCloseTo(0.5, 15);
  });
});

describe('nesterov: v ← μv + g; w ← w − η(g + μv)', () => {
  const config: OptimizerConfig = { kind: 'momentum', learningRate: 0.1, momentum: 0.9, nesterov: true };

  it('first step', () => expectPair(run(config, 1).wb, [0.5 - 0.1 * (0.4 + 0.9 * 0.4), 0.2 - 0.1 * (0.2 + 0.9 * 0.2)]));

  it('second step', () => {
    // At w = 0.424, b = 0.162: ŷ = 1.01, g = (0.02, 0.01); v = (0.38, 0.19).
    expectPair(run(config, 2).wb, [0.424 - 0.1 * (0.02 + 0.9 * 0.38), 0.162 - 0.1 * (0.01 + 0.9 * 0.19)]);
  });
});

describe('adam: bias-corrected moments', () => {
  const lr = 0.01;
  const eps = 1e-8;
  const config: OptimizerConfig = { kind: 'adam', learningRate: lr };

  it('first step moves each parameter by η·g/(|g| + ε) (m̂ = g, v̂ = g²)', () => {
    const { wb, opt } = run(config, 1);
    expectPair(wb, [0.5 - (lr * 0.4) / (0.4 + eps), 0.2 - (lr * 0.2) / (0.2 + eps)]);
    expect(opt.velocity[0]).toBeCloseTo(0.1 * 0.4, 15);
    expect(opt.secondMoment[0]).toBeCloseTo(0.001 * 0.16, 15);
    expect(opt.steps).toBe(1);
  });

  it('second step', () => {
    const [g1w, g1b] = [0.4, 0.2];
    const w1 = 0.5 - (lr * g1w) / (g1w + eps);
    const b1 = 0.2 - (lr * g1b) / (g1b + eps);
    const d = 2 * w1 + b1 - 1; // ∂L/∂ŷ at step 2
    const next = (p: number, g1: number, g2: number): number => {
      const m = 0.9 * 0.1 * g1 + 0.1 * g2;
      const v = 0.999 * 0.001 * g1 * g1 + 0.001 * g2 * g2;
      return p - (lr * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 * 0.999)) + eps);
    };
    const { wb, opt } = run(config, 2);
    expectPair(wb, [next(w1, g1w, 2 * d), next(b1, g1b, d)]);
    expect(opt.steps).toBe(2);
  });

  it('weight decay is added to the gradient before the moments (L2, not AdamW)', () => {
    const g = 0.4 + 0.5 * 0.5;
    expectPair(run({ ...config, weightDecay: 0.5 }, 1).wb, [
      0.5 - (lr * g) / (g + eps),
      0.2 - (lr * 0.2) / (0.2 + eps),
    ]);
  });
});

describe('optimiser configuration', () => {
  it('fills the documented defaults', () => {
    const net = line();
    expect(createOptimizer(net, { kind: 'adam', learningRate: 0.1 }).config).toEqual({
      kind: 'adam',
      learningRate: 0.1,
      momentum: 0.9,
      nesterov: false,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
      weightDecay: 0,
    });
  });

  it('a live change keeps the state of the same method and resets it for another', () => {
    const net = line();
    const opt = createOptimizer(net, { kind: 'momentum', learningRate: 0.1 });
    trainStep(net, opt, X, Y);
    const faster = reconfigureOptimizer(net, opt, { learningRate: 0.2 });
    expect(faster.config.learningRate).toBe(0.2);
    expect([...faster.velocity]).toEqual([...opt.velocity]);
    expect(faster.steps).toBe(1);
    const adam = reconfigureOptimizer(net, faster, { kind: 'adam' });
    expect([adam.steps, ...adam.velocity, ...adam.secondMoment]).toEqual([0, 0, 0, 0, 0]);
    expect(adam.config.learningRate).toBe(0.2);
  });
});
