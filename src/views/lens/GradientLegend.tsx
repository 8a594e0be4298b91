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

/**
 * Why the σ′ bound stops where a skip connection is: each skip adds a path around the
 * slopes of the layers it bypasses (local derivative exactly 1), so below it the
 * first layers' gradient need not shrink by 0.25 per layer.
 */
export function SkipBoundNote({ runs }: { runs: { name: string; skipTop: number; sigmoid: boolean }[] }): ReactNode {
  const shown = runs.filter((r) => r.skipTop >= 0);
  if (shown.length === 0) return null;
  return (
    <p className="bl-lens-skip-note" data-testid="skip-bound-note">
      {shown.map((r) => (
        <span key={r.name}>
          {r.name ? `${r.name}: ` : ''}skip connections up to hidden layer {r.skipTop + 1}
          {r.sigmoid ? ', so the dashed σ′ ≤ 0.25 bound stops there. ' : '. '}
        </span>
      ))}
      Each skip adds a path around the layer it bypasses whose local derivative is exactly 1, so below it the gradient
      is not a product of σ′ factors and need not shrink layer by layer.
    </p>
  );
}
