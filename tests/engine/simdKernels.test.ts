/**
 * The WebAssembly SIMD kernel path against the TypeScript reference: whole training runs give
 * the same numbers to the bit, every activation and optimiser (tanh through the same
 * algorithm on both, tests/engine/tanh.test.ts), and the path is chosen, and refused, where it
 * should be.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  createNetwork,
  createOptimizer,
  createTrainer,
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
import { firstDifference } from './helpers';

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
  it.each(ACTIVATION_NAMES)(
    'gives bit-identical weights to the TypeScript path on a %s network, every optimiser',
    (activation) => {
      for (const config of OPTIMIZERS) {
        const reference = trained(activation, config, null);
        const simd = trained(activation, config, requireSimd());
        expect(simd.kernels.path).toBe('simd');
        const at = firstDifference(simd.params, reference.params);
        expect(at, `${config.kind}: parameter ${at}, ${simd.params[at]} vs ${reference.params[at]}`).toBe(-1);
      }
    },
  );
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
