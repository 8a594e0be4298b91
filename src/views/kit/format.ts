/**
 * Every number the app shows as text, formatted in one place so the same value reads the
 * same on the graph, in a formula, a chart and a table: a typographic minus sign (−),
 * three significant digits, and exponents written so they read from the back of a room.
 * A non-finite number is never passed off as a value, a blank or "not computed yet": it
 * carries a marker and a word, "⚠ ∞ overflowed" or "⚠ NaN (not a number)". A value the
 * step-through has not computed yet is the caller's to say (NOT_COMPUTED): the frame says
 * which those are, whatever number stands in for them.
 */
import { format } from 'd3-format';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

const fixed = format('.3~r');
const exponent = format('.2~e');

/** The marker every non-finite number carries. */
export const NON_FINITE_MARK = '⚠';
/** What the step-through has not computed yet is called, wherever a value would stand. */
export const NOT_COMPUTED = 'not computed yet';

/** The word for a non-finite value: "overflowed" (±∞) or "not a number" (NaN); null for a finite one. */
export function nonFiniteWord(v: number): 'overflowed' | 'not a number' | null {
  if (Number.isFinite(v)) return null;
  return Number.isNaN(v) ? 'not a number' : 'overflowed';
}

/** "⚠ ∞ overflowed", "⚠ −∞ overflowed", "⚠ NaN (not a number)". */
export function formatNonFinite(v: number): string {
  if (Number.isNaN(v)) return `${NON_FINITE_MARK} NaN (not a number)`;
  return `${NON_FINITE_MARK} ${v > 0 ? '∞' : '−∞'} overflowed`;
}

/** For tight spots (a node's label, a bar): "⚠ ∞", "⚠ −∞", "⚠ NaN"; the full words go in its accessible name or tooltip. */
export function formatNonFiniteShort(v: number): string {
  return `${NON_FINITE_MARK} ${Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞'}`;
}

/** 3 significant digits; powers of ten below 0.001 and from 10 000 (−1.23×10⁻⁵, never "e+171"); non-finite marked. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return formatNonFinite(v);
  if (v === 0) return '0';
  const m = Math.abs(v);
  return m >= 1e-3 && m < 1e4 ? fixed(v) : readableExponent(exponent(v).replace('e-', 'e−'));
}

/** Every digit of a value, as a program prints it (to copy), for a hover title; non-finite marked. */
export function formatExact(v: number): string {
  return Number.isFinite(v) ? String(v) : formatNonFinite(v);
}

/** formatNumber for tight spots: a non-finite value reads "⚠ ∞" or "⚠ NaN". */
export function formatNumberShort(v: number): string {
  return Number.isFinite(v) ? formatNumber(v) : formatNonFiniteShort(v);
}

/** A value for a formula's text: 3 significant digits, scientific when tiny or huge; non-finite marked. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return formatNonFinite(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a < 1e-3 || a >= 1e5 ? v.toExponential(2) : Number(v.toPrecision(3)).toString();
  return s.replace(/-/g, '−');
}

/** "−4.66e-4" → "−4.66×10⁻⁴". */
export function readableExponent(s: string): string {
  return s.replace(
    /e([+\-−]?)(\d+)$/,
    (_, sign: string, digits: string) =>
      `×10${[...((sign === '+' || sign === '' ? '' : '-') + String(Number(digits)))].map((c) => SUPERSCRIPT[c]).join('')}`,
  );
}

/** formatValue with readable exponents: the inspector's plain-text numbers. */
export function formatShown(v: number): string {
  return readableExponent(formatValue(v));
}

/** More digits than formatValue, for showing that two sums agree. */
export function formatPrecise(v: number): string {
  if (!Number.isFinite(v)) return formatNonFinite(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a < 1e-4 || a >= 1e6 ? v.toExponential(5) : Number(v.toPrecision(6)).toString();
  return readableExponent(s.replace('-', '−'));
}

/** Plain-text count, with thousands separators, or an exponent beyond 10^15. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n < 1e15 ? Math.round(n).toLocaleString('en-US') : n.toExponential(2).replace('e+', ' × 10^');
}

/** 10 to an integer power with superscript digits: formatPower(-3) → "10⁻³". */
export function formatPower(exp: number): string {
  const digits = String(Math.abs(Math.round(exp))).replace(/\d/g, (d) => SUPERSCRIPT[d]);
  return `10${exp < 0 ? '⁻' : ''}${digits}`;
}

/**
 * A loss as the counters and legends show it: 4 decimals, an exponent when tiny or from
 * 10 000 ("3.53×10²⁰³", never "3.53e+203"), non-finite marked. A loss that does not exist
 * (not evaluated yet, no test set) is the caller's "—".
 */
export function formatLoss(v: number): string {
  if (!Number.isFinite(v)) return formatNonFinite(v);
  const a = Math.abs(v);
  if (v !== 0 && (a < 1e-3 || a >= 1e4)) return readableExponent(v.toExponential(2).replace('-', '−'));
  return v.toFixed(4);
}

/**
 * An axis tick on a linear scale whose top is `top`: plain decimals, or readable exponents
 * (2×10⁵, never SI prefixes, which run out at Y = 10²⁴ and read "…000Y" beyond).
 */
export function formatLinearTick(value: number, top: number): string {
  if (value === 0) return '0';
  if (Math.abs(top) < 1e4) return plain(value);
  const e = Math.floor(Math.log10(Math.abs(value)));
  const m = Number((value / 10 ** e).toPrecision(2));
  const power = formatPower(e);
  return (m === 1 ? power : `${String(m).replace('-', '−')}×${power}`).replace(/^-/, '−');
}

export function formatPercent(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '—' : `${(v * 100).toFixed(1)}%`;
}

/** A step count with thousands separators. */
export const formatStep = format(',');

/** 250k rather than 250,000, for an axis whose steps run into the hundreds of thousands. */
export const formatShortStep = format('.3~s');

const plain = format('~g');

/** Log-axis tick: plain numbers near 1, powers of ten as 10⁻⁵ / 10⁸ far from it. */
export function formatLogTick(value: number): string {
  if (value >= 1e-3 && value < 1e4) return plain(value);
  const e = Math.round(Math.log10(value));
  return Math.abs(value / 10 ** e - 1) < 1e-9 ? formatPower(e) : format('.0e')(value);
}

/** 1, 10, 10⁻³ … */
export function formatDecade(v: number): string {
  const k = Math.round(Math.log10(v));
  if (k === 0) return '1';
  if (k === 1) return '10';
  return formatPower(k);
}

/** N as a teacher would say it: 3.2, 34, 1,200, 340,000, 2.3 million, 4.5 × 10¹². */
export function formatTimes(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  if (n < 10) return String(Number(n.toFixed(1)));
  if (n < 100) return String(Math.round(n));
  const twoDigits = (v: number) => Number(v.toPrecision(2));
  if (n < 1e6) return twoDigits(n).toLocaleString('en-US');
  if (n < 1e9) return `${twoDigits(n / 1e6)} million`;
  if (n < 1e12) return `${twoDigits(n / 1e9)} billion`;
  const exp = Math.floor(Math.log10(n));
  return `${twoDigits(n / 10 ** exp)} × ${formatPower(exp)}`;
}
