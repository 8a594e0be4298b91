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

export function GraphTooltip(p: GraphTooltipProps): ReactNode {
  const t = useFrame((f) => f?.trainers[p.trainer], undefined, [p.trainer]);
  if (!t) return null;
  const c = tooltipContent(p.target, t, p.activations);
  const left = p.x > p.width * 0.62;
  const up = p.y > p.height * 0.6;
  const style = {
    left: left ? undefined : p.x + 14,
    right: left ? p.width - p.x + 14 : undefined,
    top: up ? undefined : p.y + 12,
    bottom: up ? p.height - p.y + 12 : undefined,
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
