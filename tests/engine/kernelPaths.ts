/**
 * The two kernel paths the engine tests run on: the TypeScript reference (no SIMD kernels)
 * and WebAssembly SIMD (the module built from assembly/, as the worker bundles it). Node has
 * WebAssembly SIMD, so a null SIMD here is a broken build, not a fallback: the tests say so.
 */
import simdBytes from 'virtual:simd-kernels';
import { loadSimdKernels, type KernelPath, type SimdKernels } from '../../src/engine';

export const SIMD: SimdKernels | null = loadSimdKernels(simdBytes);

/** [path, the kernels to build a network with] for describe.each. */
export const KERNEL_CHOICES: readonly (readonly [KernelPath, SimdKernels | null])[] = [
  ['typescript', null],
  ['simd', SIMD],
];

/** The SIMD kernels, failing the test that needs them when the module did not load. */
export function requireSimd(): SimdKernels {
  if (!SIMD) throw new Error('the WebAssembly SIMD kernels did not load (virtual:simd-kernels)');
  return SIMD;
}
