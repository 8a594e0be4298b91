/**
 * The nodes painted on the graph's canvas, for networks with many units. Updating hundreds
 * of SVG circles every frame (fill, saturation flag, bias marker) cost the page most of its
 * frame at 12 hidden layers × 64 (npm run bench:ui): attribute writes, then style and paint
 * of the whole SVG. Here the same marks are a few dozen canvas fills: the fills are
 * quantised to NODE_SHADES shades of the palette (finer than the eye tells apart at a few
 * pixels) and every node of one shade is one path. The SVG circles stay where they are,
 * transparent, as the accessible and clickable layer (NodeLayer: focus, names, tooltips).
 */
import { biasIndex, layoutOf, unitIndex } from '../../engine/layout';
import type { EdgeScale } from '../../store/appState';
import type { TrainerFrame } from '../../worker/protocol';
import { edgeStrength, signColor, valueColor } from '../kit/encodings';
import { themeColor } from '../kit/theme';
import type { GraphLayout } from './layout';

/** From this many units (inputs, hidden and outputs together) the nodes are painted here. */
export const CANVAS_NODES_FROM = 128;

/** Shades of the activation palette a painted node takes (per side of 0). */
const NODE_SHADES = 24;

// The theme's colours of the SVG nodes' strokes (graph.css), light-theme values as fallback.
const OUTLINE = () => themeColor('--ink-2', '#3d4250');
const INPUT_OUTLINE = () => themeColor('--faint', '#8a8f9c');
const RING = () => themeColor('--ink', '#1d1f24');
const CARD = () => themeColor('--card', '#ffffff');

export function paintsNodes(sizes: readonly number[]): boolean {
  return sizes.reduce((sum, n) => sum + n, 0) >= CANVAS_NODES_FROM;
}

export interface NodePaintOptions {
  /** The flat values the bias markers show (gradients or parameters), as the edges. */
  values: Float64Array;
  scale: EdgeScale;
  scaleMax: number;
  /** Columns drawn faint (−1 = inputs; engine layers otherwise); null: none. */
  dimmed: readonly number[] | null;
}

const shades = new Map<number, string>();

/** The colour of shade `q` (−NODE_SHADES … NODE_SHADES; NaN: not a number). */
function shade(q: number): string {
  let c = shades.get(q);
  if (c === undefined) {
    c = valueColor(q / NODE_SHADES);
    shades.set(q, c);
  }
  return c;
}

// Scratch reused across frames: a wide network paints every frame.
const BUCKETS = 2 * NODE_SHADES + 2;
let order = new Uint32Array(0);
const counts = new Uint32Array(2 * BUCKETS + 1);

/** The bucket of a value: its shade, offset to start at 1; 0 for NaN and ±∞. */
function bucketOf(value: number): number {
  return Number.isFinite(value) ? Math.round(Math.max(-1, Math.min(1, value)) * NODE_SHADES) + NODE_SHADES + 1 : 0;
}

/**
 * Paints every node in two passes over the whole graph, not per column: a counting sort
 * of all units by (faint or not, shade), then one path and one fill per bucket and one
 * stroke per outline style. At 12 × 64 that is a few dozen fills a frame instead of one
 * per shade per column (several hundred); the columns never overlap, so the picture is the
 * same. Saturation rings and bias markers follow, column by column, above the nodes.
 */
export function paintNodes(
  ctx: CanvasRenderingContext2D,
  layout: GraphLayout,
  frame: TrainerFrame,
  o: NodePaintOptions,
): void {
  const { probe } = frame;
  const params = layoutOf(layout.sizes);
  const r = layout.radius;
  const marks = r >= 4;
  // On a projector nothing fades below its contrast and strokes are thicker (lecture.css).
  const large = layout.textScale > 1;
  const faint = (c: number) => !large && o.dimmed?.includes(c - 1) === true;
  const columns = layout.sizes.length;
  const valueOf = (c: number, j: number) => (c === 0 ? probe.input[j] : probe.a[unitIndex(params, c - 1, j)]);
  // Unit u of the graph is column c's unit j with u = offset[c] + j.
  const offset = [0];
  for (let c = 0; c < columns; c++) offset.push(offset[c] + layout.unitY[c].length);
  const total = offset[columns];
  if (order.length < total) order = new Uint32Array(total);
  const key = (c: number, j: number) => (faint(c) ? BUCKETS : 0) + bucketOf(valueOf(c, j));
  counts.fill(0);
  for (let c = 0; c < columns; c++) for (let j = 0; j < layout.unitY[c].length; j++) counts[key(c, j) + 1]++;
  for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
  for (let c = 0; c < columns; c++) {
    for (let j = 0; j < layout.unitY[c].length; j++) order[counts[key(c, j)]++] = offset[c] + j;
  }
  const columnOf = (u: number) => {
    let c = 0;
    while (offset[c + 1] <= u) c++;
    return c;
  };
  let start = 0;
  for (let b = 0; b < counts.length - 1; b++) {
    const end = counts[b];
    if (end === start) continue;
    ctx.globalAlpha = b >= BUCKETS ? 0.3 : 1;
    ctx.beginPath();
    for (let q = start; q < end; q++) {
      const c = columnOf(order[q]);
      circle(ctx, layout.columnX[c], layout.unitY[c][order[q] - offset[c]], r);
    }
    const shadeBucket = b % BUCKETS;
    ctx.fillStyle = shadeBucket === 0 ? shade(NaN) : shade(shadeBucket - NODE_SHADES - 1);
    ctx.fill();
    start = end;
  }
  ctx.lineWidth = large ? 2.5 : marks ? 1.25 : 0.5;
  // Outlines: inputs in their own colour; faint columns and the rest apart.
  for (const [inputs, dim] of [
    [true, false],
    [true, true],
    [false, false],
    [false, true],
  ] as const) {
    ctx.beginPath();
    let any = false;
    for (let c = inputs ? 0 : 1; c < (inputs ? 1 : columns); c++) {
      if (faint(c) !== dim) continue;
      any = true;
      for (const y of layout.unitY[c]) circle(ctx, layout.columnX[c], y, r);
    }
    if (!any) continue;
    ctx.globalAlpha = dim ? 0.3 : 1;
    ctx.strokeStyle = inputs ? INPUT_OUTLINE() : OUTLINE();
    ctx.stroke();
  }
  if (marks) {
    for (let c = 1; c < columns; c++) {
      ctx.globalAlpha = faint(c) ? 0.3 : 1;
      paintMarks(ctx, layout.columnX[c], layout.unitY[c], r, c - 1, frame, params, o, large);
    }
  }
  ctx.globalAlpha = 1;
}

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, 2 * Math.PI);
}

/** Saturation rings (dashed, as in the SVG) and bias markers, where the nodes are big enough to carry them. */
function paintMarks(
  ctx: CanvasRenderingContext2D,
  x: number,
  ys: readonly number[],
  rr: number,
  l: number,
  frame: TrainerFrame,
  params: ReturnType<typeof layoutOf>,
  o: NodePaintOptions,
  large: boolean,
): void {
  ctx.beginPath();
  for (let j = 0; j < ys.length; j++) {
    if (frame.probe.status[unitIndex(params, l, j)] !== 0) circle(ctx, x, ys[j], rr + 2.5);
  }
  ctx.save();
  ctx.setLineDash?.([2.5, 2.5]);
  ctx.strokeStyle = RING();
  ctx.lineWidth = large ? 3 : 1.5;
  ctx.stroke();
  ctx.restore();
  const s = Math.max(3, rr * 0.36);
  for (let j = 0; j < ys.length; j++) {
    const b = o.values[biasIndex(params, l, j)];
    const t = edgeStrength(o.scale, b, o.scaleMax);
    const k = 0.55 + 0.45 * t;
    const cy = ys[j] - (rr + s + 1.5);
    ctx.beginPath();
    ctx.moveTo(x - s * k, cy - s * 0.75 * k);
    ctx.lineTo(x + s * k, cy - s * 0.75 * k);
    ctx.lineTo(x, cy + s * 0.85 * k);
    ctx.closePath();
    ctx.fillStyle = t > 0 ? signColor(b) : CARD();
    ctx.fill();
    ctx.strokeStyle = OUTLINE();
    ctx.lineWidth = large ? 2 : 0.9;
    ctx.stroke();
  }
}
