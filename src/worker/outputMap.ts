/**
 * The model's output over the input space, as the output map draws it: for 2-D inputs a
 * grid of cells (the first output per cell, or with a softmax the winning class and its
 * probability), for 1-D inputs the curve ŷ(x). Fresh typed arrays: they are transferred.
 */
import { predict, DOMAIN, type Network } from '../engine';
import type { OutputMap } from './frameContract';

export const GRID_RESOLUTION = 40;
export const CURVE_POINTS = 121;

/**
 * The inputs the map evaluates the model at: for 2-D inputs the grid's cell centres, cell
 * (r, c) at row r·res + c, c along x₁ from −extent to +extent, r along x₂ from +extent (top
 * row) down to −extent; for 1-D inputs the curve's points; null for other input sizes.
 */
export function mapInputs(inputSize: number): Float64Array | null {
  if (inputSize === 2) {
    const res = GRID_RESOLUTION;
    const xs = new Float64Array(res * res * 2);
    for (let r = 0; r < res; r++) {
      for (let c = 0; c < res; c++) {
        const k = r * res + c;
        xs[2 * k] = -DOMAIN + ((c + 0.5) / res) * 2 * DOMAIN;
        xs[2 * k + 1] = DOMAIN - ((r + 0.5) / res) * 2 * DOMAIN;
      }
    }
    return xs;
  }
  if (inputSize === 1) {
    const xs = new Float64Array(CURVE_POINTS);
    for (let k = 0; k < CURVE_POINTS; k++) xs[k] = -DOMAIN + (2 * DOMAIN * k) / (CURVE_POINTS - 1);
    return xs;
  }
  return null;
}

/** The map from the model's outputs `out` at mapInputs(net.inputSize) (fresh arrays: they are transferred). */
export function mapFromOutputs(net: Network, xs: Float64Array, out: Float64Array): OutputMap | null {
  if (net.inputSize === 2) {
    const res = GRID_RESOLUTION;
    if (net.loss.name === 'cce') return classMap(out, res, net.outputSize);
    const values = new Float32Array(res * res);
    for (let k = 0; k < res * res; k++) values[k] = out[k * net.outputSize];
    return { kind: 'grid', resolution: res, extent: DOMAIN, values };
  }
  if (net.inputSize === 1) {
    const ys = new Float32Array(CURVE_POINTS);
    for (let k = 0; k < CURVE_POINTS; k++) ys[k] = out[k * net.outputSize];
    return { kind: 'curve', xs: Float32Array.from(xs), ys };
  }
  return null;
}

export function outputMapOf(net: Network): OutputMap | null {
  const xs = mapInputs(net.inputSize);
  return xs ? mapFromOutputs(net, xs, predict(net, xs)) : null;
}

/** Per cell, the class with the largest probability (the first on a tie) and that probability; NaN if diverged. */
function classMap(out: Float64Array, res: number, K: number): OutputMap {
  const winner = new Uint8Array(res * res);
  const confidence = new Float32Array(res * res);
  for (let k = 0; k < res * res; k++) {
    let best = 0;
    for (let m = 1; m < K; m++) if (out[k * K + m] > out[k * K + best]) best = m;
    winner[k] = best;
    confidence[k] = out[k * K + best];
  }
  return { kind: 'classes', resolution: res, extent: DOMAIN, classes: K, winner, confidence };
}
