/** The marks over the edges: a chain-rule path, the selected, hovered and pointed-at weights, overflowed edges. */
import type { WeightRef } from '../../engine';
import { fitsLayout, layoutOf, weightIndex, type ParamLayout } from '../../engine/layout';
import type { EdgeMode, HighlightedPath } from '../../store/appState';
import type { TrainerFrame } from '../../worker/protocol';
import { isComputed } from '../kit/computed';
import { NON_FINITE_COLOR, NON_FINITE_DASH, SIGN_COLORS, signColor, signDash } from '../kit/encodings';
import { themeColor } from '../kit/theme';
import { edgeSource } from './edgeValues';
import { edgeSegment, type GraphLayout } from './layout';
import type { EdgeRenderOptions } from './renderEdges';

/** The lesson's pointer, the same amber as the ring around a pointed-at neuron. */
const LESSON_HALO = (): string => themeColor('--lesson', '#b07000');
const EMPHASIS = (): string => themeColor('--emphasis', '#1d1f24');

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

/**
 * Haloes the path's edges, the weights a lesson points at, the selected and the hovered
 * weight, in that order (the last on top).
 */
export function strokeEmphasised(
  ctx: CanvasRenderingContext2D,
  layout: GraphLayout,
  params: ParamLayout,
  values: Float64Array,
  width: (v: number) => number,
  o: Pick<EdgeRenderOptions, 'path' | 'pointedAt' | 'selected' | 'hovered'>,
): void {
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
export function strokeNonFinite(
  ctx: CanvasRenderingContext2D,
  layout: GraphLayout,
  frame: TrainerFrame,
  mode: EdgeMode,
) {
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
