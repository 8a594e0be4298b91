/**
 * Draws every edge of the network on a 2-D canvas (excalidraw-style: React hosts the
 * canvas, this plain function paints it). Width = |∂L/∂w| or |w| on the chosen scale,
 * colour = sign, and negative edges dashed (sign is never colour alone). Edges are bucketed
 * by (sign, quantised width) so a layer costs a few dozen strokes however many weights it
 * has; thin ones go first, thick ones on top. The values and the scale's 100 % come from
 * edgeValues.ts; the marks on top (path, selection, overflow) from edgeEmphasis.ts.
 */
import type { WeightRef } from '../../engine';
import { layoutOf } from '../../engine/layout';
import type { EdgeMode, EdgeScale, HighlightedPath } from '../../store/appState';
import type { TrainerFrame } from '../../worker/protocol';
import { themeColor } from '../kit/theme';
import { SIGN_COLORS, edgeWidthScale, signDash } from '../kit/encodings';
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
import { pathSkips, strokeEmphasised, strokeNonFinite } from './edgeEmphasis';
import { edgeSource } from './edgeValues';
import type { GraphLayout } from './layout';
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
const DIM = 0.1;
const SKELETON = (): string => themeColor('--edge-skeleton', 'rgba(120, 124, 135, 0.28)');
const SKELETON_DIM = (): string => themeColor('--edge-skeleton-dim', 'rgba(120, 124, 135, 0.08)');
const BAND = (): string => themeColor('--edge-band', 'rgba(120, 124, 135, 0.1)');
const BAND_DIM = (): string => themeColor('--edge-band-dim', 'rgba(120, 124, 135, 0.04)');

/** Whether engine layer `l`'s edges are dimmed by the highlighted layer or the focus. */
export function isLayerDimmed(l: number, o: Pick<EdgeRenderOptions, 'highlightedLayer' | 'focusLayers'>): boolean {
  if (o.focusLayers !== null && !o.focusLayers.includes(l)) return true;
  return o.highlightedLayer !== null && o.highlightedLayer !== l;
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
  strokeEmphasised(ctx, layout, params, values, width, o);
}
