/** The small drawn keys of the legend: edge widths, sign colours, node fill and marks. */
import { useId, type ReactNode } from 'react';
import type { EdgeScale } from '../../store/appState';
import {
  LOG_DECADES,
  NON_FINITE_COLOR,
  NON_FINITE_DASH,
  SIGN_COLORS,
  edgeWidthScale,
  valueColor,
} from '../kit/encodings';
import { formatPower } from '../kit/format';

const KEY_MAX_WIDTH = 8;

/** Sample widths: magnitudes relative to the largest, with their labels. */
function samples(scale: EdgeScale): [number, string][] {
  if (scale === 'linear')
    return [
      [1, 'max'],
      [0.5, '½'],
      [0.1, '⅒'],
      [1e-3, '10⁻³'],
    ];
  return [0, 2, 4, LOG_DECADES].map((d) => [10 ** -d, d === 0 ? 'max' : formatPower(-d)]);
}

export function WidthKey({ scale }: { scale: EdgeScale }): ReactNode {
  const width = edgeWidthScale(scale, 1, { maxWidth: KEY_MAX_WIDTH });
  const list = samples(scale);
  return (
    <svg width={list.length * 34} height={30} aria-hidden="true">
      {list.map(([m, label], k) => {
        const w = width(m);
        return (
          <g key={label} transform={`translate(${k * 34 + 4},0)`}>
            <line
              x1={0}
              x2={26}
              y1={9}
              y2={9}
              stroke={w > 0.3 ? 'var(--ink-2)' : 'var(--edge-skeleton)'}
              strokeWidth={w > 0.3 ? w : 0.5}
              strokeLinecap="round"
            />
            <text x={13} y={27} textAnchor="middle">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The mark of an edge whose value overflowed (±∞ or NaN). */
export function NonFiniteKey(): ReactNode {
  return (
    <svg width={34} height={12} aria-hidden="true">
      <line
        x1={2}
        x2={32}
        y1={6}
        y2={6}
        stroke={NON_FINITE_COLOR}
        strokeWidth={3}
        strokeDasharray={NON_FINITE_DASH.join(' ')}
      />
    </svg>
  );
}

export function ColorKey(): ReactNode {
  return (
    <>
      <span className="bpl-legend-item">
        <svg width={26} height={12} aria-hidden="true">
          <line x1={2} x2={24} y1={6} y2={6} stroke={SIGN_COLORS.negative} strokeWidth={4} strokeLinecap="round" />
        </svg>
        negative
      </span>
      <span className="bpl-legend-item">
        <svg width={26} height={12} aria-hidden="true">
          <line x1={2} x2={24} y1={6} y2={6} stroke={SIGN_COLORS.positive} strokeWidth={4} strokeLinecap="round" />
        </svg>
        positive
      </span>
    </>
  );
}

const STOPS = [-1, -0.5, 0, 0.5, 1];

export function NodeKey(): ReactNode {
  const gradient = `bpl-activation-key${useId().replace(/:/g, '')}`;
  return (
    <>
      <span className="bpl-legend-item">
        <svg width={86} height={30} aria-hidden="true">
          <defs>
            <linearGradient id={gradient}>
              {STOPS.map((v) => (
                <stop key={v} offset={`${(v + 1) * 50}%`} stopColor={valueColor(v)} />
              ))}
            </linearGradient>
          </defs>
          <rect x={3} y={3} width={80} height={11} rx={3} fill={`url(#${gradient})`} stroke="var(--line)" />
          <text x={3} y={27} textAnchor="start">
            −1
          </text>
          <text x={43} y={27} textAnchor="middle">
            0
          </text>
          <text x={83} y={27} textAnchor="end">
            1
          </text>
        </svg>
        node fill = activation a
      </span>
      <span className="bpl-legend-item">
        <svg width={22} height={22} aria-hidden="true">
          <circle cx={11} cy={11} r={6} fill="var(--card)" stroke="var(--ink-2)" />
          <circle cx={11} cy={11} r={9} fill="none" stroke="var(--ink)" strokeWidth={1.5} strokeDasharray="2.5 2.5" />
        </svg>
        f′(z) ≈ 0 (saturated or inactive)
      </span>
      <span className="bpl-legend-item">
        <svg width={14} height={14} aria-hidden="true">
          <path d="M2,3L12,3L7,12Z" fill={SIGN_COLORS.positive} stroke="var(--ink-2)" strokeWidth={0.9} />
        </svg>
        bias (same width scale)
      </span>
    </>
  );
}
