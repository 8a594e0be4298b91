/**
 * The hover/focus tooltip. It reads its network's latest frame at the text rate, so the
 * numbers stay current without re-rendering per frame.
 */
import type { ReactNode } from 'react';
import type { OutputActivationName } from '../../engine';
import { PrettyName } from '../kit/PrettyName';
import { useFrame } from '../kit/useFrame';
import type { GraphTarget } from './targets';
import { tooltipContent } from './tooltipContent';

export interface GraphTooltipProps {
  id: string;
  target: GraphTarget;
  trainer: number;
  activations: readonly OutputActivationName[];
  /** Point to attach to, px in the graph's box. */
  x: number;
  y: number;
  /** The graph's box, to keep the tooltip inside it. */
  width: number;
  height: number;
}

/** The narrowest the card is laid beside its point; below it, it spans the graph. */
const MIN_CARD = 200;

export function GraphTooltip(p: GraphTooltipProps): ReactNode {
  const t = useFrame((f) => f?.trainers[p.trainer], undefined, [p.trainer]);
  if (!t) return null;
  const c = tooltipContent(p.target, t, p.activations);
  const left = p.x > p.width * 0.62;
  const up = p.y > p.height * 0.6;
  // Room beside the point; where there is too little (a phone), the card spans the graph's width.
  const room = (left ? p.x : p.width - p.x) - 14 - 8;
  const narrow = room < MIN_CARD;
  const style = {
    left: narrow ? 8 : left ? undefined : p.x + 14,
    right: narrow ? 8 : left ? p.width - p.x + 14 : undefined,
    top: up ? undefined : p.y + 12,
    bottom: up ? p.height - p.y + 12 : undefined,
    maxWidth: narrow ? undefined : Math.min(260, room),
  };
  return (
    <div id={p.id} role="tooltip" className="bpl-tooltip" style={style}>
      <div className="bpl-tooltip-title">
        <PrettyName text={c.title} />
      </div>
      {c.subtitle && <div className="bpl-tooltip-subtitle">{c.subtitle}</div>}
      <dl className="bpl-tooltip-rows">
        {c.rows.map(([label, value]) => (
          <div key={label} className="bpl-tooltip-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {c.note && <p className="bpl-tooltip-note">{c.note}</p>}
    </div>
  );
}
