/**
 * Per-layer statistics after a step: what the vanishing-gradient lens plots.
 * They describe the batch that was last run backward.
 */
import { passesAlmostNothing } from './activations';
import type { Network } from './network';

export interface LayerStats {
  /** mean |∂L/∂W| */
  meanAbsGrad: number;
  /** ‖∂L/∂W‖₂ */
  gradNorm: number;
  /** mean |δ| = mean |∂L/∂z| over the batch's examples and the layer's units */
  meanAbsDelta: number;
  /** share of (example, unit) pairs with |f'(z)| < 1% of the activation's maximum slope */
  saturatedShare: number;
  /** mean |W| */
  meanAbsWeight: number;
}

export const LAYER_STAT_FIELDS = [
  'meanAbsGrad',
  'gradNorm',
  'meanAbsDelta',
  'saturatedShare',
  'meanAbsWeight',
] as const;

/** Writes the statistics into `out`, LAYER_STAT_FIELDS.length numbers per layer (no allocation). */
export function layerStatsInto(net: Network, out: Float64Array): Float64Array {
  const F = LAYER_STAT_FIELDS.length;
  const B = Math.max(net.batchSize, 1);
  net.layers.forEach((l, k) => {
    let sumAbs = 0;
    let sumSq = 0;
    let sumW = 0;
    for (let q = 0; q < l.dW.length; q++) {
      const g = l.dW[q];
      sumAbs += Math.abs(g);
      sumSq += g * g;
      sumW += Math.abs(l.W[q]);
    }
    let sumDelta = 0;
    let saturated = 0;
    const n = net.batchSize * l.nOut;
    for (let q = 0; q < n; q++) {
      sumDelta += Math.abs(l.delta[q]);
      if (passesAlmostNothing(l.activation, l.activation.df(l.z[q], l.fz[q]))) saturated++;
    }
    out[k * F] = sumAbs / l.dW.length;
    out[k * F + 1] = Math.sqrt(sumSq);
    out[k * F + 2] = sumDelta / (B * l.nOut);
    out[k * F + 3] = saturated / (B * l.nOut);
    out[k * F + 4] = sumW / l.W.length;
  });
  return out;
}

export function computeLayerStats(net: Network): LayerStats[] {
  const F = LAYER_STAT_FIELDS.length;
  const flat = layerStatsInto(net, new Float64Array(net.layers.length * F));
  return net.layers.map((_, k) => ({
    meanAbsGrad: flat[k * F],
    gradNorm: flat[k * F + 1],
    meanAbsDelta: flat[k * F + 2],
    saturatedShare: flat[k * F + 3],
    meanAbsWeight: flat[k * F + 4],
  }));
}

/** How many times smaller the first layer's mean |∂L/∂W| is than the last's. */
export function firstToLastGradientRatio(stats: readonly LayerStats[]): number {
  return stats[0].meanAbsGrad / stats[stats.length - 1].meanAbsGrad;
}
