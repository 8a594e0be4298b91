/**
 * Paints the skip connections as arcs over the layers they bypass, with the edges' own
 * encoding: width = |∂L/∂s| (the gradient the skip's weight, fixed at 1, would have) or
 * |w| = 1, on the same scale as the weights; colour = sign. Few strokes (one per unit of a
 * skip layer), so each is its own path.
 */
import { layoutOf, skipIndex } from '../../engine/layout';
import type { EdgeMode } from '../../store/appState';
import type { TrainerFrame } from '../../worker/protocol';
import { SIGN_COLORS, signColor } from '../kit/encodings';
import { themeColor } from '../kit/theme';
import type { GraphLayout } from './layout';
import { skipArc } from './skipGeometry';

export interface SkipRenderOptions {
  mode: EdgeMode;
  /** px for a magnitude (the edges' scale). */
  width: (magnitude: number) => number;
  /** Whether a layer's connections are dimmed (highlighted layer, step-through focus, a path). */
  dimmed: (layer: number) => boolean;
  /** Skips on the highlighted chain-rule path, as "layer:unit". */
  emphasised: ReadonlySet<string>;
}

/** The value a skip's width shows: its gradient, or its fixed weight 1. */
export function skipValue(frame: TrainerFrame, layer: number, unit: number, mode: EdgeMode): number {
  if (mode === 'weight') return 1;
  const k = skipIndex(layoutOf(frame.layerSizes, frame.skips), layer, unit);
  return k >= 0 ? (frame.skipGrads[k] ?? NaN) : NaN;
}

export function renderSkips(
  ctx: CanvasRenderingContext2D,
  layout: GraphLayout,
  frame: TrainerFrame,
  o: SkipRenderOptions,
): void {
  const skips = frame.skips ?? [];
  ctx.lineCap = 'round';
  skips.forEach((on, layer) => {
    if (!on || layer + 1 >= layout.sizes.length) return;
    for (let unit = 0; unit < layout.sizes[layer + 1]; unit++) {
      const v = skipValue(frame, layer, unit, o.mode);
      const emphasised = o.emphasised.has(`${layer}:${unit}`);
      const w = Math.max(o.width(v), emphasised ? 2 : 0);
      const [x1, y1, cx, cy, x2, y2] = skipArc(layout, layer, unit);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.quadraticCurveTo(cx, cy, x2, y2);
      // A faint skeleton keeps every skip visible, however small its gradient.
      ctx.globalAlpha = o.dimmed(layer) && !emphasised ? 0.08 : 0.35;
      ctx.setLineDash([3, 3]);
      ctx.lineWidth = Math.max(1, layout.thinnest);
      ctx.strokeStyle = themeColor('--faint', 'rgb(120, 124, 135)');
      ctx.stroke();
      ctx.setLineDash([]);
      if (emphasised) {
        ctx.globalAlpha = 1;
        ctx.lineWidth = w + 3;
        ctx.strokeStyle = themeColor('--emphasis', '#1d1f24');
        ctx.stroke();
      }
      if (w > 0) {
        ctx.globalAlpha = emphasised ? 1 : o.dimmed(layer) ? 0.1 : 0.82;
        ctx.lineWidth = Math.max(w, layout.thinnest);
        const colour = signColor(v);
        ctx.strokeStyle = emphasised && colour === SIGN_COLORS.zero ? themeColor('--card', '#ffffff') : colour;
        ctx.stroke();
      }
    }
  });
  ctx.globalAlpha = 1;
}
