/**
 * The output map of a softmax network: each cell coloured by its winning class, with the
 * winner's probability as strength — near white where the network hesitates (probability
 * 1/K, a guess), the class's tint where it is sure. Washed like the binary heatmap so the
 * points stay readable on top.
 */
import type { OutputMap } from '../../worker/protocol';
import { classColor } from '../kit/encodings';
import { drawGridImage, gridImage } from './gridImage';
import { gridImageRect, type MapGeometry } from './outputMapGeometry';

type ClassGrid = Extract<OutputMap, { kind: 'classes' }>;

/** Strongest tint (at probability 1) and faintest (at 1/K), as a share of the class colour over white. */
const STRONG = 0.58;
const FAINT = 0.04;

/** Confidence scaled from the chance level 1/K (0) to certainty (1). */
export function confidenceShare(p: number, K: number): number {
  const t = (p - 1 / K) / (1 - 1 / K);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** "#rrggbb" or "rgb(r, g, b)" as numbers. */
function rgbOf(colour: string): number[] {
  if (colour.startsWith('#')) return [1, 3, 5].map((k) => parseInt(colour.slice(k, k + 2), 16));
  return (colour.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
}

/** RGB of class `c` at confidence share t ∈ [0, 1] (also the legend's ramp). */
export function classTint(c: number, t: number): [number, number, number] {
  const share = FAINT + (STRONG - FAINT) * t;
  return rgbOf(classColor(c)).map((v) => Math.round(255 + (v - 255) * share)) as [number, number, number];
}

export function renderClassMap(
  ctx: CanvasRenderingContext2D,
  map: ClassGrid,
  geometry: MapGeometry,
  scratch: HTMLCanvasElement,
): void {
  const res = map.resolution;
  const grid = map.winner.length >= res * res ? gridImage(scratch, res) : null;
  if (!grid) return;
  const { image } = grid;
  for (let k = 0; k < res * res; k++) {
    const p = map.confidence[k];
    const o = 4 * k;
    // A diverged model: neutral grey rather than a misleading colour.
    const [r, g, b] = Number.isFinite(p) ? classTint(map.winner[k], confidenceShare(p, map.classes)) : [205, 205, 205];
    image.data[o] = r;
    image.data[o + 1] = g;
    image.data[o + 2] = b;
    image.data[o + 3] = 255;
  }
  // Smoothed between cell centres like the binary map: at a border both winners are unsure,
  // so their faint tints blend toward white rather than into a third class's colour.
  drawGridImage(ctx, grid, scratch, map.extent, geometry);
}

/** The same map as one rectangle per run of equal cells (the picture export's vector form). */
export function renderClassMapCells(ctx: CanvasRenderingContext2D, map: ClassGrid, geometry: MapGeometry): void {
  const res = map.resolution;
  if (res < 1 || map.winner.length < res * res) return;
  const rect = gridImageRect(map.extent, geometry.x, geometry.y);
  const w = rect.width / res;
  const h = rect.height / res;
  // Quantised to 1/32 of the tint so neighbouring cells merge into runs.
  const colourAt = (k: number) => {
    const p = map.confidence[k];
    if (!Number.isFinite(p)) return 'rgb(205,205,205)';
    const t = Math.round(confidenceShare(p, map.classes) * 32) / 32;
    return `rgb(${classTint(map.winner[k], t).join(',')})`;
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
