/**
 * The WebAssembly SIMD kernel path against the TypeScript reference: whole training runs give
 * the same numbers (to the bit except through tanh), the SIMD tanh stays within 2 ulp of
 * Math.tanh, and the path is chosen, and refused, where it should be.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  createNetwork,
  createOptimizer,
  createTrainer,
  ensureCapacity,
  generateDataset,
  loadSimdKernels,
  simdFor,
  trainEpoch,
  type ActivationName,
  type NetworkSpec,
  type OptimizerConfig,
  type SimdKernels,
} from '../../src/engine';
import { requireSimd } from './kernelPaths';
import { sameBits, worstPathError } from './helpers';

const OPTIMIZERS: OptimizerConfig[] = [
  { kind: 'sgd', learningRate: 0.05, weightDecay: 0.001 },
  { kind: 'momentum', learningRate: 0.02, momentum: 0.9, nesterov: true },
  { kind: 'adam', learningRate: 0.01, weightDecay: 0.001 },
];

const spec = (activation: ActivationName): NetworkSpec => ({
  inputSize: 2,
  layers: [64, 33, 7].map((units) => ({ units, activation })).concat([{ units: 1, activation: 'sigmoid' }]),
  loss: 'bce',
  seed: 3,
});

/** Three epochs of the circle, mini-batches of 13 (leftover rows and lanes in every kernel). */
function trained(activation: ActivationName, config: OptimizerConfig, simd: SimdKernels | null) {
  const data = generateDataset({ kind: 'circle', count: 200, seed: 1, labels: 'zero-one' });
  const net = createNetwork(spec(activation), { simd });
  const trainer = createTrainer(net, createOptimizer(net, config), data, 13, 2);
  for (let e = 0; e < 3; e++) trainEpoch(trainer);
  return net;
}

describe('training on the SIMD path', () => {
  it.each(['relu', 'sigmoid', 'leaky-relu', 'linear'] as const)(
    'gives bit-identical weights to the TypeScript path on a %s network, every optimiser',
    (activation) => {
      for (const config of OPTIMIZERS) {
        const reference = trained(activation, config, null);
        const simd = trained(activation, config, requireSimd());
        expect(simd.kernels.path).toBe('simd');
        expect(sameBits(simd.params, reference.params), config.kind).toBe(true);
      }
    },
  );

  it('agrees to 1e-12 on a tanh network after three epochs, every optimiser', () => {
    for (const config of OPTIMIZERS) {
      const reference = trained('tanh', config, null);
      const simd = trained('tanh', config, requireSimd());
      // The weights, compared layer by layer as the gradients are (helpers.ts worstPathError).
      reference.grads.set(reference.params);
      simd.grads.set(simd.params);
      expect(worstPathError(reference, simd).err, config.kind).toBeLessThan(1e-12);
    }
  });
});

/** The spacing of doubles at v's magnitude. */
const ulp = (v: number) => 2 ** (Math.floor(Math.log2(Math.abs(v))) - 52);

describe('the SIMD tanh', () => {
  it('is within 2 ulp of Math.tanh, and exact at ±0, ±∞, NaN and tiny values', () => {
    const net = createNetwork(spec('tanh'), { simd: requireSimd() });
    ensureCapacity(net, 256);
    const { z, a } = net.layers[0];
    const special = [0, -0, Infinity, -Infinity, NaN, 1e-300, -3e-9, 22, 23, -700];
    const edges = [21.99, 0.625, -0.625, 0.6249999, 1e-8];
    z.set([...special, ...edges]);
    for (let k = special.length + edges.length; k < z.length; k++)
      z[k] = (k % 2 ? -1 : 1) * 20 * ((k * 0.618034) % 1) ** 3;
    net.kernels.activate(ACTIVATIONS.tanh, z, a, z.length);
    let worst = 0;
    for (let k = 0; k < z.length; k++) {
      const want = Math.tanh(z[k]);
      if (k < special.length) expect(Object.is(a[k], want), `tanh(${z[k]})`).toBe(true);
      else worst = Math.max(worst, Math.abs(a[k] - want) / ulp(want));
    }
    expect(worst).toBeLessThanOrEqual(2);
    expect(worst).toBeGreaterThan(0); // computed in WebAssembly, not by Math.tanh
  });
});

describe('choosing the path', () => {
  it('takes SIMD only for a network with a layer of 8 units or more', () => {
    const simd = requireSimd();
    const narrow = { layers: [{ units: 4 }, { units: 1 }] };
    expect(simdFor(narrow, simd)).toBeNull();
    expect(simdFor({ layers: [{ units: 8 }, { units: 1 }] }, simd)).toBe(simd);
    expect(simdFor({ layers: [{ units: 64 }] }, null)).toBeNull();
  });

  it('falls back to TypeScript when the module is missing or not WebAssembly', () => {
    expect(loadSimdKernels(null)).toBeNull();
    expect(loadSimdKernels(new Uint8Array(0))).toBeNull();
    expect(loadSimdKernels(new Uint8Array([1, 2, 3, 4]))).toBeNull();
    expect(createNetwork(spec('relu'), { simd: null }).kernels.path).toBe('typescript');
  });
});
