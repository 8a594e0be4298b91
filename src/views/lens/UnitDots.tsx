/**
 * The activation curve's SVG dots, one group per unit (ring, dot, title): unpainted under the
 * canvas that shows them (activationDots.ts paints it), they are what the pointer hovers and
 * where each unit's numbers are written (data-z, the title) at the text rate.
 */
import type { RefObject } from 'react';

export interface UnitDotsProps {
  units: number;
  selectedUnit: number | null;
  radius: number;
  /** Filled with each unit's group, for placeDots. */
  groups: RefObject<(SVGGElement | null)[]>;
}

export function UnitDots({ units, selectedUnit, radius, groups }: UnitDotsProps) {
  return Array.from({ length: units }, (_, j) => (
    <g
      key={j}
      className="bl-lens-unit"
      ref={(el) => {
        groups.current[j] = el;
      }}
    >
      <circle r={radius + 3} className="bl-lens-dot-ring" />
      <circle
        r={j === selectedUnit ? radius + 1 : radius}
        className={`bl-lens-dot${j === selectedUnit ? ' bl-lens-dot-selected' : ''}`}
      />
      <title />
    </g>
  ));
}
