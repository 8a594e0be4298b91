/**
 * Draws every edge of the network on a 2-D canvas (excalidraw-style: React hosts the
 * canvas, this plain function paints it). Width = |∂L/∂w| or |w| on the chosen scale,
 * colour = sign, and negative edges dashed (sign is never colour alone). Edges are bucketed by (sign, quantised width) so a layer costs a few
 * dozen strokes however many weights it has; thin ones go first, thick ones on top.
 */
import type { WeightRef } from '../../engine';
import { fitsLayout, layoutOf, weightIndex } from '../../engine/layout';
import type { EdgeMode, EdgeScale, HighlightedPath } from '../../store/appState';
import type { Frame, TrainerFrame } from '../../worker/protocol';
import { isComputed } from '../kit/computed';
import { themeColor } from '../kit/theme';
import { NON_FINITE_COLOR, NON_FINITE_DASH, SIGN_COLORS, edgeWidthScale, signColor, signDash } from '../kit/encodings';
import {
  BUCKETS,
  LEVELS,
  bucketStart,
  edgeBudget,
  fillBand,
  sortByBucket,
  strokeEdges,
  strongest,
} from './edgeBuckets';
import { edgeSegment, type GraphLayout } from './layout';
import { renderSkips } from './renderSkips';

export interface EdgeRenderOptions {
  mode: EdgeMode;
  scale: EdgeScale;
  /** Engine layer whose edges stay bright while the others dim (null: none). */
  highlightedLayer: number | null;
  /** Engine layers kept bright by the step-through focus (null: no focus). */
  focusLayers: readonly number[] | null;
  path: HighlightedPath | null;
  selected: WeightRef | null;
  hovered: WeightRef | null;
  /** Weights a lesson step points at. */
  pointedAt?: readonly WeightRef[];
  /** The width scale's 100 %: the largest edge in view (shared by both networks in compare mode). */
  scaleMax: number;
}

const BRIGHT = 0.82;
/** The lesson's pointer, the same amber as the ring around a pointed-at neuron. */
const LESSON_HALO = (): string => themeColor('--lesson', '#b07000');
const DIM = 0.1;
const SKELETON = (): string => themeColor('--edge-skeleton', 'rgba(120, 124, 135, 0.28)');
const SKELETON_DIM = (): string => themeColor('--edge-skeleton-dim', 'rgba(120, 124, 135, 0.08)');
const BAND = (): string => themeColor('--edge-band', 'rgba(120, 124, 135, 0.1)');
const BAND_DIM = (): string => themeColor('--edge-band-dim', 'rgba(120, 124, 135, 0.04)');
const EMPHASIS = (): string => themeColor('--emphasis', '#1d1f24');

/** The flat array the edges encode: gradients or the weights themselves. */
export function edgeSource(frame: TrainerFrame, mode: EdgeMode): Float64Array {
  return mode === 'gradient' ? frame.grads : frame.params;
}

/** Largest |value| over every weight (not bias) of the network, from the frame: the linear scale's 100 %. */
export function maxEdgeMagnitude(frame: TrainerFrame, mode: EdgeMode): number {
  const offset = mode === 'gradient' ? 0 : 1;
  let max = 0;
  for (let k = offset; k < frame.edgeMax.length; k += 2) max = Math.max(max, frame.edgeMax[k]);
  return max;
}

/**
 * The largest edge over several trainers, so networks drawn side by side (compare mode)
 * share one width scale and a vanished gradient on one side looks vanished next to the other.
 */
export function sharedEdgeMax(frame: Frame | null, trainers: readonly number[], mode: EdgeMode): number | null {
  let max: number | null = null;
  for (const k of trainers) {
    const t = frame?.trainers[k];
    if (t) max = Math.max(max ?? 0, maxEdgeMagnitude(t, mode));
  }
  return max;
}

/** Whether engine layer `l`'s edges are dimmed by the highlighted layer or the focus. */
export function isLayerDimmed(l: number, o: Pick<EdgeRenderOptions, 'highlightedLayer' | 'focusLayers'>): boolean {
  if (o.focusLayers !== null && !o.focusLayers.includes(l)) return true;
  return o.highlightedLayer !== null && o.highlightedLayer !== l;
}

/** The weights a highlighted chain-rule path runs along (its hops along skip connections excepted). */
export function pathEdges(path: HighlightedPath): WeightRef[] {
  const edges: WeightRef[] = [];
  let from = path.from;
  path.units.forEach((to, k) => {
    if (!(k > 0 && path.skips?.[k - 1])) edges.push({ layer: path.layer + k, to, from });
    from = to;
  });
  return edges;
}

/** The skip connections a highlighted path runs along, as "layer:unit". */
export function pathSkips(path: HighlightedPath | null): Set<string> {
  const out = new Set<string>();
  path?.units.forEach((to, k) => {
    if (k > 0 && path.skips?.[k - 1]) out.add(`${path.layer + k}:${to}`);
  });
  return out;
}

export function renderEdges(
  ctx: CanvasRenderingContext2D,
  layout: GraphLayout,
  frame: TrainerFrame,
  o: EdgeRenderOptions,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  const params = layoutOf(layout.sizes);
  const slices = params.layers;
  if (frame.params.length < (slices.at(-1)?.b ?? 0)) return;
  const values = edgeSource(frame, o.mode);
  const width = edgeWidthScale(o.scale, o.scaleMax, { maxWidth: layout.maxEdgeWidth });
  const step = layout.maxEdgeWidth / LEVELS;
  // Butt caps: an edge's ends hide under its nodes, and round caps cost a software
  // rasteriser about a millisecond a frame on 2,000 edges (npm run bench:ui, 12 × 64).
  ctx.lineCap = 'butt';
  const budget = edgeBudget(layout.sizes);
  slices.forEach((s, l) => {
    const dim = isLayerDimmed(l, o) || o.path !== null;
    const n = s.weightCount;
    if (n > budget) fillBand(ctx, layout, l, dim ? BAND_DIM() : BAND());
    else strokeEdges(ctx, layout, l, s, null, 0, n, layout.thinnest, dim ? SKELETON_DIM() : SKELETON());
    const order = sortByBucket(values, s, width, step);
    const cut = strongest(budget);
    // Dense layers fade a little so overlapping strokes do not merge into one slab.
    const density = Math.min(1, 10 / Math.sqrt(n));
    for (let key = cut.key; key <= BUCKETS; key++) {
      const level = (key + 1) >> 1;
      // Weaker edges also fade a little, so strong paths read first where edges overlap.
      ctx.globalAlpha = (dim ? DIM : BRIGHT * (0.35 + 0.65 * density)) * (0.45 + 0.55 * (level / LEVELS));
      const start = key === cut.key ? cut.start : bucketStart[key];
      const lineWidth = Math.max(level * step, 0.6, layout.thinnest);
      // Odd buckets are the negative edges: dashed as well as red.
      ctx.setLineDash(signDash(key % 2 === 1 ? -1 : 1, lineWidth));
      strokeEdges(
        ctx,
        layout,
        l,
        s,
        order,
        start,
        bucketStart[key + 1],
        lineWidth,
        key % 2 === 1 ? SIGN_COLORS.negative : SIGN_COLORS.positive,
      );
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  });
  renderSkips(ctx, layout, frame, {
    mode: o.mode,
    width,
    dimmed: (l) => isLayerDimmed(l, o) || o.path !== null,
    emphasised: pathSkips(o.path),
  });
  strokeNonFinite(ctx, layout, frame, o.mode);
  const emphasised: [WeightRef, string][] = [];
  if (o.path) for (const e of pathEdges(o.path)) emphasised.push([e, EMPHASIS()]);
  for (const e of o.pointedAt ?? []) emphasised.push([e, LESSON_HALO()]);
  if (o.selected) emphasised.push([o.selected, EMPHASIS()]);
  if (o.hovered) emphasised.push([o.hovered, themeColor('--hover', '#5b6070')]);
  for (const [e, halo] of emphasised) {
    if (!fitsLayout(params, e)) continue;
    const v = values[weightIndex(params, e.layer, e.to, e.from)];
    drawEmphasised(ctx, layout, e, Math.max(width(v), 2), signColor(v), halo);
  }
}

/**
 * Edges whose value is ±∞ or NaN would get no width and vanish: they are drawn instead,
 * dashed at full width in the non-finite colour (the legend says what that means).
 * Values the step-through has not computed yet are not among them.
 */
function strokeNonFinite(ctx: CanvasRenderingContext2D, layout: GraphLayout, frame: TrainerFrame, mode: EdgeMode) {
  if ((mode === 'gradient' ? frame.nonFinite.grads : frame.nonFinite.params) === 0) return;
  const values = edgeSource(frame, mode);
  ctx.save();
  ctx.setLineDash(NON_FINITE_DASH);
  ctx.strokeStyle = NON_FINITE_COLOR;
  ctx.lineWidth = Math.max(2, layout.maxEdgeWidth / 2);
  ctx.beginPath();
  const params = layoutOf(layout.sizes);
  params.layers.forEach((s, l) => {
    if (mode === 'gradient' && !isComputed(frame, 'grads', l)) return;
    for (let to = 0; to < s.nOut; to++) {
      for (let from = 0; from < s.nIn; from++) {
        const v = values[weightIndex(params, l, to, from)];
        if (v - v === 0) continue;
        const [x1, y1, x2, y2] = edgeSegment(layout, l, to, from);
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
      }
    }
  });
  ctx.stroke();
  ctx.restore();
}

function drawEmphasised(
  ctx: CanvasRenderingContext2D,
  layout: GraphLayout,
  e: WeightRef,
  w: number,
  color: string,
  halo: string,
): void {
  const [x1, y1, x2, y2] = edgeSegment(layout, e.layer, e.to, e.from);
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.strokeStyle = halo;
  ctx.lineWidth = w + 3;
  ctx.stroke();
  ctx.strokeStyle = color === SIGN_COLORS.zero ? themeColor('--card', '#ffffff') : color;
  ctx.lineWidth = w;
  ctx.setLineDash(signDash(color === SIGN_COLORS.negative ? -1 : 1, w));
  ctx.stroke();
  ctx.setLineDash([]);
}
