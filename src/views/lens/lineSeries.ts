/** The gradient chart's lines as numbers: each layer's smoothed series from a history, and where one overflowed. */
import type { GradientMetric } from '../../store/appState';
import type { GradientHistory } from '../../store/gradientHistory';
import { smoothLog } from './gradientSeries';

/** One layer's line: [step, value] points. */
export type Series = [number, number][];

/** Smoothing radius = points / SMOOTHING on each side: a window of about 5% of the run (see smoothLog). */
const SMOOTHING = 40;

/** Every layer's smoothed line of `metric` from a run's history (none before it has one). */
export function smoothedLines(history: GradientHistory | undefined, metric: GradientMetric): Series[] {
  if (!history || history.size === 0) return [];
  const radius = Math.round(history.size / SMOOTHING);
  return Array.from({ length: history.layers }, (_, l) => smoothLog(history.series(l, metric), radius));
}

/** The first point of each stretch of ±∞ or NaN in a line: where the chart marks that it overflowed. */
export function overflowStarts(series: Series): [number, number][] {
  const starts: [number, number][] = [];
  let inside = false;
  for (const [step, v] of series) {
    const bad = !Number.isFinite(v);
    if (bad && !inside) starts.push([step, v]);
    inside = bad;
  }
  return starts;
}
