/**
 * The phases of one training step, each a small loop over flat arrays. An ordinary
 * training step and the teaching stepper call exactly these functions in the same
 * order, so stepping phase by phase gives bit-identical numbers.
 */
import { backpropSums, batchGradients, weightedSums } from './kernels';
import { ensureCapacity, layerInput, type Network } from './network';

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
  weightedSums(W, b, layerInput(net, l), z, nIn, nOut, net.batchSize);
}

/** Phase "activation" of layer l: a = f(z). */
export function forwardA(net: Network, l: number): void {
  const layer = net.layers[l];
  layer.activation.applyRange(layer.z, layer.a, 0, net.batchSize * layer.nOut);
}

/** Full forward pass over the loaded batch. */
export function forward(net: Network): void {
  for (let l = 0; l < net.layers.length; l++) {
    forwardZ(net, l);
    forwardA(net, l);
  }
}

/** Phase "loss": per-example loss, batch mean, and ∂L/∂ŷ. Returns the batch mean loss. */
export function computeLoss(net: Network): number {
  const out = net.layers[net.layers.length - 1].a;
  const ny = net.outputSize;
  const B = net.batchSize;
  const { loss, target, dOut, exampleLoss } = net;
  let total = 0;
  for (let s = 0; s < B; s++) {
    const o = s * ny;
    const value = loss.value(out, o, target, o, ny);
    exampleLoss[s] = value;
    total += value;
    for (let m = 0; m < ny; m++) dOut[o + m] = loss.dOut(out[o + m], target[o + m]);
  }
  net.lossValue = total / B;
  return net.lossValue;
}

/**
 * Phase "δ" of layer l. Output: δ = ∂L/∂ŷ · f'(z). Hidden: δ_j = f'(z_j) · Σ_k W_kj δ_k
 * with W and δ of layer l+1.
 */
export function backwardDelta(net: Network, l: number): void {
  const layer = net.layers[l];
  const { nOut, z, a, delta, activation } = layer;
  const B = net.batchSize;
  if (l === net.layers.length - 1) {
    const { loss, dOut, target } = net;
    for (let k = 0; k < B * nOut; k++) {
      delta[k] = loss.outputDelta(a[k], target[k], dOut[k], activation.df(z[k], a[k]));
    }
    return;
  }
  const next = net.layers[l + 1];
  backpropSums(next.W, next.delta, delta, nOut, next.nOut, B);
  activation.scaleByDerivative(z, a, delta, 0, B * nOut);
}

/** Phase "∂L/∂W, ∂L/∂b" of layer l: batch means of δ_j · a_prev_i and δ_j. */
export function backwardGrad(net: Network, l: number): void {
  const { nIn, nOut, dW, db, delta } = net.layers[l];
  batchGradients(delta, layerInput(net, l), dW, db, nIn, nOut, net.batchSize);
}

/** Full backward pass: δ and gradients for every layer, output first. */
export function backward(net: Network): void {
  for (let l = net.layers.length - 1; l >= 0; l--) {
    backwardDelta(net, l);
    backwardGrad(net, l);
  }
}
