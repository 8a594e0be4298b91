/**
 * The convenient, validating entry points: gradients, parameters, prediction and one
 * training step on caller-supplied examples. They copy at the boundary; the training
 * loop itself (trainer.ts) works on preloaded flat arrays without allocating.
 */
import { EngineInputError } from './errors';
import { applyUpdate, type Optimizer } from './optimizers';
import type { Network } from './network';
import { backward, computeLoss, forward, loadBatch } from './passes';

/** Examples as one row per example, or one flat row-major array. */
export type Examples = ReadonlyArray<ArrayLike<number>> | Float64Array;

/** Weights per layer, row-major [out][in], and biases per layer. */
export interface Params {
  weights: Float64Array[];
  biases: Float64Array[];
}

export interface Gradients extends Params {
  /** Mean loss over the batch. */
  loss: number;
}

/** Flattens and checks examples; `field` names them in errors. */
export function toFlat(field: string, data: Examples, width: number): Float64Array {
  if (data instanceof Float64Array) {
    if (data.length === 0 || data.length % width !== 0) {
      throw new EngineInputError(field, `a flat array whose length is a positive multiple of ${width}`, data.length);
    }
    // A NaN here would turn every parameter into NaN on the next update.
    const bad = data.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      throw new EngineInputError(`${field}[${Math.floor(bad / width)}][${bad % width}]`, 'a finite number', data[bad]);
    return data;
  }
  if (!Array.isArray(data) || data.length === 0)
    throw new EngineInputError(field, 'a non-empty list of examples', data);
  const flat = new Float64Array(data.length * width);
  data.forEach((row, n) => {
    if (row?.length !== width) throw new EngineInputError(`${field}[${n}]`, `${width} numbers`, row?.length);
    for (let i = 0; i < width; i++) {
      const v = row[i];
      if (!Number.isFinite(v)) throw new EngineInputError(`${field}[${n}][${i}]`, 'a finite number', v);
      flat[n * width + i] = v;
    }
  });
  return flat;
}

function load(net: Network, inputs: Examples, targets: Examples): void {
  const x = toFlat('inputs', inputs, net.inputSize);
  const y = toFlat('targets', targets, net.outputSize);
  const count = x.length / net.inputSize;
  if (y.length / net.outputSize !== count) {
    throw new EngineInputError('targets', `${count} examples, one per input`, y.length / net.outputSize);
  }
  loadBatch(net, x, y, null, 0, count);
}

/** Forward and backward on a batch; leaves ∂L/∂params (batch mean) in net.grads. */
export function computeGradients(net: Network, inputs: Examples, targets: Examples): Gradients {
  load(net, inputs, targets);
  forward(net);
  const loss = computeLoss(net);
  backward(net);
  return {
    loss,
    weights: net.layers.map((l) => l.dW.slice()),
    biases: net.layers.map((l) => l.db.slice()),
  };
}

/** One optimiser step on the given batch; returns the batch loss before the update. */
export function trainStep(net: Network, opt: Optimizer, inputs: Examples, targets: Examples): number {
  load(net, inputs, targets);
  return stepLoaded(net, opt);
}

/** Forward, loss, backward and update on the batch already loaded into the network. */
export function stepLoaded(net: Network, opt: Optimizer): number {
  forward(net);
  const loss = computeLoss(net);
  backward(net);
  applyUpdate(net, opt);
  return loss;
}

/** Copies of the weights (row-major [out][in]) and biases, per layer. */
export function getParams(net: Network): Params {
  return { weights: net.layers.map((l) => l.W.slice()), biases: net.layers.map((l) => l.b.slice()) };
}

/** Replaces weights and biases; checks every shape and value before writing anything. */
export function setParams(net: Network, p: Params): void {
  if (p?.weights?.length !== net.layers.length || p?.biases?.length !== net.layers.length) {
    throw new EngineInputError('params', `weights and biases for ${net.layers.length} layers`, p?.weights?.length);
  }
  net.layers.forEach((l, k) => {
    check(`weights[${k}]`, p.weights[k], l.W.length);
    check(`biases[${k}]`, p.biases[k], l.b.length);
  });
  net.layers.forEach((l, k) => {
    l.W.set(p.weights[k]);
    l.b.set(p.biases[k]);
  });
}

function check(field: string, v: ArrayLike<number>, length: number): void {
  if (v?.length !== length) throw new EngineInputError(field, `${length} numbers`, v?.length);
  for (let k = 0; k < length; k++) {
    if (!Number.isFinite(v[k])) throw new EngineInputError(`${field}[${k}]`, 'a finite number', v[k]);
  }
}

/**
 * Examples per forward pass in `predict`: an output map's 1,600 cells go through in pieces,
 * so the network's scratch stays the size of a mini-batch (and on the SIMD path, inside the
 * regions its memory reserves). Each example is computed alone, so the pieces change nothing.
 */
export const PREDICT_CHUNK = 256;

/** Outputs ŷ for each input row (uses the network's batch scratch). */
export function predict(net: Network, inputs: Examples): Float64Array {
  const x = toFlat('inputs', inputs, net.inputSize);
  const count = x.length / net.inputSize;
  const ny = net.outputSize;
  const out = new Float64Array(count * ny);
  const noTargets = new Float64Array(count * ny);
  for (let start = 0; start < count; start += PREDICT_CHUNK) {
    const n = Math.min(PREDICT_CHUNK, count - start);
    loadBatch(net, x, noTargets, null, start, n);
    forward(net);
    out.set(net.layers[net.layers.length - 1].a.subarray(0, n * ny), start * ny);
  }
  return out;
}
