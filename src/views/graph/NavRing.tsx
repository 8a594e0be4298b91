/**
 * The keyboard cursor's visible ring, drawn over the graph (nodes are SVG, edges canvas, so
 * the ring is an SVG of its own on top of both): a white-and-blue double ring around a unit
 * or a bias, a haloed line along a weight, a badge for the loss. Two colours, so it shows on
 * any fill beneath it.
 */
import type { ReactNode } from 'react';
import { edgeSegment, type GraphLayout } from './layout';
import type { NavSpot, Trail } from './navigation';

const RING = '#0b57d0';

/** Centre and size of a spot, px in the graph's box (where the focus target sits). */
export function spotBox(spot: NavSpot, layout: GraphLayout): { x: number; y: number; w: number; h: number } {
  const r = layout.radius;
  const last = layout.sizes.length - 1;
  if (spot.kind === 'unit') {
    const y = layout.unitY[spot.column]?.[spot.unit] ?? layout.height / 2;
    return { x: layout.columnX[spot.column] ?? 0, y, w: 2 * r + 8, h: 2 * r + 8 };
  }
  if (spot.kind === 'loss') {
    return { x: Math.min(layout.columnX[last] + r + 16, layout.width - 14), y: layout.height / 2, w: 24, h: 24 };
  }
  if (spot.item === layout.sizes[spot.layer]) {
    const s = Math.max(3, r * 0.36);
    const y = (layout.unitY[spot.layer + 1]?.[spot.to] ?? 0) - (r + s + 1.5);
    return { x: layout.columnX[spot.layer + 1] ?? 0, y, w: 2 * s + 8, h: 2 * s + 8 };
  }
  const [x1, y1, x2, y2] = edgeSegment(layout, spot.layer, spot.to, spot.item);
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2, w: 16, h: 16 };
}

export function NavRing({
  spot,
  trail,
  layout,
}: {
  spot: NavSpot;
  trail: Trail | null;
  layout: GraphLayout;
}): ReactNode {
  const box = spotBox(spot, layout);
  let mark: ReactNode;
  if (spot.kind === 'incoming' && spot.item < layout.sizes[spot.layer]) {
    const [x1, y1, x2, y2] = edgeSegment(layout, spot.layer, spot.to, spot.item);
    mark = (
      <>
        <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="#ffffff" strokeWidth={7} strokeLinecap="round" />
        <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={RING} strokeWidth={3} strokeLinecap="round" />
      </>
    );
  } else if (spot.kind === 'loss') {
    mark = (
      <g transform={`translate(${box.x},${box.y})`}>
        <rect x={-12} y={-12} width={24} height={24} rx={6} fill="#ffffff" stroke={RING} strokeWidth={3} />
        <text className="bpl-nav-loss" dy="0.35em" textAnchor="middle">
          L
        </text>
      </g>
    );
  } else {
    const r = box.w / 2;
    mark = (
      <g transform={`translate(${box.x},${box.y})`}>
        <circle r={r} fill="none" stroke="#ffffff" strokeWidth={6} />
        <circle r={r} fill="none" stroke={RING} strokeWidth={3} />
      </g>
    );
  }
  return (
    <svg
      className="bpl-nav-ring"
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
      data-testid="graph-focus-ring"
      data-trail={trail ? trail.units.length : undefined}
    >
      {mark}
    </svg>
  );
}
