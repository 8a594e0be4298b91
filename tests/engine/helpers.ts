/**
 * Shared helpers for the engine tests: seeded networks and batches, the loss as a plain
 * function of the parameters, and a central finite-difference gradient.
 */
import {
  computeLoss,
  createNetwork,
  createRng,
  forward,
  loadBatch,
  type ActivationName,
  type InitName,
  type LossName,
  type Network,
  type NetworkLayerSpec,
  type OutputActivationName,
  type SimdKernels,
} from '../../src/engine';

export interface NetOptions {
  activation: ActivationName;
  loss: LossName;
  hidden: number;
  init?: InitName;
  seed?: number;
  inputSize?: number;
  width?: number;
  outputs?: number;
  /** A skip connection around every hidden layer whose widths allow it. */
  skips?: boolean;
  /** Multiplier of the initialiser's spread (default 1). */
  initScale?: number;
  /** The SIMD kernels to run on (kernelPaths.ts), or null/absent for the TypeScript path. */
  simd?: SimdKernels | null;
}

/** The output activation each loss needs: sigmoid for bce, softmax for cce, the one under test for mse. */
function outputFor(loss: LossName, activation: ActivationName): OutputActivationName {
  return loss === 'bce' ? 'sigmoid' : loss === 'cce' ? 'softmax' : activation;
}

/**
 * A net of `hidden` hidden layers (with a skip around each when `skips`, from the second on:
 * the first maps the inputs to `width`); outputs as outputFor, at least 2 for a softmax.
 */
export function makeNet(o: NetOptions): Network {
  const width = o.width ?? 3;
  const layers: NetworkLayerSpec[] = Array.from({ length: o.hidden }, (_, k) => ({
    units: width,
    activation: o.activation,
    ...(o.skips && (k > 0 || width === (o.inputSize ?? 2)) ? { skip: true } : {}),
  }));
  const outputs = o.outputs ?? (o.loss === 'cce' ? 3 : 1);
  layers.push({ units: outputs, activation: outputFor(o.loss, o.activation) });
  return createNetwork(
    {
      inputSize: o.inputSize ?? 2,
      layers,
      loss: o.loss,
      init: { kind: o.init ?? 'xavier-uniform', scale: o.initScale ?? 1 },
      seed: o.seed ?? 1,
    },
    { simd: o.simd ?? null },
  );
}

/**
 * `count` seeded examples: inputs in [−1, 1]; targets in [0, 1] (valid for bce and mse), or
 * one-hot rows of a seeded class for a categorical cross-entropy net.
 */
export function makeBatch(net: Network, count: number, seed: number): { x: Float64Array; y: Float64Array } {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: count * net.inputSize }, () => rng.uniform(-1, 1));
  const ny = net.outputSize;
  if (net.loss.name !== 'cce') return { x, y: Float64Array.from({ length: count * ny }, () => rng.next()) };
  const y = new Float64Array(count * ny);
  for (let s = 0; s < count; s++) y[s * ny + Math.min(ny - 1, Math.floor(rng.next() * ny))] = 1;
  return { x, y };
}

/** Mean batch loss at the network's current parameters (forward only). */
export function lossAt(net: Network, x: Float64Array, y: Float64Array): number {
  loadBatch(net, x, y, null, 0, x.length / net.inputSize);
  forward(net);
  return computeLoss(net);
}

const KINKED: readonly OutputActivationName[] = ['relu', 'leaky-relu'];

/** Sign of every z in layers whose activation has a kink at 0 (empty for smooth nets). */
export function kinkSigns(net: Network): string {
  const signs: number[] = [];
  for (const l of net.layers) {
    if (!KINKED.includes(l.activation.name)) continue;
    for (let k = 0; k < net.batchSize * l.nOut; k++) signs.push(Math.sign(l.z[k]));
  }
  return signs.join();
}

/** Smallest |z| over the kinked layers at the current parameters (Infinity if none). */
export function kinkMargin(net: Network, x: Float64Array, y: Float64Array): number {
  lossAt(net, x, y);
  let margin = Infinity;
  for (const l of net.layers) {
    if (!KINKED.includes(l.activation.name)) continue;
    for (let k = 0; k < net.batchSize * l.nOut; k++) margin = Math.min(margin, Math.abs(l.z[k]));
  }
  return margin;
}

/**
 * A batch whose every ReLU z is at least `margin` from the kink at 0, where f' jumps and
 * a difference quotient straddling it means nothing: re-seeds the inputs until one is.
 */
export function batchAwayFromKinks(
  net: Network,
  count: number,
  seed: number,
  margin = 1e-3,
): { x: Float64Array; y: Float64Array } {
  for (let attempt = 0; attempt < 200; attempt++) {
    const batch = makeBatch(net, count, seed + 7919 * attempt);
    if (kinkMargin(net, batch.x, batch.y) >= margin) return batch;
  }
  throw new Error('no batch keeps every ReLU z away from 0');
}

export interface NumericGradient {
  /** ∂L/∂params by Richardson-extrapolated central differences; NaN where skipped. */
  grad: Float64Array;
  /** Parameters skipped because every step size tried moved some z across a ReLU kink. */
  skipped: number;
}

/**
 * Central differences D(h) = (L(w+h) − L(w−h)) / 2h, extrapolated as (4D(h/2) − D(h)) / 3 so
 * the truncation error is O(h⁴) and h can be large (2e-3) against float64 round-off, which
 * grows like ε·L/h (measured: h = 2e-3 gives ~5× headroom under 1e-6 across the suite;
 * 1e-3 only 2.5×, 1e-2 lets tanh's truncation error through). If a step moves any ReLU z
 * across 0, where f' jumps, smaller steps are tried, then the parameter is skipped.
 */
export function numericGradient(net: Network, x: Float64Array, y: Float64Array): NumericGradient {
  const p = net.params;
  const grad = new Float64Array(p.length);
  lossAt(net, x, y);
  const base = kinkSigns(net);
  let skipped = 0;
  const at = (k: number, w: number, d: number): number | null => {
    p[k] = w + d;
    const L = lossAt(net, x, y);
    p[k] = w;
    return kinkSigns(net) === base ? L : null;
  };
  for (let k = 0; k < p.length; k++) {
    const w = p[k];
    grad[k] = NaN;
    for (const h of [2e-3, 2e-4, 2e-5]) {
      const L = [at(k, w, h), at(k, w, -h), at(k, w, h / 2), at(k, w, -h / 2)];
      if (L.some((v) => v === null)) continue;
      const [a, b, c, d] = L as number[];
      const big = (a - b) / (2 * h);
      const half = (c - d) / h;
      grad[k] = (4 * half - big) / 3;
      break;
    }
    if (Number.isNaN(grad[k])) skipped++;
  }
  lossAt(net, x, y);
  return { grad, skipped };
}

/**
 * |a − b| / max(|a| + |b|, floor). The floor stands for what a difference quotient can
 * resolve: with L ≈ 1 and h = 2e-3, round-off is ~1e-13, so gradients below the floor
 * (vanished ones, or exact zeros from zero weights) are held to an absolute 1e-12 instead.
 */
export function relError(a: number, b: number, floor = 1e-6): number {
  return Math.abs(a - b) / Math.max(Math.abs(a) + Math.abs(b), floor);
}

/** Element-wise bitwise equality of two float arrays (NaN equals NaN, −0 differs from 0). */
export function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

/**
 * Where two arrays first differ bitwise (NaN equals NaN, −0 differs from 0), or −1 when they
 * do not: the two kernel paths give every gradient to the bit, tanh included (src/engine/tanh.ts).
 */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) if (!Object.is(a[k], b[k])) return k;
  return -1;
}
