/**
 * Train and test loss over steps for one or more trainers (compare mode: colour = run,
 * dash = train/test). Reads the bounded histories from the histories store, which bumps
 * `lossVersion` at the evaluation rate (about 10 Hz), so plain React re-renders are cheap enough here;
 * the histories are at most a few thousand points each. Non-finite losses break the line
 * and get a "⚠ overflowed" mark; exploding but finite ones are pinned to the top and marked.
 */
import { scaleLinear, scaleLog, type NumberValue } from 'd3-scale';
import { line } from 'd3-shape';
import { useId } from 'react';
import type { HistoryPoint } from '../../store/ringBuffer';
import { DIVERGED, GRID, SPLIT_DASH, runColor } from './chartTheme';
import { LossLegend, type LegendEntry } from './LossLegend';
import { SPLITS, clippedStarts, divergedAt, lossDomain, stepDomain, type Split } from './lossSeries';
import './charts.css';
import { Axis } from '../kit/Axis';
import { formatLinearTick, formatLogTick, formatLoss, formatShortStep, formatStep, nonFiniteWord } from '../kit/format';
import { useChartMargin } from '../kit/chartScale';
import { useElementSize } from '../kit/useElementSize';
import { useApp, useAppState, useCommands, useHistories, useRun } from '../kit/appContext';

export interface LossChartProps {
  /** Trainer indices to draw (two for compare mode). Default: the first trainer. */
  trainers?: number[];
  /** One name per trainer, e.g. ["Sigmoid", "ReLU"]. Default "Run A", "Run B" in compare mode. */
  labels?: string[];
}

const MARGIN = { top: 16, right: 16, bottom: 34, left: 56 };
const DEFAULT_TRAINERS = [0];
const TRAIN_ONLY: readonly Split[] = ['train'];

export function LossChart({ trainers = DEFAULT_TRAINERS, labels }: LossChartProps) {
  const histories = useApp().histories;
  const data = useRun((s) => s.data);
  // Histories are mutated in place; the version is what tells React to look again.
  useHistories((s) => s.lossVersion);
  const history = histories.getState().loss;
  const log = useAppState((s) => s.view.lossLog);
  const { setLossLog: setLog } = useCommands();
  const [plotRef, size] = useElementSize<HTMLDivElement>({ width: 480, height: 220 });
  const clipId = useId();

  const runs: HistoryPoint[][] = trainers.map((t) => history[t]?.toArray() ?? []);
  const names = trainers.map(
    (_, i) => labels?.[i] ?? (trainers.length > 1 ? `Run ${String.fromCharCode(65 + i)}` : ''),
  );
  const empty = runs.every((run) => run.length === 0);
  // A run without a test set (the one-example toy) has no test curve, not a "diverged" one.
  const splitsOf = (i: number): readonly Split[] => (data[trainers[i]]?.test.count === 0 ? TRAIN_ONLY : SPLITS);

  const margin = useChartMargin(MARGIN);
  const innerWidth = Math.max(10, size.width - margin.left - margin.right);
  const innerHeight = Math.max(10, size.height - margin.top - margin.bottom);
  const x = scaleLinear().domain(stepDomain(runs)).range([0, innerWidth]);
  const domain = lossDomain(runs, log);
  const y = (log ? scaleLog() : scaleLinear())
    .domain([domain.lower, domain.upper])
    .range([innerHeight, 0])
    .nice()
    .clamp(true);
  const top = y.domain()[1];

  const yCount = Math.max(2, Math.floor(innerHeight / 36));
  // Log ticks: d3 blanks the labels of minor ticks (2…9 × 10ᵏ) when there are too many.
  const d3Format = y.tickFormat(yCount, log ? '~g' : '~f');
  const yFormat = (v: NumberValue) =>
    d3Format(v) === '' ? '' : log ? formatLogTick(+v) : top >= 1e4 ? formatLinearTick(+v, top) : d3Format(v);
  // Only labelled ticks: the unlabelled minor log ticks read as clutter at this size.
  const yTicks = y.ticks(yCount).filter((t) => yFormat(t) !== '');

  const entries: LegendEntry[] = [];
  const summaries: string[] = [];
  runs.forEach((run, i) => {
    const last = run[run.length - 1];
    const values = SPLITS.map((split) => (last ? formatLoss(last[split]) : '—'));
    splitsOf(i).forEach((split, k) => {
      const label = names[i] ? `${names[i]} ${split}` : split === 'train' ? 'Train' : 'Test';
      entries.push({
        key: `${i}-${split}`,
        label,
        color: runColor(i),
        split,
        value: values[k],
        diverged: last !== undefined && !Number.isFinite(last[split]),
      });
    });
    if (last) summaries.push(`${names[i] ? `${names[i]}: ` : ''}train ${values[0]}, test ${values[1]}`);
  });
  const summary = empty
    ? 'Loss chart: no training yet'
    : `Loss over steps ${formatStep(x.domain()[0])} to ${formatStep(runs.reduce((m, r) => Math.max(m, r[r.length - 1]?.step ?? 0), 0))}${log ? ' (log scale)' : ''}. ${summaries.join('. ')}`;

  const pathOf = (split: Split) =>
    line<HistoryPoint>()
      .defined((p) => Number.isFinite(p[split]))
      .x((p) => x(p.step))
      .y((p) => y(p[split]));

  return (
    <figure className="bl-chart bl-loss-chart" aria-label="Loss chart">
      <div className="bl-chart-header">
        <LossLegend entries={entries} />
        <label className="bl-chart-toggle">
          <input type="checkbox" role="switch" checked={log} onChange={(e) => setLog(e.target.checked)} />
          Log scale
        </label>
      </div>
      <div ref={plotRef} className="bl-chart-plot">
        <svg width={size.width} height={size.height} role="img" aria-label={summary}>
          <defs>
            <clipPath id={clipId}>
              <rect x={0} y={-2} width={innerWidth} height={innerHeight + 4} />
            </clipPath>
          </defs>
          <g transform={`translate(${margin.left},${margin.top})`}>
            {!empty && yTicks.map((t) => <line key={t} x1={0} x2={innerWidth} y1={y(t)} y2={y(t)} stroke={GRID} />)}
            <Axis scale={y} orient="left" tickValues={yTicks} format={yFormat} />
            <Axis
              scale={x}
              orient="bottom"
              y={innerHeight}
              tickValues={x.ticks(Math.max(2, Math.floor(innerWidth / 70))).filter(Number.isInteger)}
              format={(v) => (x.domain()[1] >= 1e5 ? formatShortStep(+v) : formatStep(Math.round(+v)))}
            />
            <text className="bl-chart-axis-label" x={innerWidth} y={innerHeight + 30} textAnchor="end">
              step
            </text>
            <text className="bl-chart-axis-label" transform="rotate(-90)" x={0} y={-46} textAnchor="end">
              {log ? 'loss (log)' : 'loss'}
            </text>
            <g clipPath={`url(#${clipId})`}>
              {runs.map((run, i) =>
                splitsOf(i).map((split) => (
                  <path
                    key={`${i}-${split}`}
                    d={pathOf(split)(run) ?? undefined}
                    fill="none"
                    stroke={runColor(i)}
                    strokeWidth={split === 'train' ? 2 : 1.75}
                    strokeDasharray={SPLIT_DASH[split]}
                    strokeLinejoin="round"
                    data-series={`${i}-${split}`}
                  />
                )),
              )}
            </g>
            {runs.map((run, i) =>
              splitsOf(i).map((split) => {
                const last = run[run.length - 1];
                if (!last || !Number.isFinite(last[split])) return null;
                return (
                  <circle
                    key={`dot-${i}-${split}`}
                    cx={x(last.step)}
                    cy={y(last[split])}
                    r={3}
                    fill={split === 'train' ? runColor(i) : 'var(--card)'}
                    stroke={runColor(i)}
                    strokeWidth={1.5}
                  />
                );
              }),
            )}
            {domain.clipped &&
              runs.map((run, i) =>
                splitsOf(i).map((split) =>
                  clippedStarts(run, split, top).map((step) => (
                    <path
                      key={`clip-${i}-${split}-${step}`}
                      d="M0,-5L4.5,2.5L-4.5,2.5Z"
                      transform={`translate(${x(step)},2)`}
                      fill={runColor(i)}
                    >
                      <title>{`${names[i] || split}: off the scale from step ${formatStep(step)}`}</title>
                    </path>
                  )),
                ),
              )}
            {runs.map((run, i) => {
              const step = divergedAt(run, splitsOf(i));
              if (step === null) return null;
              const point = run.find((p) => p.step === step)!;
              const bad =
                splitsOf(i)
                  .map((split) => point[split])
                  .find((v) => !Number.isFinite(v)) ?? NaN;
              const px = x(step);
              const anchor = px > innerWidth - 70 ? 'end' : 'start';
              return (
                <g key={`diverged-${i}`} className="bl-chart-diverged" transform={`translate(${px},0)`}>
                  <line y1={0} y2={innerHeight} stroke={DIVERGED} strokeDasharray="3 3" />
                  <text
                    x={anchor === 'end' ? -5 : 5}
                    y={10 + 14 * i}
                    textAnchor={anchor}
                    fill={DIVERGED}
                    fontSize={11}
                    fontWeight={600}
                    stroke="#fff"
                    strokeWidth={3}
                    paintOrder="stroke"
                  >
                    {`⚠ ${names[i] ? `${names[i]} ` : ''}${nonFiniteWord(bad) === 'overflowed' ? 'overflowed' : 'not a number'} at step ${formatStep(step)}`}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
        {empty && (
          <p
            className="bl-chart-empty"
            style={{ left: margin.left, top: margin.top, width: innerWidth, height: innerHeight }}
          >
            <span>Press Play to start training</span>
          </p>
        )}
      </div>
    </figure>
  );
}
