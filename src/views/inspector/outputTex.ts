/**
 * The output layer's formulas with the example's numbers: the loss (½(ŷ − y)², binary
 * cross-entropy, or −ln of the true class's softmax probability), the softmax itself, and
 * δ = ŷ − y at the logits for softmax + cross-entropy. The final values are the engine's.
 */
import type { LossName } from '../../engine';
import { unitIndex } from '../../engine/layout';
import { isComputed } from '../kit/computed';
import type { NetState } from './netState';
import { aligned, texFactor, texNum, type Formula } from './texFormat';

/** The class of a one-hot target (the index of its single 1), or −1 when it is not one-hot. */
export function trueClass(target: ArrayLike<number>): number {
  let c = -1;
  for (let m = 0; m < target.length; m++) {
    if (target[m] === 1 && c === -1) c = m;
    else if (target[m] !== 0) return -1;
  }
  return c;
}

/** Up to this many classes the softmax's denominator is written out term by term. */
const MAX_EXP_TERMS = 5;

/** ŷ_m = e^{z_m} / Σ_k e^{z_k}, with every output's z substituted. */
export function softmaxFormula(s: NetState, layer: number, unit: number): Formula {
  const K = s.sizes[layer + 1];
  const z = (k: number) => s.probe.z[unitIndex(s.layout, layer, k)];
  const a = s.probe.a[unitIndex(s.layout, layer, unit)];
  const m = unit + 1;
  const sym = `\\hat y_{${m}} &= \\frac{e^{z_{${m}}}}{\\sum_{k=1}^{${K}} e^{z_k}}`;
  if (!isComputed(s, 'a', layer)) return { tex: aligned([sym]), pending: true };
  const terms =
    K <= MAX_EXP_TERMS
      ? Array.from({ length: K }, (_, k) => `e^{${texNum(z(k))}}`).join(' + ')
      : `e^{${texNum(z(0))}} + \\cdots + e^{${texNum(z(K - 1))}}`;
  return { tex: aligned([sym, `&= \\frac{e^{${texNum(z(unit))}}}{${terms}}`, `&= ${texNum(a)}`]), pending: false };
}

/** δ_m = ŷ_m − y_m: the softmax and the cross-entropy differentiated together, at the logits. */
export function cceDeltaFormula(s: NetState, unit: number): Formula {
  const last = s.sizes.length - 2;
  const q = unitIndex(s.layout, last, unit);
  const sym = `\\delta &= \\frac{\\partial L}{\\partial z} = \\hat y_{${unit + 1}} - y_{${unit + 1}}`;
  if (!isComputed(s, 'delta', last)) return { tex: aligned([sym]), pending: true };
  const num = `&= ${texNum(s.probe.a[q])} - ${texFactor(s.probe.target[unit])}`;
  return { tex: aligned([sym, num, `&= ${texNum(s.probe.delta[q])}`]), pending: false };
}

/** The example's loss against the target y (output units only). */
export function lossFormula(s: NetState, loss: LossName): Formula {
  const nOut = s.sizes[s.sizes.length - 1];
  const last = s.sizes.length - 2;
  const value = s.probe.loss;
  if (loss === 'cce') return crossEntropyFormula(s, value);
  if (nOut > 1) {
    const sym =
      loss === 'mse'
        ? 'L = \\tfrac12\\sum_m (\\hat y_m - y_m)^2'
        : 'L = -\\sum_m \\left[y_m \\ln \\hat y_m + (1 - y_m)\\ln(1 - \\hat y_m)\\right]';
    return isComputed(s, 'loss') ? { tex: `${sym} = ${texNum(value)}`, pending: false } : { tex: sym, pending: true };
  }
  const yhat = s.probe.a[unitIndex(s.layout, last, 0)];
  const y = s.probe.target[0];
  if (loss === 'mse') {
    const sym = 'L &= \\tfrac12(\\hat y - y)^2';
    if (!isComputed(s, 'loss')) return { tex: aligned([sym]), pending: true };
    return {
      tex: aligned([sym, `&= \\tfrac12(${texNum(yhat)} - ${texFactor(y)})^2`, `&= ${texNum(value)}`]),
      pending: false,
    };
  }
  const sym = 'L &= -\\left[y \\ln \\hat y + (1 - y) \\ln (1 - \\hat y)\\right]';
  if (!isComputed(s, 'loss')) return { tex: aligned([sym]), pending: true };
  const num = `&= -\\left[${texFactor(y)}\\cdot\\ln ${texNum(yhat)} + ${texFactor(1 - y)}\\cdot\\ln ${texNum(1 - yhat)}\\right]`;
  return { tex: aligned([sym, num, `&= ${texNum(value)}`]), pending: false };
}

/**
 * Categorical cross-entropy: −ln of the probability the softmax gives the true class c
 * (for a one-hot target), computed by the engine from the logits so it stays finite.
 */
function crossEntropyFormula(s: NetState, value: number): Formula {
  const last = s.sizes.length - 2;
  const c = trueClass(s.probe.target);
  if (c < 0) {
    const sym = 'L = -\\sum_m y_m \\ln \\hat y_m';
    return isComputed(s, 'loss') ? { tex: `${sym} = ${texNum(value)}`, pending: false } : { tex: sym, pending: true };
  }
  const sym = `L &= -\\ln \\hat y_{${c + 1}} \\quad (\\text{true class } ${c + 1})`;
  if (!isComputed(s, 'loss')) return { tex: aligned([sym]), pending: true };
  const p = s.probe.a[unitIndex(s.layout, last, c)];
  const lines = [sym];
  if (p > 0) lines.push(`&= -\\ln ${texNum(p)}`);
  lines.push(`&= ${texNum(value)}`);
  return { tex: aligned(lines), pending: false };
}
