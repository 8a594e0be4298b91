/**
 * The chain rule as a sum over paths: the sum equals backprop, truncation keeps exactly the
 * largest paths, and the textbook net x → O11 → {O21, O22} → O31 reads as in the lecture.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  LOSS_NAMES,
  EngineInputError,
  chainRulePaths,
  computeGradients,
  createNetwork,
  explainWeight,
  setParams,
  type Network,
  type WeightRef,
} from '../../src/engine';
import { makeBatch, makeNet, relError } from './helpers';

const close = (a: number, b: number): boolean => relError(a, b, 1e-14) < 1e-10;

/** Every path from the weight to the loss, by plain recursion over the network's state. */
function bruteForce(net: Network, w: WeightRef, example: number): { units: number[]; product: number }[] {
  const L = net.layers.length;
  const at = (l: number, u: number) => example * net.layers[l].nOut + u;
  const df = (l: number, u: number) =>
    net.layers[l].activation.df(net.layers[l].z[at(l, u)], net.layers[l].a[at(l, u)]);
  const prev = w.layer === 0 ? net.input : net.layers[w.layer - 1].a;
  const start = df(w.layer, w.to) * prev[example * net.layers[w.layer].nIn + w.from];
  const out: { units: number[]; product: number }[] = [];
  const walk = (units: number[], product: number): void => {
    const l = w.layer + units.length - 1;
    const u = units[units.length - 1];
    if (l === L - 1) {
      out.push({ units, product: product * net.dOut[example * net.outputSize + u] });
      return;
    }
    for (let k = 0; k < net.layers[l + 1].nOut; k++) {
      walk([...units, k], product * df(l + 1, k) * net.layers[l + 1].W[k * net.layers[l + 1].nIn + u]);
    }
  };
  walk([w.to], start);
  return out;
}

describe('path sum equals backprop', () => {
  it.each(ACTIVATION_NAMES)('%s hidden layers, every loss, depths 1–8, every weight', (activation) => {
    for (const loss of LOSS_NAMES) {
      for (let hidden = 1; hidden <= 8; hidden++) {
        const net = makeNet({ activation, loss, hidden, seed: hidden, outputs: loss === 'bce' ? 1 : 2 });
        const { x, y } = makeBatch(net, 3, 40 + hidden);
        const g = computeGradients(net, x, y);
        const mean = g.weights.map((w) => new Float64Array(w.length));
        for (let example = 0; example < 3; example++) {
          net.layers.forEach((layer, l) => {
            for (let to = 0; to < layer.nOut; to++) {
              for (let from = 0; from < layer.nIn; from++) {
                const r = chainRulePaths(net, { layer: l, to, from }, { example, maxPaths: 10000 });
                expect(r.truncated).toBe(false);
                expect(r.paths.length).toBe(r.count);
                expect(close(r.pathSum, r.backprop), `${loss} ${hidden} ${l}:${to}:${from}`).toBe(true);
                expect(close(r.shownSum, r.backprop)).toBe(true);
                mean[l][to * layer.nIn + from] += r.backprop / 3;
              }
            }
          });
        }
        // Per-example backprop values average to the batch gradient the API returns.
        mean.forEach((m, l) => m.forEach((v, k) => expect(v).toBeCloseTo(g.weights[l][k], 14)));
      }
    }
  });
});

describe('a saturated cross-entropy output', () => {
  it.each([
    [28, 0],
    [33, 0],
    [-36, 1],
    [-300, 1],
  ])('sums to backprop with output bias %d, target %d', (bias, target) => {
    const net = makeNet({ activation: 'tanh', loss: 'bce', hidden: 1, seed: 1 });
    net.layers[1].b[0] = bias;
    computeGradients(net, [[0.5, -0.5]], [[target]]);
    const r = chainRulePaths(net, { layer: 0, to: 0, from: 0 });
    expect(Math.abs(r.backprop)).toBeGreaterThan(1e-3);
    expect(close(r.pathSum, r.backprop)).toBe(true);
    expect(close(r.shownSum, r.backprop)).toBe(true);
  });
});

describe('truncated enumeration', () => {
  const net = createNetwork({
    inputSize: 2,
    loss: 'mse',
    seed: 11,
    init: { kind: 'xavier-normal' },
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 5, activation: 'sigmoid' },
      { units: 4, activation: 'tanh' },
      { units: 3, activation: 'leaky-relu' },
      { units: 2, activation: 'linear' },
    ],
  });
  const { x, y } = makeBatch(net, 2, 3);

  it.each([1, 5, 17, 59])('maxPaths = %i returns exactly the largest paths by |product|', (maxPaths) => {
    computeGradients(net, x, y);
    const w = { layer: 0, to: 2, from: 1 };
    const all = bruteForce(net, w, 1).sort((a, b) => Math.abs(b.product) - Math.abs(a.product));
    expect(all.length).toBe(5 * 4 * 3 * 2);
    const r = chainRulePaths(net, w, { example: 1, maxPaths });
    expect(r.count).toBe(all.length);
    expect(r.truncated).toBe(true);
    expect(r.paths.map((p) => p.units)).toEqual(all.slice(0, maxPaths).map((p) => p.units));
    r.paths.forEach((p, k) => expect(close(p.product, all[k].product)).toBe(true));
    expect(
      close(
        r.shownSum,
        r.paths.reduce((s, p) => s + p.product, 0),
      ),
    ).toBe(true);
    expect(
      close(
        r.pathSum,
        all.reduce((s, p) => s + p.product, 0),
      ),
    ).toBe(true);
    expect(close(r.pathSum, r.backprop)).toBe(true);
  });

  it('lists every path, untruncated, when maxPaths covers the count', () => {
    computeGradients(net, x, y);
    const r = chainRulePaths(net, { layer: 1, to: 0, from: 3 }, { example: 0, maxPaths: 24 });
    expect([r.count, r.paths.length, r.truncated]).toEqual([24, 24, false]);
    const products = r.paths.map((p) => Math.abs(p.product));
    expect(products).toEqual([...products].sort((a, b) => b - a));
  });

  it('an output-layer weight has a single path: loss then start', () => {
    computeGradients(net, x, y);
    const r = chainRulePaths(net, { layer: 4, to: 1, from: 2 });
    expect(r.count).toBe(1);
    expect(r.paths[0].factors.map((f) => f.kind)).toEqual(['loss', 'start']);
    expect(close(r.pathSum, r.backprop)).toBe(true);
  });

  it('refuses a weight or example that does not exist', () => {
    computeGradients(net, x, y);
    expect(() => chainRulePaths(net, { layer: 5, to: 0, from: 0 })).toThrow(EngineInputError);
    expect(() => chainRulePaths(net, { layer: 0, to: 4, from: 0 })).toThrow(/weight\.to/);
    expect(() => chainRulePaths(net, { layer: 0, to: 0, from: 2 })).toThrow(/weight\.from/);
    expect(() => chainRulePaths(net, { layer: 0, to: 0, from: 0 }, { example: 2 })).toThrow(/example/);
  });
});

describe('textbook net x → O11 → {O21, O22} → O31', () => {
  const net = createNetwork({
    inputSize: 1,
    loss: 'mse',
    seed: 1,
    layers: [
      { units: 1, activation: 'sigmoid' },
      { units: 2, activation: 'sigmoid' },
      { units: 1, activation: 'sigmoid' },
    ],
  });
  setParams(net, {
    weights: [Float64Array.of(0.5), Float64Array.of(-0.3, 0.8), Float64Array.of(0.7, -1.1)],
    biases: [Float64Array.of(0.1), Float64Array.of(0.2, -0.4), Float64Array.of(0.05)],
  });
  const x = 1.5;
  const target = 1;

  it('the first weight has exactly two paths whose products sum to ∂L/∂w', () => {
    const g = computeGradients(net, [[x]], [[target]]);
    const r = explainWeight(net, { layer: 0, to: 0, from: 0 }, [[x]], [[target]]);
    expect([r.count, r.paths.length, r.truncated]).toEqual([2, 2, false]);
    expect(close(r.paths[0].product + r.paths[1].product, g.weights[0][0])).toBe(true);
    expect(close(r.pathSum, g.weights[0][0])).toBe(true);
    expect(r.paths.map((p) => p.units).sort()).toEqual([
      [0, 0, 0],
      [0, 1, 0],
    ]);
  });

  it('factors read loss, hop, hop, start with the hand-computed local derivatives', () => {
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    const o11 = s(0.5 * x + 0.1);
    const o2 = [s(-0.3 * o11 + 0.2), s(0.8 * o11 - 0.4)];
    const o31 = s(0.7 * o2[0] - 1.1 * o2[1] + 0.05);
    const r = explainWeight(net, { layer: 0, to: 0, from: 0 }, [[x]], [[target]]);
    for (const path of r.paths) {
      const k = path.units[1];
      const expected = [
        { kind: 'loss', layer: 2, unit: 0, from: -1, value: o31 - target },
        { kind: 'hop', layer: 2, unit: 0, from: k, value: o31 * (1 - o31) * [0.7, -1.1][k] },
        { kind: 'hop', layer: 1, unit: k, from: 0, value: o2[k] * (1 - o2[k]) * [-0.3, 0.8][k] },
        { kind: 'start', layer: 0, unit: 0, from: 0, value: o11 * (1 - o11) * x },
      ];
      expect(path.factors.map((f) => f.kind)).toEqual(expected.map((f) => f.kind));
      path.factors.forEach((f, q) => {
        expect({ ...f, value: 0 }).toEqual({ ...expected[q], value: 0 });
        expect(close(f.value, expected[q].value)).toBe(true);
      });
      expect(
        close(
          path.product,
          path.factors.reduce((p, f) => p * f.value, 1),
        ),
      ).toBe(true);
    }
  });
});
