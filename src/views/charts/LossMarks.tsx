/**
 * The loss chart's marks for a run gone wrong: a triangle where a loss went off the top of
 * the scale, and a dashed line with words where it overflowed (∞ or NaN).
 */
import type { HistoryPoint } from '../../store/ringBuffer';
import { DIVERGED, runColor } from './chartTheme';
import { clippedStarts, divergedAt, type Split } from './lossSeries';
import { formatStep, nonFiniteWord } from '../kit/format';

export interface LossMarksProps {
  runs: HistoryPoint[][];
  names: string[];
  splitsOf: (i: number) => readonly Split[];
  x: (step: number) => number;
  /** The top of the y scale: losses above it are pinned there. */
  top: number;
  clipped: boolean;
  innerWidth: number;
  innerHeight: number;
}

export function LossMarks({ runs, names, splitsOf, x, top, clipped, innerWidth, innerHeight }: LossMarksProps) {
  return (
    <>
      {clipped &&
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
              fontSize={12}
              fontWeight={600}
              stroke="var(--halo)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {`⚠ ${names[i] ? `${names[i]} ` : ''}${nonFiniteWord(bad) === 'overflowed' ? 'overflowed' : 'not a number'} at step ${formatStep(step)}`}
            </text>
          </g>
        );
      })}
    </>
  );
}
