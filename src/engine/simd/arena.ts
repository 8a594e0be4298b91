/**
 * A network's own WebAssembly memory with the kernels instantiated on it. The network's
 * arrays are views into it, so a kernel call passes byte offsets and copies nothing. Its
 * size is fixed when the network is built: growing a WebAssembly memory would detach every
 * view, so the network reserves all it needs up front (see networkMemory.ts). Pages that are
 * never written cost address space, not memory.
 */
import type { SimdExports, SimdKernels } from './load';

const PAGE = 65536;

export interface Arena {
  readonly buffer: ArrayBuffer;
  readonly exports: SimdExports;
}

/** Byte counts rounded up to 16, so every array starts where a 128-bit load is aligned. */
export function align16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}

/** A memory of at least `bytes` bytes with the kernels on it, or null if the browser will not make one. */
export function createArena(simd: SimdKernels, bytes: number): Arena | null {
  const pages = Math.max(1, Math.ceil(bytes / PAGE));
  try {
    const memory = new simd.api.Memory({ initial: pages, maximum: pages });
    const instance = new simd.api.Instance(simd.module, { env: { memory } });
    return { buffer: memory.buffer, exports: instance.exports as SimdExports };
  } catch {
    return null;
  }
}

/** Whether `a` is a view into this arena's memory (then a kernel can work on it in place). */
export function inArena(arena: Arena, a: { readonly buffer: ArrayBufferLike }): boolean {
  return a.buffer === arena.buffer;
}
