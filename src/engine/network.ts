/**
 * The network: flat typed arrays, layer-major. All weights and biases live in one
 * `params` array (and their gradients in one `grads` array) so an optimiser is a single
 * loop; each layer's W, b, dW, db are views into them. Per-example scratch (z, a, δ) is
 * stored [example][unit] for a whole mini-batch so the stepper can show any example.
 */
import {
  ACTIVATION_NAMES,
  OUTPUT_ACTIVATION_NAMES,
  activationOf,
  type Activation,
  type ActivationName,
  type OutputActivationName,
} from './activations';
import { EngineInputError, requireFinite, requireInteger, requireOneOf } from './errors';
import { INIT_NAMES, initWeights, type InitSpec } from './init';
import { layoutOf } from './layout';
import { LIMITS } from './limits';
import { LOSSES, LOSS_NAMES, type Loss, type LossName } from './losses';
import { createRng } from './rng';

/** A hidden layer. */
export interface LayerSpec {
  units: number;
  activation: ActivationName;
  /**
   * An identity skip (residual) connection around this layer: a = f(z) + a_prev, which
   * needs as many units as the layer below (or inputs). Default false.
   */
  skip?: boolean;
}

/** A layer of a network spec: hidden layers as above; the output may also be a softmax. */
export interface NetworkLayerSpec {
  units: number;
  activation: OutputActivationName;
  skip?: boolean;
}

export interface NetworkSpec {
  /** Number of input features x_i. */
  inputSize: number;
  /** Hidden layers then the output layer (the last entry). */
  layers: NetworkLayerSpec[];
  loss: LossName;
  init?: InitSpec;
  /** Seed of the initial weights. */
  seed: number;
}

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

/** Checks a spec and returns a normalised copy; throws EngineInputError naming the field. */
export function validateSpec(spec: NetworkSpec): NetworkSpec {
  if (spec === null || typeof spec !== 'object') throw new EngineInputError('spec', 'an object', spec);
  const inputSize = requireInteger('inputSize', spec.inputSize, LIMITS.inputSize.min, LIMITS.inputSize.max);
  // The output layer comes on top of the hidden ones.
  const minLayers = LIMITS.hiddenLayers.min + 1;
  const maxLayers = LIMITS.hiddenLayers.max + 1;
  if (!Array.isArray(spec.layers) || spec.layers.length < minLayers || spec.layers.length > maxLayers) {
    throw new EngineInputError(
      'layers',
      `a list of ${minLayers} to ${maxLayers} layers (hidden, then the output)`,
      spec.layers,
    );
  }
  const last = spec.layers.length - 1;
  const layers = spec.layers.map((l, k) => ({
    units: requireInteger(`layers[${k}].units`, l?.units, LIMITS.units.min, LIMITS.units.max),
    activation: requireOneOf(
      `layers[${k}].activation`,
      l?.activation,
      k === last ? OUTPUT_ACTIVATION_NAMES : ACTIVATION_NAMES,
    ),
    ...(l?.skip === true ? { skip: true } : {}),
  }));
  layers.forEach((l, k) => {
    const below = k === 0 ? inputSize : layers[k - 1].units;
    if (l.skip === true && (k === last || l.units !== below)) {
      const why =
        k === last ? 'false on the output layer' : `false unless the layer has ${below} units, like its input`;
      throw new EngineInputError(`layers[${k}].skip`, why, true);
    }
  });
  const loss = requireOneOf('loss', spec.loss, LOSS_NAMES);
  checkOutput(loss, layers[last], `layers[${last}]`);
  const init = spec.init ?? { kind: 'xavier-uniform' };
  const kind = requireOneOf('init.kind', init.kind, INIT_NAMES);
  const scale = requireFinite('init.scale', init.scale ?? 1, LIMITS.initScale.min, LIMITS.initScale.max);
  const seed = requireFinite('seed', spec.seed, -(2 ** 53), 2 ** 53);
  return { inputSize, layers, loss, init: { kind, scale }, seed };
}

/** The output layer must fit the loss: BCE on a sigmoid, categorical CE on a softmax of ≥ 2 units. */
function checkOutput(loss: LossName, out: { units: number; activation: OutputActivationName }, field: string): void {
  if (loss === 'bce' && out.activation !== 'sigmoid') {
    throw new EngineInputError(`${field}.activation`, 'sigmoid when the loss is binary cross-entropy', out.activation);
  }
  if ((loss === 'cce') !== (out.activation === 'softmax')) {
    throw new EngineInputError(
      `${field}.activation`,
      'softmax exactly when the loss is categorical cross-entropy (cce)',
      `${out.activation} with ${loss}`,
    );
  }
  if (out.activation === 'softmax' && out.units < 2) {
    throw new EngineInputError(`${field}.units`, 'at least 2 classes for a softmax output', out.units);
  }
}

/** Builds a network with seeded initial weights. */
export function createNetwork(spec: NetworkSpec): Network {
  const s = validateSpec(spec);
  const rng = createRng(s.seed);
  const layout = layoutOf(
    [s.inputSize, ...s.layers.map((l) => l.units)],
    s.layers.map((l) => l.skip === true),
  );
  const params = new Float64Array(layout.paramCount);
  const grads = new Float64Array(layout.paramCount);
  const skipGrads = new Float64Array(layout.skipCount);
  const isWeight = new Uint8Array(layout.paramCount);
  const layers: DenseLayer[] = layout.layers.map((slice, index) => {
    const { nIn, nOut, w, b } = slice;
    const W = params.subarray(w, w + nIn * nOut);
    isWeight.fill(1, w, w + nIn * nOut);
    initWeights(W, nIn, nOut, s.init!, rng);
    const skip = slice.skip >= 0;
    const a = new Float64Array(nOut);
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
      z: new Float64Array(nOut),
      a,
      fz: skip ? new Float64Array(nOut) : a,
      delta: new Float64Array(nOut),
      dA: new Float64Array(skip ? nOut : 0),
      dS: skip ? skipGrads.subarray(slice.skip, slice.skip + nOut) : skipGrads.subarray(0, 0),
    };
  });
  const outputSize = s.layers[s.layers.length - 1].units;
  return {
    spec: s,
    inputSize: s.inputSize,
    outputSize,
    layers,
    loss: LOSSES[s.loss],
    params,
    grads,
    skipGrads,
    isWeight,
    capacity: 1,
    batchSize: 0,
    input: new Float64Array(s.inputSize),
    target: new Float64Array(outputSize),
    dOut: new Float64Array(outputSize),
    exampleLoss: new Float64Array(1),
    lossValue: NaN,
  };
}

/** Grows the per-example scratch to hold `count` examples (allocates only when it grows). */
export function ensureCapacity(net: Network, count: number): void {
  if (count <= net.capacity) return;
  const cap = Math.max(count, net.capacity * 2);
  for (const l of net.layers) {
    l.z = new Float64Array(cap * l.nOut);
    l.a = new Float64Array(cap * l.nOut);
    l.fz = l.skip ? new Float64Array(cap * l.nOut) : l.a;
    l.delta = new Float64Array(cap * l.nOut);
    if (l.skip) l.dA = new Float64Array(cap * l.nOut);
  }
  net.input = new Float64Array(cap * net.inputSize);
  net.target = new Float64Array(cap * net.outputSize);
  net.dOut = new Float64Array(cap * net.outputSize);
  net.exampleLoss = new Float64Array(cap);
  net.capacity = cap;
}

/** The activations feeding layer `l` (the inputs x for the first layer). */
export function layerInput(net: Network, l: number): Float64Array {
  return l === 0 ? net.input : net.layers[l - 1].a;
}

/** Number of weights and biases. */
export function parameterCount(net: Network): number {
  return net.params.length;
}
