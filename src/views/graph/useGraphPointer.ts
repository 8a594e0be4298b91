/**
 * What the pointer and keyboard focus are on in the graph: the hovered or focused element
 * (for the tooltip and the edge halo), edges picked by the pointer's position (edges live on
 * a canvas, so there is no element to hover), and what a click selects.
 */
import { useCallback, useState, type MouseEvent, type PointerEvent } from 'react';
import { useCommands } from '../kit/appContext';
import { nearestEdge } from './hitTest';
import type { GraphLayout } from './layout';
import { sameTarget, selectionOf, type GraphTarget } from './targets';

export interface Hover {
  target: GraphTarget;
  /** Where the tooltip attaches, px in the graph's box. */
  x: number;
  y: number;
}

/** Clicks and moves on these belong to the nodes and headers, not to the edges under them. */
const OWN_TARGETS = '[data-key], .bpl-header-layer';

export function useGraphPointer(layout: GraphLayout, trainer: number) {
  const { select } = useCommands();
  const [hover, setHover] = useState<Hover | null>(null);
  // A new network (other layer sizes) has other elements: what was hovered is gone.
  const [sizesSeen, setSizesSeen] = useState(layout.sizes);
  if (sizesSeen.join(',') !== layout.sizes.join(',')) {
    setSizesSeen(layout.sizes);
    setHover(null);
  }

  /** A node or bias got the pointer or the focus (a weight's hover comes from the canvas). */
  const onTarget = useCallback(
    (t: GraphTarget | null) => {
      if (t === null || t.kind === 'weight') return setHover(null);
      const column = t.kind === 'input' ? 0 : t.layer + 1;
      const y = layout.unitY[column]?.[t.unit] ?? 0;
      const x = layout.columnX[column] + layout.radius;
      setHover({ target: t, x, y: t.kind === 'bias' ? y - layout.radius * 1.6 : y });
    },
    [layout],
  );
  const onSelect = useCallback((t: GraphTarget) => select(selectionOf(t), trainer), [select, trainer]);

  /** The edge under a pointer event, from the event's own coordinates. */
  const edgeAt = (e: { clientX: number; clientY: number; currentTarget: Element }) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    return { x, y, hit: nearestEdge(layout, x, y, Math.max(6, layout.maxEdgeWidth / 2 + 3)) };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest(OWN_TARGETS)) return;
    const { x, y, hit } = edgeAt(e);
    if (!hit) {
      if (hover?.target.kind === 'weight') setHover(null);
      return;
    }
    const t: GraphTarget = { kind: 'weight', layer: hit.layer, to: hit.to, from: hit.from };
    if (!hover || !sameTarget(hover.target, t)) setHover({ target: t, x, y });
  };
  const onPointerLeave = () => {
    if (hover?.target.kind === 'weight') setHover(null);
  };
  // The click's own position decides (not the last hover): a click can come with no
  // pointer move before it, or right after a blur that cleared the hover.
  const onBackgroundClick = (e: MouseEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest(OWN_TARGETS)) return;
    const { hit } = edgeAt(e);
    select(hit ? selectionOf({ kind: 'weight', layer: hit.layer, to: hit.to, from: hit.from }) : null, trainer);
  };
  const clear = () => setHover(null);
  return { hover, onTarget, onSelect, onPointerMove, onPointerLeave, onBackgroundClick, clear };
}
