/**
 * A neuron's formulas with its actual numbers substituted, as KaTeX source. Each
 * formula is `pending` (symbols only) while the stepper has not computed its value.
 * The final value is always the engine's; only the intermediate sums shown in between
 * are added up here.
 */
import type { LossName, OutputActivationName } from '../../engine';
import { sourceValue, unitValues, type NetState } from './netState';
import { weightIndex, biasIndex, unitIndex } from '../../engine/layout';
import { aligned, texAddend, texFactor, texNum, type Formula } from './texFormat';
import { isComputed } from '../kit/computed';
import { texNeuron, texSource } from '../kit/names';
import { cceDeltaFormula, softmaxFormula } from './outputTex';

export type { Formula } from './texFormat';

/** Sums longer than this are shown as the first two terms, ⋯, the last term. */
export const MAX_TERMS = 4;

/** How each activation is written when applied: σ(z), tanh(z), ReLU(z)… */
export const FN_TEX: Record<OutputActivationName, string> = {
  sigmoid: '\\sigma',
  tanh: '\\tanh',
  relu: '\\operatorname{ReLU}',
  'leaky-relu': '\\operatorname{LReLU}',
  linear: 'f',
  softmax: '\\operatorname{softmax}',
};

/** Indices of the terms to show: all, or the first two and the last (null marks ⋯). */
export function shownTerms(n: number): (number | null)[] {
  if (n <= MAX_TERMS) return Array.from({ length: n }, (_, k) => k);
  return [0, 1, null, n - 1];
}

/** Numeric terms per line, so a substituted sum fits a narrow side panel. */
export const TERMS_PER_LINE = 2;

/** Σ of products: the symbols on one line, the numbers as terms (⋯ for the skipped ones). */
function productSum(n: number, sym: (k: number) => string, num: (k: number) => string): [string, string[]] {
  let s = '';
  const terms: string[] = [];
  shownTerms(n).forEach((k, pos) => {
    s += texAddend(k === null ? '\\cdots' : sym(k), pos === 0);
    terms.push(k === null ? '\\cdots' : num(k));
  });
  return [s, terms];
}

/** Aligned lines "&= t1 + t2", "&\quad + t3 + t4", … of a sum written out with numbers. */
export function sumLines(terms: string[], perLine = TERMS_PER_LINE): string[] {
  const lines: string[] = [];
  for (let k = 0; k < terms.length; k += perLine) {
    const chunk = terms.slice(k, k + perLine).join(' + ');
    lines.push(k === 0 ? `&= ${chunk}` : `&\\quad + ${chunk}`);
  }
  return lines;
}

/** z = Σ_i w_i·x_i + b with the numbers of this unit. */
export function zFormula(s: NetState, layer: number, unit: number): Formula {
  const nIn = s.sizes[layer];
  const w = (i: number) => s.params[weightIndex(s.layout, layer, unit, i)];
  const b = s.params[biasIndex(s.layout, layer, unit)];
  const [sym, num] = productSum(
    nIn,
    (i) => `w_{${i + 1}}\\,${texSource(layer, i)}`,
    (i) => `${texFactor(w(i))}\\cdot ${texFactor(sourceValue(s, layer, i))}`,
  );
  const { z } = unitValues(s, layer, unit);
  const first = `z &= ${sym} + b`;
  if (!isComputed(s, 'z', layer)) return { tex: aligned([first]), pending: true };
  return { tex: aligned([first, ...sumLines([...num, texFactor(b)]), `&= ${texNum(z)}`]), pending: false };
}

/**
 * a = f(z) (and ŷ = a for the output); with a skip connection a = f(z) + a_prev, the input
 * of the same index added unchanged; a softmax output divides by every output's e^z.
 */
export function aFormula(s: NetState, layer: number, unit: number): Formula {
  const { z, a, activation } = unitValues(s, layer, unit);
  if (activation?.name === 'softmax') return softmaxFormula(s, layer, unit);
  const output = layer === s.sizes.length - 2;
  const lhs = output ? '\\hat y = a' : 'a';
  const f = activation ? FN_TEX[activation.name] : 'f';
  const fz = activation?.name === 'linear' ? 'z' : `${f}(z)`;
  if (s.skips[layer]) {
    const prev = sourceValue(s, layer, unit);
    const sym = `a &= ${fz} + ${texSource(layer, unit)}`;
    if (!isComputed(s, 'a', layer)) return { tex: aligned([sym]), pending: true };
    const applied = activation?.name === 'linear' ? texNum(z) : `${f}(${texNum(z)})`;
    const fValue = activation ? texNum(activation.f(z)) : '';
    const lines = [sym, `&= ${applied} + ${texFactor(prev)}`, `&= ${fValue} + ${texFactor(prev)} = ${texNum(a)}`];
    return { tex: aligned(lines), pending: false };
  }
  const sym = `${lhs} = ${fz}`;
  if (!isComputed(s, 'a', layer)) return { tex: sym, pending: true };
  const applied = activation?.name === 'linear' ? '' : ` = ${f}(${texNum(z)})`;
  return { tex: `${sym}${applied} = ${texNum(a)}`, pending: false };
}

/** f' as written for this activation: σ'(z), ReLU'(z)… */
export function dfSymbol(name: OutputActivationName | undefined): string {
  return `${name ? FN_TEX[name] : 'f'}'(z)`;
}

/** δ = ∂L/∂z: output ∂L/∂ŷ·f'(z); hidden f'(z)·Σ_k w_k δ_k. */
export function deltaFormula(s: NetState, layer: number, unit: number, loss: LossName): Formula {
  const { a, delta, df, activation } = unitValues(s, layer, unit);
  const dfs = dfSymbol(activation?.name);
  const last = s.sizes.length - 2;
  if (layer === last && loss === 'cce') return cceDeltaFormula(s, unit);
  if (layer === last) {
    const y = s.probe.target[unit];
    if (loss === 'bce') {
      const sym = `\\delta &= \\frac{\\partial L}{\\partial \\hat y}\\cdot ${dfs} = \\hat y - y`;
      if (!isComputed(s, 'delta', layer)) return { tex: aligned([sym]), pending: true };
      return { tex: aligned([sym, `&= ${texNum(a)} - ${texFactor(y)}`, `&= ${texNum(delta)}`]), pending: false };
    }
    const sym = `\\delta &= \\frac{\\partial L}{\\partial \\hat y}\\cdot ${dfs} = (\\hat y - y)\\cdot ${dfs}`;
    if (!isComputed(s, 'delta', layer)) return { tex: aligned([sym]), pending: true };
    const num = `&= (${texNum(a)} - ${texFactor(y)})\\cdot ${texFactor(df)}`;
    return { tex: aligned([sym, num, `&= ${texNum(delta)}`]), pending: false };
  }
  const nNext = s.sizes[layer + 2];
  const wk = (k: number) => s.params[weightIndex(s.layout, layer + 1, k, unit)];
  const dk = (k: number) => s.probe.delta[unitIndex(s.layout, layer + 1, k)];
  // A skip around the next layer hands its ∂L/∂a back to this unit unchanged: one more term.
  const skip = s.skips[layer + 1] === true;
  const skipSym = skip ? ` + \\tfrac{\\partial L}{\\partial a_{${texNeuron(layer + 1, unit)}}}` : '';
  const general = `\\delta = ${dfs}\\cdot\\Bigl(\\sum_k w_k\\,\\delta_k${skipSym}\\Bigr)`;
  if (!isComputed(s, 'delta', layer)) {
    return { tex: skip ? general : `\\delta = ${dfs}\\cdot\\sum_k w_k\\,\\delta_k`, pending: true };
  }
  let sum = 0;
  for (let k = 0; k < nNext; k++) sum += wk(k) * dk(k);
  const passed = skip ? s.probe.dA[unitIndex(s.layout, layer + 1, unit)] : 0;
  const [, num] = productSum(
    nNext,
    () => '',
    (k) => `${texFactor(wk(k))}\\cdot ${texFactor(dk(k))}`,
  );
  // The sum of the next layer's weighted errors first, then δ from it; rows left-aligned.
  const chunks = sumLines(num).map((l) => l.replace(/^&= /, '').replace(/^&\\quad /, '\\qquad '));
  chunks[0] = `\\textstyle\\sum_k w_k\\,\\delta_k = ${chunks[0]}`;
  chunks[chunks.length - 1] += ` = ${texNum(sum)}`;
  const rows = [
    skip ? `\\displaystyle ${general}` : `\\displaystyle \\delta = ${dfs}\\cdot\\sum_k w_k\\,\\delta_k`,
    ...chunks,
    ...(skip ? [`\\text{skip: } ${skipSym.replace(' + ', '')} = ${texNum(passed)}`] : []),
    // With the skip's term the last line would not fit a side panel: the value goes on its own line.
    ...(skip
      ? [`\\delta = ${texFactor(df)}\\cdot (${texNum(sum)} + ${texFactor(passed)})`, `\\quad = ${texNum(delta)}`]
      : [`\\delta = ${texFactor(df)}\\cdot ${texFactor(sum)} = ${texNum(delta)}`]),
  ];
  return { tex: `\\begin{array}{l}${rows.join('\\\\[3pt]')}\\end{array}`, pending: false };
}

/** The units k a hidden δ sums over, as TeX: "k \in \{O_{31}, O_{32}\}". */
export function nextUnitsTex(sizes: readonly number[], layer: number): string {
  const n = sizes[layer + 2];
  const names =
    n <= MAX_TERMS
      ? Array.from({ length: n }, (_, k) => texNeuron(layer + 1, k)).join(', ')
      : `${texNeuron(layer + 1, 0)}, \\dots, ${texNeuron(layer + 1, n - 1)}`;
  return `k \\in \\{${names}\\}`;
}

/** f'(z) with its general form: "σ'(z) = σ(z)(1 − σ(z)) = 0.23". */
export function dfFormula(s: NetState, layer: number, unit: number): Formula {
  const { df, activation } = unitValues(s, layer, unit);
  const sym = activation?.dtex ?? "f'(z)";
  if (!isComputed(s, 'df', layer)) return { tex: sym, pending: true };
  return { tex: `${sym} = ${texNum(df)}`, pending: false };
}
