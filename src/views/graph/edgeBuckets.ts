/**
 * The bucketed edge painter behind renderEdges: a counting sort of a layer's edges by
 * (sign, quantised width) so each bucket is a handful of strokes, a cap on how many
 * edges a dense layer draws (the strongest ones: software rasterisers spend seconds on
 * tens of thousands of long anti-aliased lines), and the strokes themselves.
 */
import type { LayerSlice } from '../../engine';
import { weightFrom, weightTo } from '../../engine/layout';
import type { GraphLayout } from './layout';

/** Width levels; level 0 (thinner than half a level) is not drawn. */
export const LEVELS = 24;
/** Beyond this many weights a layer draws only its strongest edges over a shaded band. */
export const MAX_EDGES_PER_LAYER = 800;
/**
 * Coloured edges in the whole graph, at most. A deep net of wide layers would otherwise
 * stroke 800 long anti-aliased lines into every 50-pixel gap between its columns, each
 * pixel covered many times over, and the page spent most of its frame rasterising them
 * (12 × 64 units: ~13 ms a frame in Chromium without a GPU); at this budget (150 edges into
 * each of those layers) a gap still shows its strongest paths, and nobody can tell the
 * difference in the hairlines. 2,400 still cost about 4 ms a frame to rasterise there.
 */
export const MAX_EDGES = 2000;
/** The fewest a dense layer draws, however many layers share the budget. */
const MIN_EDGES_PER_LAYER = 100;

/**
 * How many edges each dense layer draws: the largest round number (of 50) that keeps every
 * layer's drawn edges within MAX_EDGES, between MIN_EDGES_PER_LAYER and MAX_EDGES_PER_LAYER.
 * `sizes` are the columns' units (inputs first); a layer with no more weights than this draws all.
 */
export function edgeBudget(sizes: readonly number[]): number {
  const weights = sizes.slice(1).map((n, l) => n * sizes[l]);
  const drawn = (b: number) => weights.reduce((sum, w) => sum + Math.min(w, b), 0);
  let b = MAX_EDGES_PER_LAYER;
  while (b > MIN_EDGES_PER_LAYER && drawn(b) > MAX_EDGES) b -= 50;
  return b;
}
/** Edges the graph strokes in colour for these columns (each dense layer its budget, others all). */
export function drawnEdges(sizes: readonly number[]): number {
  const budget = edgeBudget(sizes);
  return sizes.slice(1).reduce((sum, n, l) => sum + Math.min(n * sizes[l], budget), 0);
}

/** Strokes per path: one path with thousands of crossing segments rasterises far slower. */
const CHUNK = 256;

export const BUCKETS = LEVELS * 2;
/** After sortByBucket: bucket `key` holds sorted[bucketStart[key] … bucketStart[key + 1]). */
export const bucketStart = new Uint32Array(BUCKETS + 2);
// Scratch reused across frames so a big net does not allocate per draw.
let keys = new Uint8Array(0);
let sorted = new Uint32Array(0);

/**
 * Counting sort of the layer's edges by bucket, sign (2) × width level (LEVELS); level 0
 * is too thin to draw. Returns edge indices grouped by bucket, `bucketStart` marks the runs.
 */
export function sortByBucket(
  values: Float64Array,
  s: LayerSlice,
  width: (m: number) => number,
  step: number,
): Uint32Array {
  const n = s.weightCount;
  const perLevel = 1 / step;
  if (keys.length < n) {
    keys = new Uint8Array(n);
    sorted = new Uint32Array(n);
  }
  bucketStart.fill(0);
  for (let k = 0; k < n; k++) {
    const v = values[s.w + k];
    const level = Math.min(LEVELS, Math.round(width(v) * perLevel));
    const key = level === 0 ? 0 : level * 2 - (v < 0 ? 1 : 0);
    keys[k] = key;
    bucketStart[key + 1]++;
  }
  for (let key = 1; key <= BUCKETS + 1; key++) bucketStart[key] += bucketStart[key - 1];
  const next = bucketStart.slice();
  for (let k = 0; k < n; k++) sorted[next[keys[k]]++] = k;
  return sorted;
}

/** Strokes edges order[start, end) of layer l (all edges in index order when `order` is null) as one path. */
export function strokeEdges(
  ctx: CanvasRenderingContext2D,
  layout: GraphLayout,
  l: number,
  s: LayerSlice,
  order: Uint32Array | null,
  start: number,
  end: number,
  lineWidth: number,
  color: string,
): void {
  if (end <= start) return;
  // Same geometry as edgeSegment, inlined: this loop runs once per edge per frame.
  const x1 = layout.columnX[l] + layout.radius;
  const x2 = layout.columnX[l + 1] - layout.radius;
  const ys = layout.unitY[l];
  const yt = layout.unitY[l + 1];
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = color;
  for (let chunk = start; chunk < end; chunk += CHUNK) {
    ctx.beginPath();
    for (let q = chunk, last = Math.min(end, chunk + CHUNK); q < last; q++) {
      const k = order === null ? q : order[q];
      ctx.moveTo(x1, ys[weightFrom(s, k)]);
      ctx.lineTo(x2, yt[weightTo(s, k)]);
    }
    ctx.stroke();
  }
}

/**
 * Where the `budget` strongest edges of the last sort begin: from bucket `key` on, the
 * first of which is drawn from `start` (its strongest tail when it does not fit whole).
 */
export function strongest(budget: number): { key: number; start: number } {
  let left = budget;
  for (let key = BUCKETS; key >= 1; key--) {
    const count = bucketStart[key + 1] - bucketStart[key];
    if (count >= left) return { key, start: bucketStart[key + 1] - left };
    left -= count;
  }
  return { key: 1, start: bucketStart[1] };
}

/** The faint band between two columns that stands in for a dense layer's hairlines. */
export function fillBand(ctx: CanvasRenderingContext2D, layout: GraphLayout, l: number, color: string): void {
  const ys = layout.unitY[l];
  const yt = layout.unitY[l + 1];
  const x1 = layout.columnX[l] + layout.radius;
  const x2 = layout.columnX[l + 1] - layout.radius;
  ctx.beginPath();
  ctx.moveTo(x1, ys[0]);
  ctx.lineTo(x2, yt[0]);
  ctx.lineTo(x2, yt[yt.length - 1]);
  ctx.lineTo(x1, ys[ys.length - 1]);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}
