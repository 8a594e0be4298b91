/**
 * A softmax output with categorical cross-entropy over K = 2…5 classes: gradients against
 * central finite differences, stability at logits of ±500 (no NaN, exact values), and the
 * rules that pair a softmax output with this loss.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  LOSSES,
  computeGradients,
  createNetwork,
  logSumExp,
  predict,
  softmaxRows,
} from '../../src/engine';
import { batchAwayFromKinks, makeNet, numericGradient, relError } from './helpers';

const CLASSES = [2, 3, 4, 5];

describe.each(CLASSES)('softmax over %i classes with cross-entropy', (K) => {
  it('matches central differences to 1e-6 relative: every hidden activation, 0–4 hidden layers, with and without skips', () => {
    for (const activation of ACTIVATION_NAMES) {
      for (const hidden of [0, 1, 2, 4]) {
        for (const skips of [false, true]) {
          const net = makeNet({ activation, loss: 'cce', hidden, outputs: K, seed: K + hidden, skips, initScale: 0.8 });
          for (const l of net.layers) for (let j = 0; j < l.nOut; j++) l.b[j] = 0.07 * (j + 1) - 0.1;
          const { x, y } = batchAwayFromKinks(net, 5, 31 * K + hidden);
          computeGradients(net, x, y);
          const analytic = net.grads.slice();
          const { grad, skipped } = numericGradient(net, x, y);
          expect(skipped).toBe(0);
          analytic.forEach((a, k) =>
            expect(relError(a, grad[k]), `${activation}, ${hidden} hidden, skips ${skips}, param ${k}`).toBeLessThan(
              1e-6,
            ),
          );
        }
      }
    }
  });

  it('gives δ = ŷ − y at the logits, and probabilities that sum to 1', () => {
    const net = makeNet({ activation: 'tanh', loss: 'cce', hidden: 2, outputs: K, seed: 3 });
    const { x, y } = batchAwayFromKinks(net, 4, 9);
    computeGradients(net, x, y);
    const out = net.layers[net.layers.length - 1];
    for (let s = 0; s < 4; s++) {
      let sum = 0;
      for (let m = 0; m < K; m++) {
        const k = s * K + m;
        sum += out.a[k];
        expect(out.delta[k]).toBe(out.a[k] - y[k]);
      }
      expect(sum).toBeCloseTo(1, 14);
    }
  });

  it('stays finite at logits of ±500: exact loss, exact gradient, finite differences still agree', () => {
    const net = makeNet({ activation: 'tanh', loss: 'cce', hidden: 1, outputs: K, seed: 2 });
    const out = net.layers[1];
    // The true class gets −500, another +500: ŷ_true underflows to exactly 0.
    out.b.fill(0);
    out.b[0] = -500;
    out.b[1] = 500;
    const x = Float64Array.of(0.3, -0.2, -0.5, 0.9);
    const y = new Float64Array(2 * K);
    y[0] = 1; // example 0: the class at −500
    y[K + 1] = 1; // example 1: the class at +500
    const g = computeGradients(net, x, y);
    expect([...net.grads, ...out.a.subarray(0, 2 * K), ...net.exampleLoss.subarray(0, 2)].every(Number.isFinite)).toBe(
      true,
    );
    const z = out.z;
    expect(net.exampleLoss[0]).toBe(logSumExp(z, 0, K) - z[0]);
    expect(net.exampleLoss[0]).toBeGreaterThan(999);
    expect(net.exampleLoss[1]).toBe(0);
    expect(out.a[0]).toBe(0);
    expect(out.delta[0]).toBe(-1);
    expect(out.delta[1]).toBe(1);
    expect(g.loss).toBeCloseTo(net.exampleLoss[0] / 2, 10);
    const analytic = net.grads.slice();
    const { grad } = numericGradient(net, x, y);
    analytic.forEach((a, k) => expect(relError(a, grad[k]), `param ${k}`).toBeLessThan(1e-6));
  });
});

describe('softmax', () => {
  it('with two classes is the sigmoid of the difference of the logits', () => {
    const z = Float64Array.of(0.3, 1.7, -40, 2, 800, -800);
    const a = new Float64Array(6);
    softmaxRows(z, a, 3, 2);
    for (let s = 0; s < 3; s++) {
      const d = z[2 * s + 1] - z[2 * s];
      expect(a[2 * s + 1]).toBeCloseTo(1 / (1 + Math.exp(-d)), 15);
      expect(a[2 * s] + a[2 * s + 1]).toBeCloseTo(1, 15);
    }
  });

  it('predicts one probability per class for each example', () => {
    const net = makeNet({ activation: 'relu', loss: 'cce', hidden: 2, outputs: 4, seed: 6 });
    const p = predict(net, [
      [1, 2],
      [-3, 0.5],
    ]);
    expect(p.length).toBe(8);
    expect(p[0] + p[1] + p[2] + p[3]).toBeCloseTo(1, 14);
    expect(p[4] + p[5] + p[6] + p[7]).toBeCloseTo(1, 14);
  });

  it('the cross-entropy of a one-hot target is −ln ŷ of its class', () => {
    const yhat = Float64Array.of(0.2, 0.7, 0.1);
    const z = Float64Array.from(yhat, Math.log);
    expect(LOSSES.cce.value(yhat, 0, [0, 1, 0], 0, 3, z)).toBeCloseTo(-Math.log(0.7), 14);
  });

  it('is refused on a hidden layer, without cross-entropy, or over one class; cross-entropy needs it', () => {
    const make = (layers: { units: number; activation: string }[], loss: string) => () =>
      createNetwork({ inputSize: 2, layers, loss, seed: 1 } as Parameters<typeof createNetwork>[0]);
    expect(
      make(
        [
          { units: 3, activation: 'softmax' },
          { units: 3, activation: 'softmax' },
        ],
        'cce',
      ),
    ).toThrow(/layers\[0\]\.activation/);
    expect(make([{ units: 3, activation: 'softmax' }], 'mse')).toThrow(/layers\[0\]\.activation/);
    expect(make([{ units: 3, activation: 'sigmoid' }], 'cce')).toThrow(/softmax exactly when/);
    expect(make([{ units: 1, activation: 'softmax' }], 'cce')).toThrow(/layers\[0\]\.units/);
  });
});
