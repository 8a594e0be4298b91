/**
 * Edge picking without one DOM element per edge: the pointer's x says which column gap
 * (engine layer) it is in, then the nearest segment of that layer wins.
 */
import type { WeightRef } from '../../engine';
import { edgeSegment, type GraphLayout } from './layout';

/** Distance from point (px, py) to the segment (x1, y1)–(x2, y2). */
export function pointToSegmentDistance(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
  const ex = x1 + t * dx - px;
  const ey = y1 + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

export interface EdgeHit extends WeightRef {
  distance: number;
}

/** The edge nearest to (x, y) within `tolerance` px, or null. */
export function nearestEdge(layout: GraphLayout, x: number, y: number, tolerance = 6): EdgeHit | null {
  const { columnX, sizes, radius } = layout;
  let layer = -1;
  for (let l = 0; l + 1 < sizes.length; l++) {
    if (x >= columnX[l] + radius - tolerance && x <= columnX[l + 1] - radius + tolerance) {
      layer = l;
      break;
    }
  }
  if (layer < 0) return null;
  let best: EdgeHit | null = null;
  for (let to = 0; to < sizes[layer + 1]; to++) {
    for (let from = 0; from < sizes[layer]; from++) {
      const [x1, y1, x2, y2] = edgeSegment(layout, layer, to, from);
      const d = pointToSegmentDistance(x, y, x1, y1, x2, y2);
      if (d <= tolerance && (best === null || d < best.distance)) best = { layer, to, from, distance: d };
    }
  }
  return best;
}
