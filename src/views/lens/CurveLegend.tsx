/** The activation curve's key: the shaded saturated band and a unit's dot (the caption shows the saturated unit's ring). */
import type { ReactNode } from 'react';
import { valueColor } from '../kit/encodings';

export function CurveLegend(): ReactNode {
  return (
    <ul className="bl-chart-legend" aria-label="Legend">
      <li className="bl-chart-legend-item">
        <svg width="16" height="12" aria-hidden="true">
          <rect width="16" height="12" rx="2" className="bl-lens-saturated" />
        </svg>
        <span className="bl-chart-legend-label" title="|f′(z)| below 1% of its maximum">
          saturated
        </span>
      </li>
      <li className="bl-chart-legend-item">
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4.5" fill={valueColor(0.6)} className="bl-lens-dot" />
        </svg>
        <span className="bl-chart-legend-label" title="each unit's z on the probe example; fill = its activation a">
          unit's z (fill = a)
        </span>
      </li>
    </ul>
  );
}

/** The dashed ring marking a saturated unit (as on the graph), for the caption. */
export function SaturatedRing(): ReactNode {
  return (
    <svg width="16" height="16" aria-hidden="true" className="bl-lens-ring-key">
      <circle cx="8" cy="8" r="3.5" fill="var(--card)" className="bl-lens-dot" />
      <circle cx="8" cy="8" r="6.5" className="bl-lens-dot-ring" />
    </svg>
  );
}
