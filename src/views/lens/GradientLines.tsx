/**
 * The "over steps" panel of the gradient chart: one line per layer (per run) on the same
 * log axis as the bars, so the decades between first and last layer read as the gap
 * between lines. Each line ends in its layer's name where there is room for it. The lines
 * are lightly smoothed (geometric moving mean); the bars show the raw current batch.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { memo, type ReactNode } from 'react';
import { thinSeries } from './gradientSeries';
import { overflowStarts, type Series } from './lineSeries';
import type { LogScale } from './logAxis';
import { Axis } from '../kit/Axis';
import { NON_FINITE_COLOR } from '../kit/encodings';
import { formatNonFinite, formatStep } from '../kit/format';
import { layerShortName } from '../kit/names';

export interface LineRun {
  name: string;
  color: string;
  /** Per layer, from smoothedLines. */
  lines: Series[];
  /** Columns the run is shifted by in the bars panel (see BarRun.offset): its layer l is column l + offset. */
  offset: number;
}

export interface GradientLinesProps {
  width: number;
  height: number;
  y: LogScale;
  runs: readonly LineRun[];
  layerCount: number;
  highlighted: number | null;
}

/** Vertical room an end label needs. */
const LABEL_GAP = 11;

/**
 * The same lines on the same axes draw the same picture: while playing, the chart refreshes its
 * bars 8 times a second but its lines only every LINES_MS (gradientChartModel.ts), so most
 * refreshes skip this panel's paths (13 layers × 600 points on a deep network).
 */
function sameLines(a: GradientLinesProps, b: GradientLinesProps): boolean {
  const same = (p: readonly number[], q: readonly number[]) => p.length === q.length && p.every((v, k) => v === q[k]);
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.layerCount === b.layerCount &&
    a.highlighted === b.highlighted &&
    same(a.y.domain(), b.y.domain()) &&
    same(a.y.range(), b.y.range()) &&
    a.runs.length === b.runs.length &&
    a.runs.every((r, k) => {
      const o = b.runs[k];
      return r.lines === o.lines && r.name === o.name && r.color === o.color && r.offset === o.offset;
    })
  );
}

export const GradientLines = memo(GradientLinesPanel, sameLines);

function GradientLinesPanel({ width, height, y, runs, layerCount, highlighted }: GradientLinesProps): ReactNode {
  let first = Infinity;
  let last = -Infinity;
  for (const run of runs) {
    const points = run.lines[0] ?? [];
    if (points.length === 0) continue;
    first = Math.min(first, points[0][0]);
    last = Math.max(last, points[points.length - 1][0]);
  }
  const enough = runs.some((run) => (run.lines[0]?.length ?? 0) >= 2);
  const x = scaleLinear()
    .domain(enough ? [first, Math.max(last, first + 1)] : [0, 1])
    .range([0, width]);
  const floor = y.domain()[0];
  const path = line<[number, number]>()
    .defined(([, v]) => v > 0 && Number.isFinite(v))
    .x(([s]) => x(s))
    .y(([, v]) => y(Math.max(v, floor)));

  const lines: { key: string; d: string; color: string; layer: number; end: number | null; run: number }[] = [];
  runs.forEach((run, r) => {
    run.lines.forEach((series, l) => {
      if (series.length === 0) return;
      const v = series[series.length - 1][1];
      lines.push({
        key: `${r}-${l}`,
        d: path(thinSeries(series, Math.max(2, Math.ceil(width)))) ?? '',
        color: run.color,
        layer: l + run.offset,
        run: r,
        end: v > 0 && Number.isFinite(v) ? y(Math.max(v, floor)) : null,
      });
    });
  });

  // End labels: the highlighted layer first, then the first and last layers, then the rest; skip any that would overlap.
  const priority = (l: number) => (l === highlighted ? 0 : l === 0 || l === layerCount - 1 ? 1 : 2);
  const placed: number[] = [];
  const labels = lines
    .filter((ln) => ln.end !== null)
    .sort((a, b) => priority(a.layer) - priority(b.layer) || a.run - b.run || a.layer - b.layer)
    .filter((ln) => {
      if (placed.some((p) => Math.abs(p - (ln.end ?? 0)) < LABEL_GAP)) return false;
      placed.push(ln.end ?? 0);
      return true;
    });

  return (
    <g className="bl-lens-lines">
      {[...lines]
        .sort((a, b) => Number(a.layer === highlighted) - Number(b.layer === highlighted))
        .map((ln) => {
          const on = highlighted === ln.layer;
          const dim = highlighted !== null && !on;
          // Within a run, deeper layers are drawn darker: the line order mirrors the network's.
          const depth = layerCount > 1 ? ln.layer / (layerCount - 1) : 1;
          return (
            <path
              key={ln.key}
              d={ln.d}
              fill="none"
              stroke={ln.color}
              strokeLinejoin="round"
              strokeWidth={on ? 2.75 : 1.5}
              strokeOpacity={on ? 1 : dim ? 0.2 : 0.45 + 0.55 * depth}
              data-layer={ln.layer}
              data-run={ln.run}
            />
          );
        })}
      {runs.flatMap((run, r) =>
        run.lines.flatMap((series, l) =>
          overflowStarts(series).map(([step, v]) => (
            <path
              key={`overflow-${r}-${l}-${step}`}
              className="bl-lens-overflow"
              d="M0,-5L4.5,2.5L-4.5,2.5Z"
              transform={`translate(${x(step)},4)`}
              fill={NON_FINITE_COLOR}
            >
              <title>{`Layer ${layerShortName(l + run.offset, layerCount)}: ${formatNonFinite(v)} at step ${formatStep(step)}`}</title>
            </path>
          )),
        ),
      )}
      {enough &&
        labels.map((ln) => (
          <text
            key={`label-${ln.key}`}
            x={width + 4}
            y={(ln.end ?? 0) + 3.5}
            className="bl-lens-line-label"
            fill={ln.color}
            fontWeight={highlighted === ln.layer ? 700 : 500}
          >
            {layerShortName(ln.layer, layerCount)}
          </text>
        ))}
      {enough ? (
        <Axis
          scale={x}
          orient="bottom"
          y={height}
          tickValues={x.ticks(Math.max(2, Math.floor(width / 80))).filter(Number.isInteger)}
          format={(v) => formatStep(Math.round(Number(v)))}
        />
      ) : (
        // Two short lines, so the note fits a narrow panel (and lecture mode's large text).
        <text x={width / 2} y={height / 2} textAnchor="middle" className="bl-lens-note">
          <tspan x={width / 2}>Lines grow as</tspan>
          <tspan x={width / 2} dy="1.2em">
            training runs
          </tspan>
        </text>
      )}
      <text className="bl-chart-axis-label" x={width} y={height + 30} textAnchor="end">
        step
      </text>
    </g>
  );
}
