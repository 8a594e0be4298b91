/**
 * The phases of one training step, each a small loop over flat arrays. An ordinary
 * training step and the teaching stepper call exactly these functions in the same
 * order, so stepping phase by phase gives bit-identical numbers. The matrix loops run on
 * the network's kernel path (kernels.ts), which never changes a number either.
 */
import { ensureCapacity, layerInput, type Network } from './network';
import { SOFTMAX, softmaxRows } from './softmax';

/** Copies `count` examples into the network's batch buffers, picking rows `order[start + s]`. */
export function loadBatch(
  net: Network,
  inputs: Float64Array,
  targets: Float64Array,
  order: ArrayLike<number> | null,
  start: number,
  count: number,
): void {
  ensureCapacity(net, count);
  const nx = net.inputSize;
  const ny = net.outputSize;
  for (let s = 0; s < count; s++) {
    const row = order === null ? start + s : order[start + s];
    for (let i = 0; i < nx; i++) net.input[s * nx + i] = inputs[row * nx + i];
    for (let m = 0; m < ny; m++) net.target[s * ny + m] = targets[row * ny + m];
  }
  net.batchSize = count;
}

/** Phase "weighted sum" of layer l: z_j = Σ_i W_ji · a_prev_i + b_j for every example. */
export function forwardZ(net: Network, l: number): void {
  const { nIn, nOut, W, b, z } = net.layers[l];
  net.kernels.weightedSums(W, b, layerInput(net, l), z, nIn, nOut, net.batchSize);
}

/**
 * Phase "activation" of layer l: a = f(z); with a skip, a = f(z) + a_prev (f(z) kept in fz).
 * A softmax output normalises each example's row.
 */
export function forwardA(net: Network, l: number): void {
  const layer = net.layers[l];
  const n = net.batchSize * layer.nOut;
  if (layer.activation === SOFTMAX) return softmaxRows(layer.z, layer.a, net.batchSize, layer.nOut);
  net.kernels.activate(layer.activation, layer.z, layer.fz, n);
  if (!layer.skip) return;
  const { a, fz } = layer;
  const prev = layerInput(net, l);
  for (let k = 0; k < n; k++) a[k] = fz[k] + prev[k];
}

/** Full forward pass over the loaded batch. */
export function forward(net: Network): void {
  for (let l = 0; l < net.layers.length; l++) {
    forwardZ(net, l);
    forwardA(net, l);
  }
}

/**
 * Phase "loss": per-example loss, batch mean, and the loss's slope (∂L/∂ŷ, or ∂L/∂z for
 * softmax + cross-entropy). Returns the batch mean loss.
 */
export function computeLoss(net: Network): number {
  const { a: out, z } = net.layers[net.layers.length - 1];
  const ny = net.outputSize;
  const B = net.batchSize;
  const { loss, target, dOut, exampleLoss } = net;
  let total = 0;
  for (let s = 0; s < B; s++) {
    const o = s * ny;
    const value = loss.value(out, o, target, o, ny, z);
    exampleLoss[s] = value;
    total += value;
    loss.slope(out, o, target, o, ny, dOut);
  }
  net.lossValue = total / B;
  return net.lossValue;
}

/**
 * Phase "δ" of layer l. Output: δ = ∂L/∂ŷ · f'(z) (ŷ − y at the logits for softmax). Hidden:
 * δ_j = f'(z_j) · ∂L/∂a_j with ∂L/∂a_j = Σ_k W_kj δ_k (W and δ of layer l+1), plus ∂L/∂a_j
 * of layer l+1 when that layer's skip adds a_j to its output (kept in dA with a skip here).
 */
export function backwardDelta(net: Network, l: number): void {
  const layer = net.layers[l];
  const { nOut, z, fz, delta, activation } = layer;
  const B = net.batchSize;
  const n = B * nOut;
  if (l === net.layers.length - 1) {
    const { loss, dOut, target } = net;
    // The output's fz is its a (no skip); softmax's f′ is only its Jacobian's diagonal, unused at the logits.
    for (let k = 0; k < n; k++) {
      delta[k] = loss.outputDelta(fz[k], target[k], dOut[k], activation.df(z[k], fz[k]));
    }
    return;
  }
  const next = net.layers[l + 1];
  const g = layer.skip ? layer.dA : delta;
  net.kernels.backpropSums(next.W, next.delta, g, nOut, next.nOut, B);
  if (next.skip) {
    const passed = next.dA;
    for (let k = 0; k < n; k++) g[k] += passed[k];
  }
  if (layer.skip) for (let k = 0; k < n; k++) delta[k] = g[k];
  activation.scaleByDerivative(z, fz, delta, 0, n);
}

/**
 * Phase "∂L/∂W, ∂L/∂b" of layer l: batch means of δ_j · a_prev_i and δ_j; with a skip also
 * ∂L/∂s_j, the batch mean of ∂L/∂a_j · a_prev_j.
 */
export function backwardGrad(net: Network, l: number): void {
  const layer = net.layers[l];
  const { nIn, nOut, dW, db, delta } = layer;
  const x = layerInput(net, l);
  const B = net.batchSize;
  net.kernels.batchGradients(delta, x, dW, db, nIn, nOut, B);
  if (!layer.skip) return;
  const { dA, dS } = layer;
  for (let j = 0; j < nOut; j++) {
    let sum = 0;
    for (let s = 0; s < B; s++) sum += dA[s * nOut + j] * x[s * nIn + j];
    dS[j] = sum / B;
  }
}

/** Full backward pass: δ and gradients for every layer, output first. */
export function backward(net: Network): void {
  for (let l = net.layers.length - 1; l >= 0; l--) {
    backwardDelta(net, l);
    backwardGrad(net, l);
  }
}
