/**
 * The "now" panel of the gradient chart: one bar per layer (per run in compare mode) on
 * the shared log axis, and the sigmoid reference bound as a dashed line with a tick per
 * layer. Pure SVG inside the chart's <svg>; the clickable layer targets are HTML buttons
 * the chart lays over it, so keyboard and screen-reader users get real buttons.
 */
import type { ScaleBand } from 'd3-scale';
import { line } from 'd3-shape';
import type { ReactNode } from 'react';
import type { LogScale } from './logAxis';
import { NON_FINITE_COLOR, NON_FINITE_DASH } from '../kit/encodings';
import { formatNonFiniteShort, formatNumber } from '../kit/format';
import { layerShortName } from '../kit/names';

/** The narrowest bar slot (px) that fits a two-digit layer label beside its neighbours'. */
const LABEL_SLOT = 18;

export interface BarRun {
  name: string;
  color: string;
  values: readonly number[];
  bounds: readonly (number | null)[];
  /**
   * Columns this run is shifted right by. Runs of different depth are aligned on the
   * output, so a column is a distance from the output (the k of the bound) in every run.
   */
  offset: number;
}

export interface GradientBarsProps {
  x: ScaleBand<string>;
  y: LogScale;
  height: number;
  runs: readonly BarRun[];
  layerCount: number;
  highlighted: number | null;
  /** Print each bar's value above it (when the bars are wide enough). */
  showValues: boolean;
}

/** The bound's ink with one run; in compare mode each run's bound takes the run's colour. */
export const BOUND_INK = 'var(--ink-2)';
const HIGHLIGHT_FILL = 'var(--tint)';

export function GradientBars({
  x,
  y,
  height,
  runs,
  layerCount,
  highlighted,
  showValues,
}: GradientBarsProps): ReactNode {
  const columns = Array.from({ length: layerCount }, (_, c) => c);
  const slotWidth = x.bandwidth() / Math.max(1, runs.length);
  /** Left edge of run r's bar for its own layer l. */
  const slotX = (l: number, r: number) => (x(String(l + runs[r].offset)) ?? 0) + r * slotWidth;
  const floor = y.domain()[0];
  const gap = runs.length > 1 ? Math.min(3, slotWidth * 0.1) : 0;
  const boundPath = line<[number, number]>();
  return (
    <g className="bl-lens-bars">
      {highlighted !== null && highlighted < layerCount && (
        <rect
          className="bl-lens-band"
          x={(x(String(highlighted)) ?? 0) - (x.step() - x.bandwidth()) / 2}
          y={0}
          width={x.step()}
          height={height}
          fill={HIGHLIGHT_FILL}
          rx={4}
        />
      )}
      {runs.map((run, r) =>
        run.values.map((v, l) => {
          const column = l + run.offset;
          const dim = highlighted !== null && highlighted !== column;
          const bx = slotX(l, r) + gap / 2;
          const bw = Math.max(1, slotWidth - gap);
          // An overflowed value (±∞ or NaN) is a dashed bar to the top of the axis, labelled as such.
          const overflowed = !Number.isFinite(v);
          const drawable = v > 0 && !overflowed;
          const top = drawable ? y(Math.max(v, floor)) : overflowed ? 0 : height;
          return (
            <g key={`${r}-${l}`} opacity={dim ? 0.4 : 1}>
              <rect
                className="bl-lens-bar"
                x={bx}
                y={top}
                width={bw}
                height={Math.max(drawable ? 1.5 : 0, height - top)}
                fill={overflowed ? 'none' : run.color}
                stroke={overflowed ? NON_FINITE_COLOR : undefined}
                strokeWidth={overflowed ? 1.5 : undefined}
                strokeDasharray={overflowed ? NON_FINITE_DASH.join(' ') : undefined}
                rx={Math.min(3, bw / 4)}
                data-layer={l}
                data-run={r}
                data-value={String(v)}
                data-bound={run.bounds[l] ?? undefined}
              >
                <title>{`${run.name ? `${run.name}, ` : ''}layer ${layerShortName(l, run.values.length)}: ${formatNumber(v)}`}</title>
              </rect>
              {!drawable && (
                <text
                  x={bx + bw / 2}
                  y={overflowed ? 12 : height - 4}
                  textAnchor="middle"
                  className="bl-lens-bar-value"
                  fill={overflowed ? NON_FINITE_COLOR : undefined}
                >
                  {overflowed ? formatNonFiniteShort(v) : '0'}
                </text>
              )}
              {drawable && showValues && (
                <text x={bx + bw / 2} y={Math.max(10, top - 4)} textAnchor="middle" className="bl-lens-bar-value">
                  {formatNumber(v)}
                </text>
              )}
            </g>
          );
        }),
      )}
      {runs.map((run, r) => {
        const points = run.bounds.flatMap((b, l): [number, number][] => {
          return b === null || b === undefined ? [] : [[slotX(l, r) + slotWidth / 2, y(Math.max(b, floor))]];
        });
        if (points.length === 0) return null;
        const ink = runs.length > 1 ? run.color : BOUND_INK;
        return (
          <g key={`bound-${r}`} className="bl-lens-bound" pointerEvents="none">
            <path
              d={boundPath(points) ?? undefined}
              fill="none"
              stroke={ink}
              strokeWidth={1.25}
              strokeDasharray="4 3"
            />
            {points.map(([px, py], k) => (
              <line
                key={k}
                x1={px - slotWidth / 2 - 3}
                x2={px + slotWidth / 2 + 3}
                y1={py}
                y2={py}
                stroke={ink}
                strokeWidth={2}
              />
            ))}
          </g>
        );
      })}
      {columns.map(
        (c, k) =>
          // Narrow slots (a deep net's 13 bars) label every other layer, the output and the highlighted one:
          // two-digit names would otherwise run into each other ("1112").
          (x.step() >= LABEL_SLOT || k % 2 === 0 || k === columns.length - 1 || highlighted === c) && (
            <text
              key={c}
              x={(x(String(c)) ?? 0) + x.bandwidth() / 2}
              y={height + 15}
              textAnchor="middle"
              className={`bl-lens-layer-label${highlighted === c ? ' bl-lens-layer-label-on' : ''}`}
            >
              {layerShortName(c, layerCount)}
            </text>
          ),
      )}
    </g>
  );
}
