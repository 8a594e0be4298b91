/**
 * Where a skip connection is drawn: an arc over the layer it bypasses, from the top of
 * unit j in one column to the top of unit j in the next (the same unit index: the skip
 * adds a_{l−1, j} to a_{l, j}), bowed up between the rows so it never reads as the straight
 * weight edge w_jj. Shared by the painter and the pointer's hit test.
 */
import { pointToSegmentDistance } from './hitTest';
import type { GraphLayout } from './layout';

/** A quadratic curve: start, control point, end. */
export type Arc = [x1: number, y1: number, cx: number, cy: number, x2: number, y2: number];

/** Vertical gap between the units of a column (a generous default for a single unit). */
function rowGap(layout: GraphLayout, column: number): number {
  const ys = layout.unitY[column];
  return ys.length > 1 ? ys[1] - ys[0] : layout.radius * 4;
}

/** The arc of the skip into unit `unit` of engine layer `layer` (column layer → layer + 1). */
export function skipArc(layout: GraphLayout, layer: number, unit: number): Arc {
  const r = layout.radius;
  const x1 = layout.columnX[layer];
  const x2 = layout.columnX[layer + 1];
  const y1 = layout.unitY[layer][unit] - r;
  const y2 = layout.unitY[layer + 1][unit] - r;
  // The curve's peak is half the control point's offset: about 0.4 of a row above the nodes' tops.
  const bow = Math.max(6, 0.8 * Math.min(rowGap(layout, layer + 1) - r, 4 * r));
  return [x1, y1, (x1 + x2) / 2, Math.min(y1, y2) - bow, x2, y2];
}

/** Point on the arc at t ∈ [0, 1]. */
export function arcPoint([x1, y1, cx, cy, x2, y2]: Arc, t: number): [number, number] {
  const u = 1 - t;
  return [u * u * x1 + 2 * u * t * cx + t * t * x2, u * u * y1 + 2 * u * t * cy + t * t * y2];
}

const SAMPLES = 16;

/** Distance from (x, y) to the arc, on a polyline of SAMPLES segments. */
export function distanceToArc(arc: Arc, x: number, y: number): number {
  let best = Infinity;
  let [px, py] = arcPoint(arc, 0);
  for (let k = 1; k <= SAMPLES; k++) {
    const [qx, qy] = arcPoint(arc, k / SAMPLES);
    best = Math.min(best, pointToSegmentDistance(x, y, px, py, qx, qy));
    [px, py] = [qx, qy];
  }
  return best;
}

/** The skip connection nearest to (x, y) within `tolerance` px (layers per `skips`), or null. */
export function nearestSkip(
  layout: GraphLayout,
  skips: readonly boolean[],
  x: number,
  y: number,
  tolerance = 6,
): { layer: number; unit: number; distance: number } | null {
  let best: { layer: number; unit: number; distance: number } | null = null;
  skips.forEach((on, layer) => {
    if (!on || layer + 1 >= layout.sizes.length) return;
    if (x < layout.columnX[layer] - tolerance || x > layout.columnX[layer + 1] + tolerance) return;
    for (let unit = 0; unit < layout.sizes[layer + 1]; unit++) {
      const d = distanceToArc(skipArc(layout, layer, unit), x, y);
      if (d <= tolerance && (best === null || d < best.distance)) best = { layer, unit, distance: d };
    }
  });
  return best;
}
