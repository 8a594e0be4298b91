/**
 * Where things go in the output map, as pure functions.
 *
 * Grid orientation (src/worker/frames.ts fills `OutputMap` values this way):
 *   the square [−extent, extent]² is cut into resolution × resolution equal cells, and
 *   values[r * resolution + c] is the model's output at the CENTRE of cell (r, c):
 *     x₁ = −extent + (c + ½) · 2·extent / resolution    (c = 0 … res−1, left → right)
 *     x₂ = +extent − (r + ½) · 2·extent / resolution    (r = 0 … res−1, top → bottom)
 *   so row 0 is the top: the first cell's top-left corner is (−extent, +extent), the
 *   last cell's bottom-right corner is (+extent, −extent).
 * Drawn as a resolution×resolution image stretched over exactly that square.
 */
import { extent as d3Extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { LabelStyle } from '../../engine';
import type { OutputMap, TrainerData } from '../../worker/protocol';
import { NON_FINITE_MARK, formatCount } from '../kit/format';

export interface Point {
  x: number;
  y: number;
}

/** Input-space centre of grid cell (row, col), where its value was computed; see above. */
export function gridCellCenter(row: number, col: number, resolution: number, extent: number): Point {
  const cell = (2 * extent) / resolution;
  return { x: -extent + (col + 0.5) * cell, y: extent - (row + 0.5) * cell };
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Pixel rectangle the grid image is drawn into: the square [−extent, extent]², image row 0
 * at the top, so image pixel (r, c) covers cell (r, c) and its centre lands on the cell's.
 */
export function gridImageRect(extent: number, x: (v: number) => number, y: (v: number) => number): Rect {
  const left = x(-extent);
  const top = y(extent);
  return { left, top, width: x(extent) - left, height: y(-extent) - top };
}

/** The output range the labels imply: [0, 1] for zero-one, [−1, 1] for plus-minus. */
export function outputRange(labels: LabelStyle): [number, number] {
  return labels === 'plus-minus' ? [-1, 1] : [0, 1];
}

/** Position of an output on the diverging palette, 0 (negative class) … 1 (positive). */
export function paletteT(value: number, labels: LabelStyle): number {
  const [lo, hi] = outputRange(labels);
  const t = (value - lo) / (hi - lo);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** A target is the positive class when it lies in the upper half of the output range. */
export function isPositive(target: number, labels: LabelStyle): boolean {
  const [lo, hi] = outputRange(labels);
  return target > (lo + hi) / 2;
}

export const MAP_MARGIN = { top: 8, right: 10, bottom: 36, left: 42 } as const;

export interface MapGeometry {
  kind: 'grid' | 'curve';
  width: number;
  height: number;
  plot: Rect;
  /** Input (x₁ or x) → px, in the chart's own coordinates (margins included). */
  x: ScaleLinear<number, number>;
  /** x₂ (grid) or y (curve) → px. */
  y: ScaleLinear<number, number>;
}

/**
 * Grid: a square plot of [−extent, extent]², centred in the box. Curve: the whole box,
 * x over the data's inputs and y over its targets (padded), so the frame stays put while
 * the model's curve moves; the curve is clipped to the plot.
 */
export function mapGeometry(
  kind: 'grid' | 'curve',
  width: number,
  height: number,
  data: TrainerData,
  extent: number,
  margin: { top: number; right: number; bottom: number; left: number } = MAP_MARGIN,
): MapGeometry {
  const availableWidth = Math.max(20, width - margin.left - margin.right);
  const availableHeight = Math.max(20, height - margin.top - margin.bottom);
  if (kind === 'grid') {
    const side = Math.min(availableWidth, availableHeight);
    const plot = {
      left: margin.left + (availableWidth - side) / 2,
      top: margin.top,
      width: side,
      height: side,
    };
    const x = scaleLinear()
      .domain([-extent, extent])
      .range([plot.left, plot.left + side]);
    const y = scaleLinear()
      .domain([-extent, extent])
      .range([plot.top + side, plot.top]);
    return { kind, width, height, plot, x, y };
  }
  const plot = { left: margin.left, top: margin.top, width: availableWidth, height: availableHeight };
  const [x0, x1] = paddedExtent([data.train.inputs, data.test.inputs], 0.02, [-extent, extent]);
  const [y0, y1] = paddedExtent([data.train.targets, data.test.targets], 0.12, [-1, 1]);
  const x = scaleLinear()
    .domain([x0, x1])
    .range([plot.left, plot.left + plot.width])
    .nice();
  const y = scaleLinear()
    .domain([y0, y1])
    .range([plot.top + plot.height, plot.top])
    .nice();
  return { kind, width, height, plot, x, y };
}

function paddedExtent(arrays: ArrayLike<number>[], pad: number, fallback: [number, number]): [number, number] {
  const all = arrays.flatMap((a) => Array.from(a).filter(Number.isFinite));
  const [lo, hi] = d3Extent(all);
  if (lo === undefined || hi === undefined) return fallback;
  const margin = (hi - lo || 1) * pad;
  return [lo - margin, hi + margin];
}

/** Outputs that overflowed are grey cells or gaps in the curve: a sentence saying so ('' when none did). */
export function overflowText(map: OutputMap): string {
  const values = map.kind === 'grid' ? map.values : map.kind === 'classes' ? map.confidence : map.ys;
  let bad = 0;
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) bad++;
  if (bad === 0) return '';
  const where = map.kind === 'curve' ? 'gaps in the curve' : 'grey';
  return `${NON_FINITE_MARK} The output overflowed (∞ or NaN, not a number) at ${formatCount(bad)} of ${formatCount(values.length)} points: ${where}.`;
}
