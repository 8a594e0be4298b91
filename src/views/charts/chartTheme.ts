/**
 * Colours the charts share (numbers: kit/format.ts). Runs are told apart by colour (Okabe–Ito,
 * safe for the common colour-vision deficiencies); train and test by dash, so the two
 * encodings never compete.
 */

/** The first two follow the theme (themes.css: --run-1, --run-2); SVG reads them as var(). */
export const RUN_COLORS = ['var(--run-1)', 'var(--run-2)', '#009E73', '#CC79A7'] as const;

export function runColor(index: number): string {
  return RUN_COLORS[index % RUN_COLORS.length];
}

/** Stroke dash per split: train solid, test dashed. */
export const SPLIT_DASH = { train: undefined, test: '6 4' } as const;

export const INK = 'var(--ink)';
export const MUTED_INK = 'var(--ink-2)';
export const GRID = 'var(--grid)';
export const DIVERGED = 'var(--error-ink)';
