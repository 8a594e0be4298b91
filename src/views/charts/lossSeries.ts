/**
 * Pure helpers behind the loss chart: which y-range to show, which points fall off it,
 * and where a run diverged. Kept free of React so the rules are easy to test and read.
 */
import { max, min } from 'd3-array';
import type { HistoryPoint } from '../../store/ringBuffer';

export type Split = 'train' | 'test';
export const SPLITS: readonly Split[] = ['train', 'test'];

export interface YDomain {
  lower: number;
  upper: number;
  /** True when some finite values lie above `upper` and are drawn pinned to the top. */
  clipped: boolean;
}

/** How many first points of a run set the reference level for clipping. */
const EARLY_POINTS = 3;

/**
 * The y-range for every run's train and test losses. A healthy run's loss is highest at
 * the start; a run that blows up later would squash the useful part of the curve into the
 * bottom pixel row. So the top is capped at 3× the starting loss (linear) or 10⁴× (log);
 * later points above it are pinned to the top edge and marked. Log scales start at the
 * smallest positive loss.
 */
export function lossDomain(runs: readonly HistoryPoint[][], log: boolean): YDomain {
  let lowest = Infinity;
  let highest = -Infinity;
  let start = 0;
  for (const run of runs) {
    run.forEach((point, k) => {
      for (const split of SPLITS) {
        const v = point[split];
        if (!Number.isFinite(v) || (log && v <= 0)) continue;
        lowest = Math.min(lowest, v);
        highest = Math.max(highest, v);
        if (k < EARLY_POINTS) start = Math.max(start, v);
      }
    });
  }
  if (highest === -Infinity)
    return log ? { lower: 1e-3, upper: 1, clipped: false } : { lower: 0, upper: 1, clipped: false };
  const cap = start * (log ? 1e4 : 3);
  const upper = start > 0 ? Math.min(highest, cap) : highest;
  if (!log) return { lower: 0, upper: upper > 0 ? upper : 1, clipped: highest > upper };
  // Keep at most ~12 decades visible, so a loss that touches 1e-300 can't flatten the rest.
  const lower = Math.max(lowest, upper * 1e-12);
  return { lower: lower < upper ? lower : upper / 10, upper, clipped: highest > upper };
}

/** The first step at which one of the run's losses (train and test by default) was not finite, or null. */
export function divergedAt(run: readonly HistoryPoint[], splits: readonly Split[] = SPLITS): number | null {
  const point = run.find((p) => splits.some((split) => !Number.isFinite(p[split])));
  return point ? point.step : null;
}

/** Steps where a finite value rises above `upper`: the start of each clipped stretch. */
export function clippedStarts(run: readonly HistoryPoint[], split: Split, upper: number): number[] {
  const starts: number[] = [];
  let inside = false;
  for (const point of run) {
    const above = Number.isFinite(point[split]) && point[split] > upper;
    if (above && !inside) starts.push(point.step);
    inside = above;
  }
  return starts;
}

/** The steps the x-axis covers, across all runs (at least one step wide). */
export function stepDomain(runs: readonly HistoryPoint[][]): [number, number] {
  const first = min(runs, (run) => run[0]?.step);
  const last = max(runs, (run) => run[run.length - 1]?.step);
  if (first === undefined || last === undefined) return [0, 100];
  return last > first ? [first, last] : [first, first + 1];
}
