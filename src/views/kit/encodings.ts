/**
 * The visual encodings every view shares (DESIGN §5), so a red edge in the graph means
 * the same as a red cell in a heatmap:
 *
 * - colour = sign, on one colour-blind-safe diverging palette (ColorBrewer RdBu):
 *   negative → red, 0 → near white, positive → blue; negative edges are also dashed (signDash). `signColor` for marks whose size
 *   already shows magnitude (edges, bias markers); `valueColor` where colour alone
 *   carries the value (node fill, heatmaps).
 * - edge width = magnitude, on a `linear` scale relative to the largest value (vanished
 *   gradients look vanished) or a `log` scale over LOG_DECADES decades below the largest
 *   (tiny values stay readable): `edgeStrength` → [0, 1], `edgeWidthScale` → pixels.
 * - node fill = activation a, `valueColor(a, 1)`.
 * Numbers are formatted in format.ts, names in names.ts.
 */
import { interpolateRdBu } from 'd3-scale-chromatic';
import type { EdgeScale } from '../../store/appState';

/** The diverging palette: t = 0 most negative, 0.5 zero, 1 most positive. */
export const divergingPalette: (t: number) => string = interpolateRdBu;

/** Saturated ends of the palette, for marks whose size (not colour) shows magnitude. */
export const SIGN_COLORS = {
  negative: interpolateRdBu(0.12),
  positive: interpolateRdBu(0.88),
  /** Exactly zero or not a number. */
  zero: '#888888',
} as const;

/**
 * Marks for a value that is ±∞ or NaN (an edge, a bar, a point): a colour outside the
 * diverging palette, always with a dash or a ⚠ as well, so it reads without colour too.
 */
export const NON_FINITE_COLOR = '#7e22ce';
/** The dash of a non-finite edge or line. */
export const NON_FINITE_DASH = [4, 3] as const;

/**
 * The dash of a mark whose sign is negative (an edge, a skip), scaled to its width so the
 * gaps stay open even under round caps (the skips); solid when positive. With colour, sign is never shown by
 * colour alone.
 */
export function signDash(value: number, width: number): number[] {
  return value < 0 ? [2.5 * width + 3, 2 * width + 3] : [];
}

/** Colour of a value's sign. */
export function signColor(value: number): string {
  if (value > 0) return SIGN_COLORS.positive;
  if (value < 0) return SIGN_COLORS.negative;
  return SIGN_COLORS.zero;
}

/** Colour of `value` on the palette, with ±`extent` at the ends (clamped). NaN → grey. */
export function valueColor(value: number, extent = 1): string {
  if (!Number.isFinite(value)) return SIGN_COLORS.zero;
  const t = 0.5 + 0.5 * Math.max(-1, Math.min(1, value / extent));
  // Views that quantise their values (dots, nodes) ask for the same few colours every frame.
  let c = paletteCache.get(t);
  if (c === undefined) {
    c = interpolateRdBu(t);
    if (paletteCache.size > 4096) paletteCache.clear();
    paletteCache.set(t, c);
  }
  return c;
}
const paletteCache = new Map<number, string>();

/** WCAG relative luminance of an "rgb(r, g, b)" or "#rrggbb" colour. */
export function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  const parts = hex
    ? [0, 2, 4].map((k) => parseInt(hex[1].slice(k, k + 2), 16))
    : (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * True when text on `valueColor(value, extent)` should be white rather than black: whichever
 * contrasts more, which on this palette is always at least 4.58:1 (WCAG AA asks 4.5).
 */
export function needsLightText(value: number, extent = 1): boolean {
  if (!Number.isFinite(value)) return false;
  const l = luminance(valueColor(value, extent));
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05;
}

/** The text colour for a name on a node filled with `valueColor(value)`. */
export function textOnValue(value: number): string {
  return needsLightText(value) ? '#ffffff' : '#000000';
}

/** Decades the log scale spans below the largest value; smaller values get no width. */
export const LOG_DECADES = 6;

/**
 * How strongly a magnitude shows, in [0, 1], given the largest magnitude in view.
 * linear: |v| / max (1000× smaller → 0.001, i.e. invisible).
 * log: 1 − decades-below-max / `decades` (1000× smaller with 6 decades → 0.5), 0 beyond.
 */
export function edgeStrength(kind: EdgeScale, magnitude: number, max: number, decades = LOG_DECADES): number {
  const m = Math.abs(magnitude);
  if (!(max > 0) || !(m > 0) || !Number.isFinite(m)) return 0;
  if (kind === 'linear') return Math.min(1, m / max);
  const t = 1 - Math.log10(max / m) / decades;
  return t <= 0 ? 0 : Math.min(1, t);
}

export interface WidthScaleOptions {
  /** Width of the largest value, px. Default 8. */
  maxWidth?: number;
  /** Log scale only: width of a value at the bottom decade, px, so it stays visible. Default 0.75. */
  minWidth?: number;
  /** Log scale only: decades below the max. Default LOG_DECADES. */
  decades?: number;
}

/** Stroke width in px for a magnitude, given the largest magnitude in view (0 = not drawn). */
export function edgeWidthScale(
  kind: EdgeScale,
  max: number,
  options: WidthScaleOptions = {},
): (magnitude: number) => number {
  const maxWidth = options.maxWidth ?? 8;
  const minWidth = Math.min(options.minWidth ?? 0.75, maxWidth);
  const decades = options.decades ?? LOG_DECADES;
  if (kind === 'linear') return (m) => edgeStrength('linear', m, max) * maxWidth;
  return (m) => {
    const t = edgeStrength('log', m, max, decades);
    return t > 0 ? minWidth + t * (maxWidth - minWidth) : 0;
  };
}

/** Largest |v| over values[start, end) (NaN ignored). */
export function maxAbs(values: ArrayLike<number>, start = 0, end = values.length): number {
  let max = 0;
  for (let k = start; k < end; k++) {
    const m = Math.abs(values[k]);
    if (m > max) max = m;
  }
  return max;
}

/**
 * Class colours for K ≥ 2 one-hot classes (class index 0, 1, …): the first two are the
 * binary palette's negative and positive ends, so two classes read the same either way;
 * then Okabe–Ito green, orange and reddish purple (colour-blind safe; the last two darkened). Classes are also
 * told apart by marker shape (CLASS_SHAPES), never by colour alone.
 */
export const CLASS_COLORS: readonly string[] = [
  SIGN_COLORS.negative,
  SIGN_COLORS.positive,
  '#009E73',
  // Darker than Okabe–Ito's orange and reddish purple, for 3:1 against white (marks, WCAG 1.4.11).
  '#b07000',
  '#b5568f',
];

/** Marker shape per class index. */
export const CLASS_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star'] as const;
export type ClassShape = (typeof CLASS_SHAPES)[number];

/** The colour of class `c` (cycling beyond the palette). */
export function classColor(c: number): string {
  return CLASS_COLORS[((c % CLASS_COLORS.length) + CLASS_COLORS.length) % CLASS_COLORS.length];
}

/** The class of a one-hot target row: the index of its largest entry. */
export function classOf(targets: ArrayLike<number>, offset: number, K: number): number {
  let best = 0;
  for (let m = 1; m < K; m++) if (targets[offset + m] > targets[offset + best]) best = m;
  return best;
}
