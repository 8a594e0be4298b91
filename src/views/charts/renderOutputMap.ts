/**
 * Plain canvas/SVG-path drawing for the output map (excalidraw style: React hosts the
 * canvases, these functions paint them). Colours come from the shared encodings, so a
 * blue region here means the same as a blue node in the graph: positive class / output.
 */
import { line } from 'd3-shape';
import type { LabelStyle } from '../../engine';
import type { DataPoints, OutputMap, TrainerData } from '../../worker/protocol';
import { drawGridImage, gridImage } from './gridImage';
import { gridImageRect, isPositive, paletteT, type MapGeometry } from './outputMapGeometry';
import { classColor, classOf, divergingPalette } from '../kit/encodings';
import { classShape, traceMarker } from './classMarkers';

type Grid = Extract<OutputMap, { kind: 'grid' }>;
type Curve = Extract<OutputMap, { kind: 'curve' }>;

/**
 * The heatmap uses the palette without its darkest ends and washed toward white, so the
 * saturated class colours of the points stay readable on top of it.
 */
const WASH = 0.5;
const PALETTE_SPAN = [0.1, 0.9] as const;
const LUT_SIZE = 256;
let lut: Uint8ClampedArray | null = null;

/** Heatmap colour at palette position t ∈ [0, 1], as RGB (also used by the legend ramp). */
export function heatRgb(t: number): [number, number, number] {
  const position = PALETTE_SPAN[0] + (PALETTE_SPAN[1] - PALETTE_SPAN[0]) * t;
  const [r, g, b] = (divergingPalette(position).match(/\d+/g) ?? ['0', '0', '0']).map(Number);
  return [r + (255 - r) * WASH, g + (255 - g) * WASH, b + (255 - b) * WASH].map(Math.round) as [number, number, number];
}

/** The heatmap palette sampled once into RGB triples. */
function heatLut(): Uint8ClampedArray {
  if (lut) return lut;
  lut = new Uint8ClampedArray(LUT_SIZE * 3);
  for (let k = 0; k < LUT_SIZE; k++) lut.set(heatRgb(k / (LUT_SIZE - 1)), 3 * k);
  return lut;
}

/** Paints the grid as an image over the plot square, smoothed between cell centres. */
export function renderHeatmap(
  ctx: CanvasRenderingContext2D,
  map: Grid,
  geometry: MapGeometry,
  labels: LabelStyle,
  scratch: HTMLCanvasElement,
): void {
  const res = map.resolution;
  const grid = map.values.length >= res * res ? gridImage(scratch, res) : null;
  if (!grid) return;
  const { image } = grid;
  const colours = heatLut();
  for (let k = 0; k < res * res; k++) {
    const v = map.values[k];
    const o = 4 * k;
    if (Number.isFinite(v)) {
      const c = 3 * Math.round(paletteT(v, labels) * (LUT_SIZE - 1));
      image.data[o] = colours[c];
      image.data[o + 1] = colours[c + 1];
      image.data[o + 2] = colours[c + 2];
    } else {
      // A diverged model: neutral grey rather than a misleading colour.
      image.data[o] = image.data[o + 1] = image.data[o + 2] = 205;
    }
    image.data[o + 3] = 255;
  }
  drawGridImage(ctx, grid, scratch, map.extent, geometry);
}

/**
 * The same grid as vector cells, one rectangle per run of equal colour in a row: what the
 * picture export records (renderHeatmap's smoothed image would be pixels).
 */
export function renderHeatmapCells(
  ctx: CanvasRenderingContext2D,
  map: Grid,
  geometry: MapGeometry,
  labels: LabelStyle,
): void {
  const res = map.resolution;
  if (res < 1 || map.values.length < res * res) return;
  const rect = gridImageRect(map.extent, geometry.x, geometry.y);
  const w = rect.width / res;
  const h = rect.height / res;
  const colourAt = (k: number) => {
    const v = map.values[k];
    return Number.isFinite(v)
      ? `rgb(${heatRgb(Math.round(paletteT(v, labels) * 255) / 255).join(',')})`
      : 'rgb(205,205,205)';
  };
  for (let r = 0; r < res; r++) {
    for (let c = 0; c < res;) {
      const colour = colourAt(r * res + c);
      let end = c + 1;
      while (end < res && colourAt(r * res + end) === colour) end++;
      ctx.fillStyle = colour;
      // A hair of overlap so no seam shows between cells when the picture is scaled.
      ctx.fillRect(rect.left + c * w, rect.top + r * h, (end - c) * w + 0.3, h + 0.3);
      c = end;
    }
  }
}

const NEUTRAL_POINT = '#3e4c59';

/** Smaller dots for denser data and smaller plots, so points don't become a carpet. */
export function pointRadius(count: number, side: number): number {
  const base = count > 2000 ? 1.6 : count > 600 ? 2.4 : 3.4;
  return base * Math.min(1.2, Math.max(0.55, side / 300));
}

/**
 * Training points as filled marks, test points as outlines; coloured and shaped by class
 * for classification (circle, square, … as in the legend), neutral for regression (the y
 * position is the target there).
 */
export function renderPoints(ctx: CanvasRenderingContext2D, data: TrainerData, geometry: MapGeometry): void {
  const { plot } = geometry;
  ctx.save();
  ctx.beginPath();
  const radius = pointRadius(data.train.count + data.test.count, Math.min(plot.width, plot.height));
  // Points on the border stay whole; points far outside the mapped square are cut.
  const pad = radius + 2;
  ctx.rect(plot.left - pad, plot.top - pad, plot.width + 2 * pad, plot.height + 2 * pad);
  ctx.clip();
  drawSet(ctx, data, data.train, geometry, radius, false);
  drawSet(ctx, data, data.test, geometry, radius, true);
  ctx.restore();
}

function drawSet(
  ctx: CanvasRenderingContext2D,
  data: TrainerData,
  set: DataPoints,
  geometry: MapGeometry,
  radius: number,
  hollow: boolean,
): void {
  const grid = geometry.kind === 'grid';
  const stride = data.inputSize;
  for (let n = 0; n < set.count; n++) {
    const px = geometry.x(set.inputs[n * stride]);
    const py = geometry.y(grid ? set.inputs[n * stride + 1] : set.targets[n * data.outputSize]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const oneHot = data.labels === 'one-hot';
    // Binary classes are class indices 0 (negative) and 1 (positive): the same colours and
    // shapes as the first two of K classes, so a class is never told by colour alone.
    const cls = oneHot
      ? classOf(set.targets, n * data.outputSize, data.outputSize)
      : isPositive(set.targets[n * data.outputSize], data.labels)
        ? 1
        : 0;
    const colour = grid ? classColor(cls) : NEUTRAL_POINT;
    ctx.beginPath();
    if (grid) traceMarker(ctx, classShape(cls), px, py, radius);
    else ctx.arc(px, py, radius, 0, 2 * Math.PI);
    if (hollow) {
      // A white halo keeps the ring visible on a heatmap of its own colour.
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.lineWidth = 3.2;
      ctx.stroke();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.6;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.strokeStyle = 'rgba(255,255,255,0.95)';
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  }
}

/** The model's curve as an SVG path through every (x, ŷ); non-finite outputs break it. */
export function curvePath(map: Curve, geometry: MapGeometry): string {
  const indices = Array.from({ length: Math.min(map.xs.length, map.ys.length) }, (_, k) => k);
  return (
    line<number>()
      .defined((k) => Number.isFinite(map.xs[k]) && Number.isFinite(map.ys[k]))
      .x((k) => geometry.x(map.xs[k]))
      .y((k) => geometry.y(map.ys[k]))(indices) ?? ''
  );
}
