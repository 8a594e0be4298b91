/**
 * Colours and number formats the charts share. Runs are told apart by colour (Okabe–Ito,
 * safe for the common colour-vision deficiencies); train and test by dash, so the two
 * encodings never compete.
 */
import { format } from 'd3-format';
import { formatPower } from '../encodings';
import { formatLoss as formatNumberLoss } from '../format';

export const RUN_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;

export function runColor(index: number): string {
  return RUN_COLORS[index % RUN_COLORS.length];
}

/** Stroke dash per split: train solid, test dashed. */
export const SPLIT_DASH = { train: undefined, test: '6 4' } as const;

export const INK = '#1f2933';
export const MUTED_INK = '#52606d';
export const GRID = '#e4e7eb';
export const DIVERGED = '#b42318';

/** A loss as text, as the counters show it, but a non-finite loss reads "diverged". */
export function formatLoss(value: number): string {
  return Number.isFinite(value) ? formatNumberLoss(value) : 'diverged';
}

export const formatStep = format(',');

const plain = format('~g');

/** Log-axis tick: plain numbers near 1, powers of ten as 10⁻⁵ / 10⁸ far from it. */
export function formatLogTick(value: number): string {
  if (value >= 1e-3 && value < 1e4) return plain(value);
  const exponent = Math.round(Math.log10(value));
  return Math.abs(value / 10 ** exponent - 1) < 1e-9 ? formatPower(exponent) : format('.0e')(value);
}
