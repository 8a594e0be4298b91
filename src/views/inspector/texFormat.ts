/**
 * Numbers as KaTeX source. Values use the app's 3-significant-digit format (formatValue)
 * so a formula shows the same digits as every other readout; names come from kit/names.ts.
 */
import { formatValue } from '../kit/format';

/** The colour of a non-finite value in a formula (with a bold "!" and a word, so it reads without colour too). */
const NON_FINITE_TEX_COLOR = '#b42318';

/**
 * A value as TeX: "−1.2e-5" → "-1.2\times10^{-5}"; a non-finite value is marked and named,
 * "! ∞ overflowed" or "! NaN (not a number)" (KaTeX's fonts have no ⚠).
 */
export function texNum(v: number): string {
  if (!Number.isFinite(v)) {
    const what = Number.isNaN(v) ? '\\text{NaN (not a number)}' : `${v > 0 ? '' : '-'}\\infty\\ \\text{overflowed}`;
    return `\\textcolor{${NON_FINITE_TEX_COLOR}}{\\mathbf{!}\\,${what}}`;
  }
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

/** A formula as KaTeX, or its symbols only while its value is not computed yet. */
export interface Formula {
  tex: string;
  /** True while the value is not computed yet: `tex` then holds the symbols only. */
  pending: boolean;
}

/** Lines "lhs &= …" aligned at their "=". */
export function aligned(lines: string[]): string {
  return `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}`;
}
