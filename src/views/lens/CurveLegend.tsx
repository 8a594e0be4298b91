/** The activation curve's key: the shaded saturated band, a unit's dot, and the saturated unit's ring. */
import type { ReactNode } from 'react';
import { valueColor } from '../encodings';

export function CurveLegend(): ReactNode {
  return (
    <ul className="bl-chart-legend" aria-label="Legend">
      <li className="bl-chart-legend-item">
        <svg width="16" height="12" aria-hidden="true"><rect width="16" height="12" rx="2" className="bl-lens-saturated" /></svg>
        <span className="bl-chart-legend-label">saturated: |f′(z)| &lt; 1% of its max</span>
      </li>
      <li className="bl-chart-legend-item">
        <svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="4.5" fill={valueColor(0.6)} className="bl-lens-dot" /></svg>
        <span className="bl-chart-legend-label">a unit's z on the probe example (fill = a)</span>
      </li>
      <li className="bl-chart-legend-item">
        <svg width="18" height="18" aria-hidden="true">
          <circle cx="9" cy="9" r="4.5" fill="#ffffff" className="bl-lens-dot" />
          <circle cx="9" cy="9" r="7.5" className="bl-lens-dot-ring" />
        </svg>
        <span className="bl-chart-legend-label">saturated unit</span>
      </li>
    </ul>
  );
}
