/**
 * Backprop Lab engine: the public API. Pure TypeScript (no DOM, no timers, no
 * global random source), deterministic for a given seed; runs the same in Node, a worker or a test.
 *
 * ```ts
 * const net = createNetwork({ inputSize: 2, layers: [{ units: 8, activation: 'tanh' },
 *   { units: 1, activation: 'tanh' }], loss: 'mse', init: { kind: 'xavier-uniform' }, seed: 1 });
 * const g = computeGradients(net, [[0.5, -1]], [[1]]); // { loss, weights, biases }
 * const opt = createOptimizer(net, { kind: 'adam', learningRate: 0.01 });
 * trainStep(net, opt, [[0.5, -1]], [[1]]);
 * ```
 * Layout: weights per layer are row-major [out][in] (W[j·nIn + i] is the weight from
 * input i into unit j); biases per layer have one entry per unit. Losses are per example
 * (½(ŷ−y)² or cross-entropy) and averaged over the batch; gradients are batch means.
 */
import { computeGradients, type Examples } from './api';
import type { Network } from './network';
import { chainRulePaths, type PathReport, type WeightRef } from './paths';

export * from './activations';
export * from './softmax';
export * from './losses';
export * from './init';
export * from './errors';
export * from './rng';
export * from './network';
export { KERNEL_PATHS, TYPESCRIPT_KERNELS, type KernelPath, type Kernels } from './kernels';
export { SIMD_EXAMPLES } from './networkMemory';
export * from './simd/load';
export * from './passes';
export * from './optimizers';
export * from './datasets';
export * from './api';
export * from './trainer';
export * from './checkedStep';
export * from './stats';
export * from './stepper';
export * from './paths';
export * from './layout';
export * from './limits';

/**
 * Runs one example forward and backward, then lists the chain-rule paths of weight `w`
 * (overwrites the network's batch scratch, not its weights).
 */
export function explainWeight(
  net: Network,
  w: WeightRef,
  input: Examples,
  target: Examples,
  maxPaths = 64,
): PathReport {
  computeGradients(net, input, target);
  return chainRulePaths(net, w, { example: 0, maxPaths });
}
