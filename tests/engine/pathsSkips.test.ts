/**
 * The chain rule as a sum over paths with skip connections (a hop along a skip is a factor
 * of exactly 1) and with several outputs (softmax + cross-entropy, whose loss factor is
 * taken at the logits): the path sum equals backprop for every weight, the count grows
 * by one successor per skip, and truncation still keeps exactly the largest paths.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  chainRulePaths,
  computeGradients,
  type LossName,
  type Network,
  type WeightRef,
} from '../../src/engine';
import { makeBatch, makeNet, relError } from './helpers';

const close = (a: number, b: number): boolean => relError(a, b, 1e-14) < 1e-10;

interface Walked {
  units: number[];
  skips: boolean[];
  product: number;
}

/** Every path by plain recursion: along each weight of the next layer, and along its skip. */
function bruteForce(net: Network, w: WeightRef, example: number): Walked[] {
  const L = net.layers.length;
  const at = (l: number, u: number) => example * net.layers[l].nOut + u;
  const df = (l: number, u: number) =>
    l === L - 1 && net.loss.name === 'cce'
      ? 1
      : net.layers[l].activation.df(net.layers[l].z[at(l, u)], net.layers[l].fz[at(l, u)]);
  const prev = w.layer === 0 ? net.input : net.layers[w.layer - 1].a;
  const start = df(w.layer, w.to) * prev[example * net.layers[w.layer].nIn + w.from];
  const out: Walked[] = [];
  const walk = (units: number[], skips: boolean[], product: number): void => {
    const l = w.layer + units.length - 1;
    const u = units[units.length - 1];
    if (l === L - 1) {
      out.push({ units, skips, product: product * net.dOut[example * net.outputSize + u] });
      return;
    }
    const next = net.layers[l + 1];
    for (let k = 0; k < next.nOut; k++)
      walk([...units, k], [...skips, false], product * df(l + 1, k) * next.W[k * next.nIn + u]);
    if (next.skip) walk([...units, u], [...skips, true], product);
  };
  walk([w.to], [], start);
  return out;
}

function everyWeight(net: Network, visit: (w: WeightRef) => void): void {
  net.layers.forEach((layer, l) => {
    for (let to = 0; to < layer.nOut; to++) for (let from = 0; from < layer.nIn; from++) visit({ layer: l, to, from });
  });
}

const CASES: [LossName, number][] = [
  ['mse', 2],
  ['bce', 1],
  ['cce', 3],
  ['cce', 5],
];

describe.each(CASES)('path sum equals backprop with skip connections, %s loss, %i outputs', (loss, outputs) => {
  it.each(ACTIVATION_NAMES)('%s hidden layers, depths 1–6, every weight, every example', (activation) => {
    for (let hidden = 1; hidden <= 6; hidden++) {
      const net = makeNet({ activation, loss, hidden, outputs, seed: hidden, inputSize: 2, width: 2, skips: true });
      const { x, y } = makeBatch(net, 2, 70 + hidden);
      computeGradients(net, x, y);
      for (let example = 0; example < 2; example++) {
        everyWeight(net, (w) => {
          const r = chainRulePaths(net, w, { example, maxPaths: 100000 });
          let expected = 1;
          for (let l = w.layer + 1; l < net.layers.length; l++)
            expected *= net.layers[l].nOut + (net.layers[l].skip ? 1 : 0);
          expect([r.count, r.paths.length, r.truncated]).toEqual([expected, expected, false]);
          expect(close(r.pathSum, r.backprop), `${hidden} hidden ${JSON.stringify(w)}`).toBe(true);
          expect(close(r.shownSum, r.backprop)).toBe(true);
          expect(r.atLogits).toBe(loss === 'cce');
        });
      }
    }
  });
});

describe('paths along skips', () => {
  const net = makeNet({ activation: 'sigmoid', loss: 'cce', hidden: 5, width: 3, outputs: 4, seed: 8, skips: true });
  const { x, y } = makeBatch(net, 2, 12);

  it.each([1, 4, 13, 50])('maxPaths = %i returns exactly the largest paths by |product|, skips marked', (maxPaths) => {
    computeGradients(net, x, y);
    const w = { layer: 0, to: 1, from: 0 };
    const all = bruteForce(net, w, 1).sort((a, b) => Math.abs(b.product) - Math.abs(a.product));
    expect(all.length).toBe(4 * 4 * 4 * 4 * 4);
    const r = chainRulePaths(net, w, { example: 1, maxPaths });
    expect([r.count, r.truncated]).toEqual([all.length, true]);
    r.paths.forEach((p, k) => {
      expect(close(Math.abs(p.product), Math.abs(all[k].product))).toBe(true);
      const match = all.find((q) => q.units.join() === p.units.join() && q.skips.join() === p.skips.join());
      expect(match && close(match.product, p.product)).toBe(true);
    });
    expect(
      close(
        r.pathSum,
        all.reduce((s, p) => s + p.product, 0),
      ),
    ).toBe(true);
    expect(close(r.pathSum, r.backprop)).toBe(true);
  });

  it('the all-skip route reads loss, output hop, skip ×4 (each exactly 1), start — no σ′ on the way', () => {
    computeGradients(net, x, y);
    const r = chainRulePaths(net, { layer: 0, to: 2, from: 1 }, { maxPaths: 100000 });
    // Layers 1–4 have skips: the route along all four, then into each of the four outputs.
    const allSkips = r.paths.filter((p) => p.skips.slice(0, 4).every(Boolean));
    expect(allSkips.length).toBe(4);
    for (const p of allSkips) {
      expect(p.factors.map((f) => f.kind)).toEqual(['loss', 'hop', 'skip', 'skip', 'skip', 'skip', 'start']);
      expect(p.factors.filter((f) => f.kind === 'skip').map((f) => f.value)).toEqual([1, 1, 1, 1]);
      expect(p.units.slice(0, 5)).toEqual([2, 2, 2, 2, 2]);
      // With softmax + cross-entropy the loss factor is ŷ − y at the logits, and the hop into the output is its weight.
      const m = p.units[5];
      expect(p.factors[0].value).toBe(net.layers[5].a[m] - y[m]);
      expect(p.factors[1].value).toBe(net.layers[5].W[m * 3 + 2]);
    }
    // A sum over every output's paths: all four classes appear.
    expect(new Set(allSkips.map((p) => p.units[5]))).toEqual(new Set([0, 1, 2, 3]));
  });
});
