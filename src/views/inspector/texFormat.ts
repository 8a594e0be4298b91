/**
 * Numbers and names as KaTeX source, in the seed notation: inputs x_i, neurons O_{l j}
 * (l = engine layer + 1, j = unit + 1). Values use the app's 3-significant-digit format
 * (formatValue) so a formula shows the same digits as every other readout.
 */
import { formatValue } from '../format';

/** A value as TeX: "−1.2e-5" → "-1.2\times10^{-5}"; NaN → a marked "?". */
export function texNum(v: number): string {
  if (Number.isNaN(v)) return '\\text{?}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const s = formatValue(v).replace(/−/g, '-');
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  if (!m) return s;
  return `${m[1]}\\times10^{${Number(m[2])}}`;
}

/** A value as a factor in a product: negatives get parentheses, "(-0.8)". */
export function texFactor(v: number): string {
  const s = texNum(v);
  return v < 0 || s.includes('\\times') ? `(${s})` : s;
}

/** A term added to a sum: "+ 0.4" or "+ (-0.4)"; the first term has no sign. */
export function texAddend(term: string, first: boolean): string {
  return first ? term : ` + ${term}`;
}

/** Subscript of a two-index name: "11" when both are single digits, else "1,12". */
function pair(l: number, j: number): string {
  return l < 10 && j < 10 ? `${l}${j}` : `${l},${j}`;
}

/** Neuron of engine layer `layer` (0-based), unit `unit` (0-based) → "O_{11}". */
export function texNeuron(layer: number, unit: number): string {
  return `O_{${pair(layer + 1, unit + 1)}}`;
}

/** Input feature i (0-based) → "x_{1}". */
export function texInput(i: number): string {
  return `x_{${i + 1}}`;
}

/** What feeds unit inputs of `layer`: x_i for the first layer, the previous layer's O otherwise. */
export function texSource(layer: number, from: number): string {
  return layer === 0 ? texInput(from) : texNeuron(layer - 1, from);
}

/** "w_{x_1 \to O_{11}}"-style label of a weight. */
export function texWeight(w: { layer: number; to: number; from: number }): string {
  return `w_{${texSource(w.layer, w.from)}\\to ${texNeuron(w.layer, w.to)}}`;
}

/** Plain-text count, with thousands separators, or an exponent beyond 10^15. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n < 1e15 ? Math.round(n).toLocaleString('en-US') : n.toExponential(2).replace('e+', ' × 10^');
}

/** More digits than formatValue, for showing that two sums agree. */
export function formatPrecise(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a < 1e-4 || a >= 1e6 ? v.toExponential(5) : Number(v.toPrecision(6)).toString();
  return readableExponent(s.replace('-', '−'));
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** "−4.66e-4" → "−4.66×10⁻⁴": scientific notation that reads from the back of a room. */
export function readableExponent(s: string): string {
  return s.replace(/e([+\-−]?)(\d+)$/, (_, sign: string, digits: string) =>
    `×10${[...(sign === '+' || sign === '' ? '' : '-') + String(Number(digits))].map((c) => SUPERSCRIPT[c]).join('')}`);
}

/** formatValue with readable exponents: the inspector's plain-text numbers. */
export function formatShown(v: number): string {
  return readableExponent(formatValue(v));
}
