/** What the gradient chart's marks are: one swatch per run (compare mode) and the bound's dashed line. */
import type { ReactNode } from 'react';

export const BOUND_LEGEND = 'max possible with σ′ ≤ 0.25 (weights ≈ 1)';

export interface GradientLegendProps {
  runs: { name: string; color: string }[];
  /** Colours of the bound lines drawn (null: no bound in view). */
  bound: string[] | null;
}

export function GradientLegend({ runs, bound }: GradientLegendProps): ReactNode {
  return (
    <ul className="bl-chart-legend" aria-label="Legend">
      {runs.map((r) => (
        <li key={r.name} className="bl-chart-legend-item">
          <svg width="12" height="12" aria-hidden="true">
            <rect x="0.5" y="0.5" width="11" height="11" rx="2" fill={r.color} />
          </svg>
          <span>{r.name}</span>
        </li>
      ))}
      {bound && (
        <li className="bl-chart-legend-item">
          <svg width={26 * bound.length} height="10" aria-hidden="true">
            {bound.map((color, k) => (
              <line
                key={k}
                x1={1 + 26 * k}
                x2={25 + 26 * k}
                y1="5"
                y2="5"
                stroke={color}
                strokeWidth="1.5"
                strokeDasharray="4 3"
              />
            ))}
          </svg>
          <span className="bl-chart-legend-label">{BOUND_LEGEND}</span>
        </li>
      )}
    </ul>
  );
}
