/**
 * What the pointer and keyboard focus are on in the graph: the hovered or focused element
 * (for the tooltip and the edge halo), edges picked by the pointer's position (edges live on
 * a canvas, so there is no element to hover), and what a click selects.
 */
import { useCallback, useState, type MouseEvent, type PointerEvent } from 'react';
import { useApp, useCommands } from '../kit/appContext';
import { handToInspector } from '../kit/focusHandoff';
import { nearestEdge } from './hitTest';
import { edgeSegment, type GraphLayout } from './layout';
import { nearestSkip } from './skipGeometry';
import { onCanvas, sameTarget, selectionOf, type GraphTarget } from './targets';

export interface Hover {
  target: GraphTarget;
  /** Where the tooltip attaches, px in the graph's box. */
  x: number;
  y: number;
}

/** Clicks and moves on these belong to the nodes and headers, not to the edges under them. */
const OWN_TARGETS = '[data-key], .bpl-header-layer';

const NO_SKIPS: readonly boolean[] = [];

export function useGraphPointer(layout: GraphLayout, trainer: number, skips: readonly boolean[] = NO_SKIPS) {
  const { select } = useCommands();
  const app = useApp();
  const [hover, setHover] = useState<Hover | null>(null);
  // A new network (other layer sizes) has other elements: what was hovered is gone.
  const [sizesSeen, setSizesSeen] = useState(layout.sizes);
  if (sizesSeen.join(',') !== layout.sizes.join(',')) {
    setSizesSeen(layout.sizes);
    setHover(null);
  }

  /** A node or bias got the pointer, or the keyboard cursor moved to an element (a weight: its card at the edge's middle). */
  const onTarget = useCallback(
    (t: GraphTarget | null) => {
      if (t?.kind === 'weight') {
        const [x1, y1, x2, y2] = edgeSegment(layout, t.layer, t.to, t.from);
        return setHover({ target: t, x: (x1 + x2) / 2, y: (y1 + y2) / 2 });
      }
      if (t === null || t.kind === 'skip') return setHover(null);
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
  /** A skip arc under the pointer wins over the weight edges it crosses (it is drawn on top). */
  const canvasTargetAt = (e: PointerEvent<SVGSVGElement>) => {
    const { x, y, hit } = edgeAt(e);
    const skip = nearestSkip(layout, skips, x, y, Math.max(5, layout.maxEdgeWidth / 2 + 2));
    const t: GraphTarget | null = skip
      ? { kind: 'skip', layer: skip.layer, unit: skip.unit }
      : hit && { kind: 'weight', layer: hit.layer, to: hit.to, from: hit.from };
    return { x, y, t };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest(OWN_TARGETS)) return;
    const { x, y, t } = canvasTargetAt(e);
    if (!t) {
      if (onCanvas(hover?.target)) setHover(null);
      return;
    }
    if (!hover || !sameTarget(hover.target, t)) setHover({ target: t, x, y });
  };
  const onPointerLeave = () => {
    if (onCanvas(hover?.target)) setHover(null);
  };
  // The click's own position decides (not the last hover): a click can come with no
  // pointer move before it, or right after a blur that cleared the hover.
  const onBackgroundClick = (e: MouseEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest(OWN_TARGETS)) return;
    const { hit } = edgeAt(e);
    // A weight chosen by pointer hands the focus to its inspector heading too (a screen
    // reader's touch on a phone), rather than leaving it on the page's <body>.
    if (hit) handToInspector(app, null);
    select(hit ? selectionOf({ kind: 'weight', layer: hit.layer, to: hit.to, from: hit.from }) : null, trainer);
  };
  const clear = () => setHover(null);
  return { hover, onTarget, onSelect, onPointerMove, onPointerLeave, onBackgroundClick, clear };
}
