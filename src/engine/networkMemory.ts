/**
 * Where a network's arrays live. On the TypeScript path they are ordinary typed arrays. On
 * the SIMD path they are views into one WebAssembly memory per network (simd/arena.ts), laid
 * out once when the network is built: the parameters and gradients, the transposed-weights
 * scratch of the forward kernel, the update's scratch, and the per-example arrays (inputs,
 * z, a, δ …) for up to SIMD_EXAMPLES examples — the largest mini-batch the app allows.
 * A bigger batch (only the engine's API can ask for one) gets ordinary arrays, which the
 * kernels then run on in TypeScript: slower, never different.
 */
import type { ParamLayout } from './layout';
import { LIMITS } from './limits';
import type { Network } from './network';
import { align16, createArena, type Arena } from './simd/arena';
import type { SimdKernels } from './simd/load';

/** Examples the per-example regions of a SIMD network hold. */
export const SIMD_EXAMPLES = LIMITS.batchSize.max;

/** Byte offsets of one layer's per-example regions (−1: the layer has no such array). */
export interface LayerRegions {
  z: number;
  a: number;
  fz: number;
  delta: number;
  dA: number;
}

export interface MemoryRegions {
  params: number;
  grads: number;
  isWeight: number;
  /** Wᵀ of the layer being computed: the forward kernel reads consecutive units from it. */
  wt: number;
  /** The checked step's new parameters and moments (checkedStep.ts). */
  stepParams: number;
  stepVelocity: number;
  stepSecondMoment: number;
  /** Where the optimiser's moments are copied for the SIMD update (they are ordinary arrays). */
  stageVelocity: number;
  stageSecondMoment: number;
  input: number;
  layers: LayerRegions[];
}

export interface NetworkMemory {
  readonly arena: Arena;
  readonly regions: MemoryRegions;
}

/** Lays out a SIMD network's memory; null when no memory can be made (the network then takes the TypeScript path). */
export function createNetworkMemory(simd: SimdKernels, layout: ParamLayout): NetworkMemory | null {
  let end = 0;
  const doubles = (n: number) => {
    const at = end;
    end += align16(n * 8);
    return at;
  };
  const P = layout.paramCount;
  const E = SIMD_EXAMPLES;
  const maxWeights = Math.max(...layout.layers.map((l) => l.weightCount));
  const regions: MemoryRegions = {
    params: doubles(P),
    grads: doubles(P),
    isWeight: doubles(Math.ceil(P / 8)),
    wt: doubles(maxWeights),
    stepParams: doubles(P),
    stepVelocity: doubles(P),
    stepSecondMoment: doubles(P),
    stageVelocity: doubles(P),
    stageSecondMoment: doubles(P),
    input: doubles(E * layout.sizes[0]),
    layers: layout.layers.map((l) => {
      const skip = l.skip >= 0;
      const z = doubles(E * l.nOut);
      const a = doubles(E * l.nOut);
      const delta = doubles(E * l.nOut);
      return { z, a, delta, fz: skip ? doubles(E * l.nOut) : -1, dA: skip ? doubles(E * l.nOut) : -1 };
    }),
  };
  const arena = createArena(simd, end);
  return arena && { arena, regions };
}

/** `n` doubles at `offset` of the network's memory, or a fresh array without one. */
export function float64s(memory: NetworkMemory | null, offset: number, n: number): Float64Array {
  return memory ? new Float64Array(memory.arena.buffer, offset, n) : new Float64Array(n);
}

/**
 * Grows the per-example scratch to hold `count` examples (allocates only when it grows).
 * The arrays are as long on both paths; on the SIMD path they are longer views of regions
 * reserved in the network's memory.
 */
export function ensureCapacity(net: Network, count: number): void {
  if (count <= net.capacity) return;
  let cap = Math.max(count, net.capacity * 2);
  const mem = net.memory && count <= SIMD_EXAMPLES ? net.memory : null;
  if (mem) cap = Math.min(cap, SIMD_EXAMPLES);
  const r = mem?.regions;
  for (const l of net.layers) {
    const n = cap * l.nOut;
    const at = r?.layers[l.index];
    l.z = float64s(mem, at?.z ?? 0, n);
    l.a = float64s(mem, at?.a ?? 0, n);
    l.fz = l.skip ? float64s(mem, at?.fz ?? 0, n) : l.a;
    l.delta = float64s(mem, at?.delta ?? 0, n);
    if (l.skip) l.dA = float64s(mem, at?.dA ?? 0, n);
  }
  net.input = float64s(mem, r?.input ?? 0, cap * net.inputSize);
  net.target = new Float64Array(cap * net.outputSize);
  net.dOut = new Float64Array(cap * net.outputSize);
  net.exampleLoss = new Float64Array(cap);
  net.capacity = cap;
}
