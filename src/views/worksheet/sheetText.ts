/** How a printed worksheet writes names and numbers: subscript digits (O₂₁, w₂₁←₁₁), four significant digits. */
const SUB = '₀₁₂₃₄₅₆₇₈₉';

export function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => SUB[Number(d)]);
}

/** Two 1-based indices: "₂₁", or "₂,₁₂" when one of them has two digits. */
function pair(l: number, j: number): string {
  return l < 10 && j < 10 ? sub(l) + sub(j) : `${sub(l)},${sub(j)}`;
}

/** Unit j of engine layer l → "21" as subscript, for z₂₁, a₂₁, δ₂₁, b₂₁. */
export const unitSub = (layer: number, unit: number) => pair(layer + 1, unit + 1);

/** What feeds input i of engine layer l, as a value's name: x₁, or a₁₁. */
export function sourceValue(layer: number, i: number): string {
  return layer === 0 ? `x${sub(i + 1)}` : `a${unitSub(layer - 1, i)}`;
}

/** The weight from input i into unit j of layer l, as the app writes it: w with "x₁→O₁₁" below. */
export function weightName(layer: number, j: number, i: number): string {
  const from = layer === 0 ? `x${sub(i + 1)}` : `O${unitSub(layer - 1, i)}`;
  return `w(${from}→O${unitSub(layer, j)})`;
}

/** A number for a hand calculation: four significant digits, a true minus sign, no exponent under 1e-4. */
export function num(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e-4 && abs < 1e6) return String(Number(v.toPrecision(4))).replace('-', '−');
  const [mantissa, exponent] = v.toExponential(3).split('e');
  const sup = exponent.replace('+', '').replace(/[-\d]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
  return `${mantissa.replace('-', '−')}×10${sup}`;
}

/** A number as a factor in a formula: negative ones in parentheses. */
export function factor(v: number): string {
  return v < 0 ? `(${num(v)})` : num(v);
}
