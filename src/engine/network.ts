/**
 * The network: flat typed arrays, layer-major. All weights and biases live in one
 * `params` array (and their gradients in one `grads` array) so an optimiser is a single
 * loop; each layer's W, b, dW, db are views into them. Per-example scratch (z, a, δ) is
 * stored [example][unit] for a whole mini-batch so the stepper can show any example.
 */
import { activationOf, type Activation } from './activations';
import { initWeights } from './init';
import { TYPESCRIPT_KERNELS, type Kernels } from './kernels';
import { layoutOf } from './layout';
import { LOSSES, type Loss } from './losses';
import { createNetworkMemory, ensureCapacity, float64s, type NetworkMemory } from './networkMemory';
import { createRng } from './rng';
import { createSimdKernels } from './simd/simdKernels';
import type { SimdKernels } from './simd/load';
import { validateSpec, type NetworkSpec } from './spec';

export * from './spec';
export { ensureCapacity } from './networkMemory';

export interface DenseLayer {
  /** 0-based position; the seed notation O_{l j} uses l = index + 1. */
  readonly index: number;
  readonly nIn: number;
  readonly nOut: number;
  readonly activation: Activation;
  /** Whether an identity skip connection adds the layer's input to its output: a = f(z) + a_prev. */
  readonly skip: boolean;
  /** Weights, row-major [out][in]: W[j·nIn + i] multiplies input i of unit j. */
  readonly W: Float64Array;
  /** Biases b_j, length nOut. */
  readonly b: Float64Array;
  /** ∂L/∂W, batch mean, same layout as W. */
  readonly dW: Float64Array;
  /** ∂L/∂b, batch mean, length nOut. */
  readonly db: Float64Array;
  /** Weighted sums z = W·a_prev + b, [example][unit]. */
  z: Float64Array;
  /** The layer's output a = f(z) (+ a_prev with a skip), [example][unit]: what the next layer reads. */
  a: Float64Array;
  /** f(z), [example][unit]; the very same array as `a` when the layer has no skip. */
  fz: Float64Array;
  /** δ = ∂L/∂z, [example][unit]. */
  delta: Float64Array;
  /**
   * ∂L/∂a, [example][unit], kept only with a skip (empty otherwise): the skip passes it back
   * unchanged to the layer below, whose ∂L/∂a is W_nextᵀ·δ_next plus this.
   */
  dA: Float64Array;
  /**
   * ∂L/∂s per unit, batch mean (empty without a skip): the gradient the skip connection
   * would have if its weight, fixed at 1, were learnt, Σ_s ∂L/∂a_j · a_prev_j / B. A view
   * into `Network.skipGrads`; the graph draws it as the skip's width.
   */
  dS: Float64Array;
}

export interface Network {
  /** The validated spec the network was built from. */
  readonly spec: Readonly<NetworkSpec>;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly layers: readonly DenseLayer[];
  readonly loss: Loss;
  /** Every weight and bias, layer by layer (W then b). */
  readonly params: Float64Array;
  /** ∂L/∂params, batch mean, same layout. */
  readonly grads: Float64Array;
  /** ∂L/∂s of every skip connection (see DenseLayer.dS), laid out by layoutOf(sizes, skips). */
  readonly skipGrads: Float64Array;
  /** 1 where params[k] is a weight (L2 decay applies), 0 for a bias. */
  readonly isWeight: Uint8Array;
  /** The matrix loops and the update this network runs on (kernels.ts). */
  readonly kernels: Kernels;
  /** The SIMD kernels it was built with, or null on the TypeScript path. */
  readonly simd: SimdKernels | null;
  /** Its WebAssembly memory on the SIMD path (networkMemory.ts), or null. */
  readonly memory: NetworkMemory | null;
  /** How many examples the scratch arrays hold. */
  capacity: number;
  /** Examples in the current batch. */
  batchSize: number;
  /** Current batch inputs x, [example][feature]. */
  input: Float64Array;
  /** Current batch targets y, [example][output]. */
  target: Float64Array;
  /**
   * The loss's slope per example and output (before the batch mean): ∂L/∂ŷ, or ∂L/∂z = ŷ − y
   * for softmax + cross-entropy (loss.atLogits).
   */
  dOut: Float64Array;
  /** Loss of each example in the batch. */
  exampleLoss: Float64Array;
  /** Mean loss of the current batch, set by the loss phase. */
  lossValue: number;
}

export interface NetworkOptions {
  /**
   * The SIMD kernels (loadSimdKernels) to run on, or null for the TypeScript path (the
   * default). Both give the same numbers; see kernels.ts and `simdGains`.
   */
  simd?: SimdKernels | null;
}

/** Builds a network with seeded initial weights. */
export function createNetwork(spec: NetworkSpec, options: NetworkOptions = {}): Network {
  const s = validateSpec(spec);
  const rng = createRng(s.seed);
  const layout = layoutOf(
    [s.inputSize, ...s.layers.map((l) => l.units)],
    s.layers.map((l) => l.skip === true),
  );
  const P = layout.paramCount;
  const memory = options.simd ? createNetworkMemory(options.simd, layout) : null;
  const params = float64s(memory, memory?.regions.params ?? 0, P);
  const grads = float64s(memory, memory?.regions.grads ?? 0, P);
  const isWeight = memory ? new Uint8Array(memory.arena.buffer, memory.regions.isWeight, P) : new Uint8Array(P);
  const skipGrads = new Float64Array(layout.skipCount);
  const none = new Float64Array(0);
  const layers: DenseLayer[] = layout.layers.map((slice, index) => {
    const { nIn, nOut, w, b } = slice;
    const W = params.subarray(w, w + nIn * nOut);
    isWeight.fill(1, w, w + nIn * nOut);
    initWeights(W, nIn, nOut, s.init!, rng);
    const skip = slice.skip >= 0;
    return {
      index,
      nIn,
      nOut,
      activation: activationOf(s.layers[index].activation),
      skip,
      W,
      b: params.subarray(b, b + nOut),
      dW: grads.subarray(w, w + nIn * nOut),
      db: grads.subarray(b, b + nOut),
      // Per-example arrays: made by ensureCapacity below, in whichever memory the network has.
      z: none,
      a: none,
      fz: none,
      delta: none,
      dA: none,
      dS: skip ? skipGrads.subarray(slice.skip, slice.skip + nOut) : skipGrads.subarray(0, 0),
    };
  });
  const maxWeights = Math.max(...layout.layers.map((l) => l.weightCount));
  const net: Network = {
    spec: s,
    inputSize: s.inputSize,
    outputSize: s.layers[s.layers.length - 1].units,
    layers,
    loss: LOSSES[s.loss],
    params,
    grads,
    skipGrads,
    isWeight,
    kernels: memory ? createSimdKernels(memory.arena, memory.regions, P, maxWeights) : TYPESCRIPT_KERNELS,
    simd: memory ? options.simd! : null,
    memory,
    capacity: 0,
    batchSize: 0,
    input: none,
    target: none,
    dOut: none,
    exampleLoss: none,
    lossValue: NaN,
  };
  ensureCapacity(net, 1);
  return net;
}

/** A network of the same shape, seed and kernel path (its weights as initialised, not copied). */
export function createNetworkLike(net: Network): Network {
  return createNetwork(net.spec, { simd: net.simd });
}

/** The activations feeding layer `l` (the inputs x for the first layer). */
export function layerInput(net: Network, l: number): Float64Array {
  return l === 0 ? net.input : net.layers[l - 1].a;
}

/** Number of weights and biases. */
export function parameterCount(net: Network): number {
  return net.params.length;
}
