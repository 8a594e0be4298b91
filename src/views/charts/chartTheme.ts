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

/** The same hues darkened for text, 4.5:1 or more on white (the marks themselves need only 3:1). */
export const RUN_TEXT_COLORS = ['var(--run-1)', 'var(--run-2-text)', '#007a5a', '#a8487f'] as const;

export function runTextColor(index: number): string {
  return RUN_TEXT_COLORS[index % RUN_TEXT_COLORS.length];
}

/** Stroke dash per split: train solid, test dashed. */
export const SPLIT_DASH = { train: undefined, test: '6 4' } as const;

export const INK = 'var(--ink)';
export const MUTED_INK = 'var(--ink-2)';
export const GRID = 'var(--grid)';
export const DIVERGED = 'var(--error-ink)';
