/**
 * The loss chart's legend and current-value readout in one: each entry shows the line it
 * stands for (colour = run, dash = split), its name and the latest value as text.
 */
import { DIVERGED, SPLIT_DASH } from './chartTheme';
import type { Split } from './lossSeries';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  split: Split;
  /** Latest value, already formatted ("—" before any data, "⚠ ∞ overflowed" or "⚠ NaN (not a number)" when not finite). */
  value: string;
  diverged: boolean;
}

export function LossLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="bl-chart-legend" aria-label="Latest loss values">
      {entries.map((entry) => (
        <li key={entry.key} className="bl-chart-legend-item">
          <svg width="26" height="10" aria-hidden="true" className="bl-chart-swatch">
            <line
              x1="1"
              x2="25"
              y1="5"
              y2="5"
              stroke={entry.color}
              strokeWidth="2.5"
              strokeDasharray={SPLIT_DASH[entry.split]}
            />
          </svg>
          <span className="bl-chart-legend-label">{entry.label}</span>
          <span className="bl-chart-legend-value" style={entry.diverged ? { color: DIVERGED } : undefined}>
            {entry.value}
          </span>
        </li>
      ))}
    </ul>
  );
}
