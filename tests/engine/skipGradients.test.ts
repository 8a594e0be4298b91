/**
 * Backprop through skip (residual) connections, a = f(z) + a_prev, against central finite
 * differences: every activation, depths 1–10, every loss, every weight and bias; and the
 * skip's own gradient ∂L/∂s (as if its weight, fixed at 1, were learnt) against an
 * independent forward pass written out here.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  ACTIVATION_NAMES,
  LOSS_NAMES,
  computeGradients,
  createNetwork,
  type ActivationName,
  type LossName,
  type Network,
} from '../../src/engine';
import { batchAwayFromKinks, makeNet, numericGradient, relError } from './helpers';

const DEPTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function worstError(activation: ActivationName, loss: LossName, inputSize: number): { err: number; where: string } {
  let worst = { err: 0, where: 'nowhere' };
  for (const hidden of DEPTHS) {
    for (const seed of [1, 2]) {
      // Residual branches start small, as in practice: with each layer adding f(z) to its
      // input, a linear stack's values grow like ‖I + W‖^depth and a sigmoid output saturates.
      const net = makeNet({ activation, loss, hidden, seed, inputSize, skips: true, initScale: 0.5 });
      for (const l of net.layers) for (let j = 0; j < l.nOut; j++) l.b[j] = 0.1 * (((j + seed) % 3) - 1) + 0.05;
      const { x, y } = batchAwayFromKinks(net, 4, 200 + seed);
      computeGradients(net, x, y);
      const analytic = net.grads.slice();
      const numeric = numericGradient(net, x, y);
      expect(numeric.skipped, `${hidden} hidden, seed ${seed}`).toBe(0);
      analytic.forEach((a, k) => {
        const err = relError(a, numeric.grad[k]);
        if (err > worst.err)
          worst = { err, where: `${hidden} hidden, seed ${seed}, param ${k}: ${a} vs ${numeric.grad[k]}` };
      });
    }
  }
  return worst;
}

describe.each(ACTIVATION_NAMES)('∂L/∂w of a %s network with skip connections', (activation) => {
  it.each(LOSS_NAMES)('matches central differences to 1e-6 relative with %s loss, depths 1–10', (loss) => {
    // Three inputs into layers of 3: every hidden layer, the first included, has a skip.
    const every = worstError(activation, loss, 3);
    expect(every.err, every.where).toBeLessThan(1e-6);
    // Two inputs: the first layer (2 → 3) cannot have one, the others do.
    const most = worstError(activation, loss, 2);
    expect(most.err, most.where).toBeLessThan(1e-6);
  });
});

describe('skip connections', () => {
  it('are where the spec puts them, and a layer with one adds its input to f(z)', () => {
    const net = makeNet({ activation: 'tanh', loss: 'mse', hidden: 3, inputSize: 2, skips: true });
    expect(net.layers.map((l) => l.skip)).toEqual([false, true, true, false]);
    computeGradients(net, [[0.3, -0.7]], [[0.2]]);
    for (const l of [1, 2]) {
      const layer = net.layers[l];
      for (let j = 0; j < layer.nOut; j++) {
        expect(layer.fz[j]).toBe(ACTIVATIONS.tanh.f(layer.z[j]));
        expect(layer.a[j]).toBe(layer.fz[j] + net.layers[l - 1].a[j]);
      }
    }
    // Without a skip, f(z) and the output are one array.
    expect(net.layers[0].fz).toBe(net.layers[0].a);
  });

  it('give a deep sigmoid net a first-layer gradient thousands of times larger', () => {
    const deep = (skips: boolean) =>
      makeNet({ activation: 'sigmoid', loss: 'bce', hidden: 10, width: 8, skips, init: 'xavier-uniform', seed: 3 });
    const x = Float64Array.from({ length: 20 }, (_, k) => Math.sin(k) * 4);
    const y = Float64Array.from({ length: 10 }, (_, k) => k % 2);
    const firstLayer = (net: Network) => {
      computeGradients(net, x, y);
      return net.layers[0].dW.reduce((s, g) => s + Math.abs(g), 0) / net.layers[0].dW.length;
    };
    expect(firstLayer(deep(true)) / firstLayer(deep(false))).toBeGreaterThan(1000);
  });

  it('each skip has the gradient ∂L/∂s its weight would have, fixed at 1 (finite differences)', () => {
    const net = makeNet({ activation: 'sigmoid', loss: 'cce', hidden: 4, inputSize: 3, skips: true, seed: 5 });
    const x = Float64Array.of(0.5, -1, 0.25, -0.3, 0.8, 0.1);
    const y = Float64Array.of(0, 1, 0, 1, 0, 0);
    computeGradients(net, x, y);
    expect(net.skipGrads.length).toBe(4 * 3);
    const h = 1e-4;
    net.layers.forEach((layer, l) => {
      for (let j = 0; j < layer.dS.length; j++) {
        const at = (s: number) => referenceLoss(net, x, y, l, j, s);
        const numeric = (8 * (at(1 + h / 2) - at(1 - h / 2)) - (at(1 + h) - at(1 - h))) / (6 * h);
        expect(relError(layer.dS[j], numeric), `layer ${l} unit ${j}`).toBeLessThan(1e-6);
      }
    });
  });

  it('are refused around a layer of another width, and on the output', () => {
    const layers = [
      { units: 3, activation: 'tanh' as const, skip: true },
      { units: 1, activation: 'tanh' as const },
    ];
    expect(() => createNetwork({ inputSize: 2, layers, loss: 'mse', seed: 1 })).toThrow(/layers\[0\]\.skip/);
    const onOutput = [
      { units: 2, activation: 'tanh' as const },
      { units: 2, activation: 'tanh' as const, skip: true },
    ];
    expect(() => createNetwork({ inputSize: 2, layers: onOutput, loss: 'mse', seed: 1 })).toThrow(/layers\[1\]\.skip/);
  });
});

/**
 * The mean batch loss of a tanh/sigmoid/… net with skips, written out plainly from its
 * parameters, with the skip into unit j of layer `sl` scaled by `s` (1 is the network itself).
 */
function referenceLoss(net: Network, x: Float64Array, y: Float64Array, sl: number, sj: number, s: number): number {
  const count = x.length / net.inputSize;
  let total = 0;
  for (let e = 0; e < count; e++) {
    let prev = Array.from(x.subarray(e * net.inputSize, (e + 1) * net.inputSize));
    let z: number[] = [];
    net.layers.forEach((layer, l) => {
      z = Array.from({ length: layer.nOut }, (_, j) => {
        let sum = layer.b[j];
        for (let i = 0; i < layer.nIn; i++) sum += layer.W[j * layer.nIn + i] * prev[i];
        return sum;
      });
      if (l === net.layers.length - 1) return;
      prev = z.map((v, j) => layer.activation.f(v) + (layer.skip ? (l === sl && j === sj ? s : 1) * prev[j] : 0));
    });
    const max = Math.max(...z);
    const lse = max + Math.log(z.reduce((acc, v) => acc + Math.exp(v - max), 0));
    z.forEach((v, m) => (total += y[e * z.length + m] * (lse - v)));
  }
  return total / count;
}
