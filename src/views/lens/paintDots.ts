/** The activation curve's dots on their canvas: how they look, and how often they move while playing. */
import { valueColor } from '../kit/encodings';
import { themeColor } from '../kit/theme';
import { PLAYING_GAP_MS, type FrameDrawCost } from '../kit/useFrameDraw';

/**
 * While training plays, the dots move at most every PLAYING_GAP_MS (about 30 Hz, the graph's
 * rate on a big network); paused, stepped or clicked they move at once. Every update of their
 * canvas costs the page a commit of its pixels (about 0.5 ms of the main thread in Chromium
 * without a GPU, plus the compositor's share), and at 60 Hz the page's threads took that time from the
 * training worker on two cores: at 12 × 64, hiding this panel alone raised examples/s by 10%
 * (bench/ui, 8 s windows).
 */
export const DOTS_DRAW_COST: FrameDrawCost = { playingGapMs: PLAYING_GAP_MS };

/** Where the visible dots are painted: a canvas over the plot, with the plot's offsets. */
export interface DotPaint {
  /** The f panel's top-left corner, and how far below it the f′ panel starts. */
  left: number;
  top: number;
  dTop: number;
  radius: number;
  selectedUnit: number | null;
}

export interface PaintedDot {
  unit: number;
  x: number;
  yF: number;
  yD: number;
  shade: number;
  flagged: boolean;
}

/**
 * The dots as the eye sees them, on a canvas: on a layer of 64 units, moving 128 SVG groups
 * each frame cost the page style, layout, paint and layerize work of several milliseconds
 * (npm run bench:ui at 12 × 64); a canvas repaints them in a fraction of one. Same marks as
 * the SVG had: a dashed ring round a saturated unit, the dot filled with its activation.
 */
export function paintDots(ctx: CanvasRenderingContext2D, p: DotPaint, dots: readonly PaintedDot[]): void {
  const half = (v: number) => Math.round(v * 2) / 2;
  for (const [panelTop, y] of [
    [p.top, (d: PaintedDot) => d.yF],
    [p.top + p.dTop, (d: PaintedDot) => d.yD],
  ] as const) {
    for (const d of dots) {
      const cx = p.left + half(d.x);
      const cy = panelTop + half(y(d));
      const selected = d.unit === p.selectedUnit;
      if (d.flagged) {
        ctx.beginPath();
        ctx.arc(cx, cy, p.radius + 3, 0, 2 * Math.PI);
        ctx.setLineDash(RING_DASH);
        ctx.lineWidth = 1.25;
        ctx.strokeStyle = themeColor('--ink', '#1d1f24');
        ctx.stroke();
        ctx.setLineDash(NO_DASH);
      }
      ctx.beginPath();
      ctx.arc(cx, cy, selected ? p.radius + 1 : p.radius, 0, 2 * Math.PI);
      ctx.fillStyle = valueColor(d.shade, 1);
      ctx.fill();
      ctx.lineWidth = selected ? 2.5 : 1;
      ctx.strokeStyle = themeColor('--ink-2', '#3d4250');
      ctx.stroke();
    }
  }
}
const RING_DASH = [2, 2];
const NO_DASH: number[] = [];
