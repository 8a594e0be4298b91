/**
 * Backprop against central finite differences: every activation × loss × initialiser,
 * 1–8 hidden layers, several seeds, a batch of several examples, every weight and bias.
 * Every case also runs on the WebAssembly SIMD kernels, whose gradients must equal the
 * TypeScript reference's bit for bit, element by element (the issue asks for 1e-12 relative;
 * both paths do the same IEEE operations in the same order, tanh included, so they agree exactly).
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  INIT_NAMES,
  LOSS_NAMES,
  computeGradients,
  createRng,
  type ActivationName,
  type InitName,
  type LossName,
  type Network,
} from '../../src/engine';
import { batchAwayFromKinks, firstDifference, makeNet, numericGradient, relError } from './helpers';
import { requireSimd } from './kernelPaths';

const DEPTHS = [1, 2, 3, 4, 5, 6, 7, 8];
const SEEDS = [1, 2, 3];
const BATCH = 4;

/**
 * With biases at 0, a ReLU z can sit exactly on the kink, where the derivative does not
 * exist: everywhere under zero weights, and after any layer that is dead for an example
 * (z = b = 0). A seeded nudge of the biases moves them off it; the weights stay as drawn.
 */
function nudgeBiasesOffKink(net: Network, seed: number): void {
  const rng = createRng(seed);
  for (const l of net.layers) {
    for (let j = 0; j < l.nOut; j++) l.b[j] = (rng.next() < 0.5 ? -1 : 1) * rng.uniform(0.1, 0.5);
  }
}

interface Worst {
  err: number;
  where: string;
}

/** The SIMD path's gradients for the same net and batch: the reference's, every element to the bit. */
function expectSimdAgrees(
  options: Parameters<typeof makeNet>[0],
  reference: Network,
  x: Float64Array,
  y: Float64Array,
) {
  const twin = makeNet({ ...options, simd: requireSimd() });
  expect(twin.kernels.path).toBe('simd');
  twin.params.set(reference.params);
  computeGradients(twin, x, y);
  const at = firstDifference(twin.grads, reference.grads);
  expect(at, `SIMD vs TypeScript at parameter ${at}: ${twin.grads[at]} vs ${reference.grads[at]}`).toBe(-1);
}

function check(activation: ActivationName, loss: LossName, init: InitName, outputs: number): Worst {
  let worst: Worst = { err: 0, where: 'nowhere' };
  for (const hidden of DEPTHS) {
    for (const seed of SEEDS) {
      const options = { activation, loss, init, hidden, seed, outputs };
      const net = makeNet(options);
      if (activation === 'relu' || activation === 'leaky-relu') nudgeBiasesOffKink(net, seed);
      const { x, y } = batchAwayFromKinks(net, BATCH, 100 + seed);
      const g = computeGradients(net, x, y);
      expectSimdAgrees(options, net, x, y);
      // The returned copies are the per-layer views of net.grads (W then b per layer).
      expect(Float64Array.from(g.weights.flatMap((w, l) => [...w, ...g.biases[l]]))).toEqual(net.grads);
      const analytic = net.grads.slice();
      const numeric = numericGradient(net, x, y);
      expect(numeric.skipped, `${hidden} hidden, seed ${seed}: skipped parameters`).toBe(0);
      for (let k = 0; k < analytic.length; k++) {
        const err = relError(analytic[k], numeric.grad[k]);
        if (err > worst.err) {
          const kind = net.isWeight[k] ? 'weight' : 'bias';
          worst = { err, where: `${hidden} hidden, seed ${seed}, ${kind} ${k}: ${analytic[k]} vs ${numeric.grad[k]}` };
        }
      }
    }
  }
  return worst;
}

describe.each(ACTIVATION_NAMES)('∂L/∂w of a %s network', (activation) => {
  describe.each(LOSS_NAMES)('with %s loss', (loss) => {
    it.each(INIT_NAMES)('matches central differences to 1e-6 relative, %s init, depths 1–8', (init) => {
      // mse: two outputs with the activation under test; bce: a sigmoid output; cce: a softmax over 3.
      const worst = check(activation, loss, init, loss === 'mse' ? 2 : loss === 'cce' ? 3 : 1);
      expect(worst.err, worst.where).toBeLessThan(1e-6);
    });
  });
});

describe('gradient checks, further shapes', () => {
  it('bce with several sigmoid outputs', () => {
    for (const activation of ACTIVATION_NAMES) {
      const worst = check(activation, 'bce', 'xavier-normal', 3);
      expect(worst.err, `${activation}: ${worst.where}`).toBeLessThan(1e-6);
    }
  });

  it('a wider net with more inputs and a single example', () => {
    const options = {
      activation: 'tanh',
      loss: 'mse',
      hidden: 3,
      width: 7,
      inputSize: 5,
      outputs: 4,
      seed: 9,
    } as const;
    const net = makeNet(options);
    const { x, y } = batchAwayFromKinks(net, 1, 5);
    computeGradients(net, x, y);
    expectSimdAgrees(options, net, x, y);
    const analytic = net.grads.slice();
    const { grad } = numericGradient(net, x, y);
    analytic.forEach((a, k) => expect(relError(a, grad[k])).toBeLessThan(1e-6));
  });

  it('the batch gradient is the mean of the per-example gradients', () => {
    const net = makeNet({ activation: 'sigmoid', loss: 'bce', hidden: 2, seed: 4 });
    const { x, y } = batchAwayFromKinks(net, 3, 8);
    const batch = computeGradients(net, x, y);
    const mean = new Float64Array(net.grads.length);
    let meanLoss = 0;
    for (let s = 0; s < 3; s++) {
      const one = computeGradients(net, x.subarray(s * 2, s * 2 + 2), y.subarray(s, s + 1));
      meanLoss += one.loss / 3;
      net.grads.forEach((v, k) => (mean[k] += v / 3));
    }
    expect(batch.loss).toBeCloseTo(meanLoss, 14);
    const again = computeGradients(net, x, y);
    again.weights.flatMap((w, l) => [...w, ...again.biases[l]]).forEach((v, k) => expect(v).toBeCloseTo(mean[k], 14));
  });

  // Wide layers take the SIMD kernels' vector loops (the narrow nets above mostly their leftovers).
  it.each(ACTIVATION_NAMES)('a wide %s net (5 → 64 → 64 → 3, batch 7) on both paths', (activation) => {
    for (const loss of LOSS_NAMES) {
      const layers = { hidden: 2, width: 64, inputSize: 5, outputs: 3, seed: 5 };
      const options = { activation, loss, ...layers } as const;
      const net = makeNet(options);
      if (activation === 'relu' || activation === 'leaky-relu') nudgeBiasesOffKink(net, 5);
      const { x, y } = batchAwayFromKinks(net, 7, 11);
      computeGradients(net, x, y);
      expectSimdAgrees(options, net, x, y);
    }
  });

  it('zero weights leave every unit of a layer with the same gradient (symmetry)', () => {
    const net = makeNet({ activation: 'tanh', loss: 'mse', hidden: 3, width: 4, init: 'zeros', seed: 2 });
    const { x, y } = batchAwayFromKinks(net, 4, 3);
    const g = computeGradients(net, x, y);
    for (let l = 0; l < net.layers.length - 1; l++) {
      const { nIn, nOut } = net.layers[l];
      for (let j = 1; j < nOut; j++) {
        expect(g.weights[l].subarray(j * nIn, j * nIn + nIn)).toEqual(g.weights[l].subarray(0, nIn));
      }
    }
  });
});
