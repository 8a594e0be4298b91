import { describe, expect, it } from 'vitest';
import { createNetwork, computeGradients, createOptimizer, trainStep } from '../../src/engine';

describe('engine smoke', () => {
  it('computes a loss and trains', () => {
    const net = createNetwork({
      inputSize: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'mse',
      seed: 1,
    });
    const g = computeGradients(net, [[0.5, -1]], [[1]]);
    expect(g.loss).toBeGreaterThan(0);
    const opt = createOptimizer(net, { kind: 'sgd', learningRate: 0.5 });
    const first = trainStep(net, opt, [[0.5, -1]], [[1]]);
    let last = first;
    for (let k = 0; k < 50; k++) last = trainStep(net, opt, [[0.5, -1]], [[1]]);
    expect(last).toBeLessThan(first);
  });
});
