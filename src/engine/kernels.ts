/**
 * The three matrix loops of a training step and the optimiser's update: the work a step
 * spends its time in. Every network runs them through its `kernels`, one of two paths:
 * - `typescript`, here: the readable reference, and the fallback wherever WebAssembly SIMD
 *   is unavailable. The matrix loops are blocked for speed: each output sum is kept in a
 *   register and several run side by side (two examples × four units, or two units × four
 *   inputs), so the CPU overlaps their additions and each array load feeds several of them
 *   (1.5× to 2.3× faster than one sum at a time).
 * - `simd` (./simd/): the same loops in WebAssembly with 128-bit SIMD, on arrays that live
 *   in the network's own WebAssembly memory, and tanh computed there too.
 * Both paths, blocked or not, only interleave independent sums: every sum adds its terms in
 * the textbook order (and skips the same zero terms), so the matrix loops and the update give
 * bit-identical numbers on every path — the plain loops kept beside the blocked ones handle
 * the leftover rows and columns. tanh too: the SIMD path computes it with its own vector
 * function (assembly/tanh.ts) and the TypeScript path with a scalar port of it that does the
 * same operations in the same order (./tanh.ts, not Math.tanh), so a tanh network's every
 * value agrees to the bit as well; the other activations are the same TypeScript on both.
 * Layout as in network.ts: W[j·nIn + i], per-example arrays [example][unit].
 */
import { backpropSums } from './kernels/backpropSums';
import { batchGradients } from './kernels/batchGradients';
import { weightedSums } from './kernels/weightedSums';
import type { Activation } from './activations';
import type { Network } from './network';
import { updateReference, type Optimizer, type UpdateTarget } from './optimizers';

export { weightedSums, backpropSums, batchGradients };

export const KERNEL_PATHS = ['typescript', 'simd'] as const;
export type KernelPath = (typeof KERNEL_PATHS)[number];

export interface Kernels {
  readonly path: KernelPath;
  /** z[s][j] = b_j + Σ_i W_ji · x[s][i]. */
  weightedSums(
    W: Float64Array,
    b: Float64Array,
    x: Float64Array,
    z: Float64Array,
    nIn: number,
    nOut: number,
    B: number,
  ): void;
  /** g[s][j] = Σ_k W_kj · δn[s][k], skipping δn = 0 (W and δn of the next layer). */
  backpropSums(W: Float64Array, dn: Float64Array, g: Float64Array, nOut: number, nNext: number, B: number): void;
  /** dW_ji = Σ_s δ[s][j] · x[s][i] / B and db_j = Σ_s δ[s][j] / B, skipping δ = 0. */
  batchGradients(
    delta: Float64Array,
    x: Float64Array,
    dW: Float64Array,
    db: Float64Array,
    nIn: number,
    nOut: number,
    B: number,
  ): void;
  /** a[k] = f(z[k]) for k < n (activation.applyRange). */
  activate(activation: Activation, z: Float64Array, a: Float64Array, n: number): void;
  /** The optimiser's update into `out` (see optimizers.ts `updateInto`); 0 when all finite, else NaN. */
  update(net: Network, opt: Optimizer, out: UpdateTarget, step: number): number;
}

/** The TypeScript reference path. */
export const TYPESCRIPT_KERNELS: Kernels = {
  path: 'typescript',
  weightedSums,
  backpropSums,
  batchGradients,
  activate: (activation, z, a, n) => activation.applyRange(z, a, 0, n),
  update: updateReference,
};
