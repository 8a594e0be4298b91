/**
 * What the gradient chart draws, from a frame and the histories: one run per network
 * (its per-layer values, the sigmoid bound, the readout sentence, the smoothed lines), the
 * shared log domain, and where the two panels sit in the chart's box.
 */
import type { GradientMetric } from '../../store/appState';
import type { GradientHistory } from '../../store/gradientHistory';
import type { Frame, TrainerConfig } from '../../worker/protocol';
import { runColor } from '../charts/chartTheme';
import type { ChartTable } from '../kit/ChartWords';
import { formatNumber, formatStep } from '../kit/format';
import { activationsOf, layerShortName } from '../kit/names';
import { smoothedLines, type Series } from './lineSeries';
import { METRIC_LABELS, layerValues, logDomain, ratioReadout, sigmoidBounds } from './gradientSeries';

export const MARGIN = { top: 22, right: 30, bottom: 38, left: 50 };
/** Side by side from this width, or in any box that is not portrait-shaped; stacked otherwise. */
const WIDE = 520;
const MIN_SIDE_BY_SIDE = 340;
const PANEL_GAP = { wide: 40, stacked: 52 };

export interface RunsInput {
  trainers: readonly number[];
  labels?: readonly string[];
  frame: Frame | null;
  histories: readonly GradientHistory[];
  configs: readonly TrainerConfig[];
  metric: GradientMetric;
}

/**
 * While training plays, a run's smoothed lines are recomputed at most this often: a history
 * of hundreds of steps per layer does not change visibly in less, and smoothing every layer's
 * 600 points at the bars' 8 Hz cost wide networks a few milliseconds per refresh.
 */
export const LINES_MS = 500;
const smoothed = new WeakMap<GradientHistory, { metric: GradientMetric; at: number; lines: Series[] }>();

/** The history's smoothed lines, reused while playing for up to LINES_MS (same array: the panel skips its render). */
function linesOf(history: GradientHistory | undefined, metric: GradientMetric, playing: boolean): Series[] {
  if (!history) return smoothedLines(history, metric);
  const now = performance.now();
  const last = smoothed.get(history);
  if (playing && last && last.metric === metric && now - last.at < LINES_MS) return last.lines;
  const lines = smoothedLines(history, metric);
  smoothed.set(history, { metric, at: now, lines });
  return lines;
}

export function gradientRuns({ trainers, labels, frame, histories, configs, metric }: RunsInput) {
  const compare = trainers.length > 1;
  return trainers.map((t, i) => {
    const tf = frame?.trainers[t];
    const values = tf ? layerValues(tf.stats, metric) : [];
    return {
      t,
      step: tf?.step ?? 0,
      name: labels?.[i] ?? (compare ? `Run ${String.fromCharCode(65 + i)}` : ''),
      color: runColor(i),
      values,
      bounds: sigmoidBounds(values, activationsOf(configs[t]), tf?.skips),
      /** Highest engine layer with a skip connection (−1: none): the σ′ bound stops there. */
      skipTop: tf?.skips ? tf.skips.lastIndexOf(true) : -1,
      readout: ratioReadout(values),
      lines: linesOf(histories[t], metric, frame?.playing === true),
    };
  });
}

export type GradientRun = ReturnType<typeof gradientRuns>[number];

/** The log domain covering every bar, bound and line point. */
export function runsDomain(runs: readonly GradientRun[]): [number, number] {
  return logDomain(
    (function* () {
      for (const r of runs) {
        yield* r.values;
        for (const b of r.bounds) if (b !== null) yield b;
        for (const line of r.lines) for (const point of line) yield point[1];
      }
    })(),
  );
}

/** The bars panel and the lines panel: side by side in a wide box, stacked in a narrow one. */
export function chartPanels(width: number, height: number, margin: typeof MARGIN = MARGIN) {
  const wide = width >= WIDE || (width >= MIN_SIDE_BY_SIDE && height < width * 0.75);
  const innerWidth = Math.max(40, width - margin.left - margin.right);
  const innerHeight = Math.max(60, height - margin.top - margin.bottom);
  const barsWidth = wide ? Math.round(innerWidth * 0.56) : innerWidth;
  const barsHeight = wide ? innerHeight : Math.round((innerHeight - PANEL_GAP.stacked) * 0.55);
  const lines = wide
    ? { x: barsWidth + PANEL_GAP.wide, y: 0, width: innerWidth - barsWidth - PANEL_GAP.wide, height: innerHeight }
    : {
        x: 0,
        y: barsHeight + PANEL_GAP.stacked,
        width: innerWidth,
        height: innerHeight - barsHeight - PANEL_GAP.stacked,
      };
  return { wide, barsWidth, barsHeight, lines };
}

/** The chart in one sentence per run, for screen readers. */
export function chartSummary(runs: readonly GradientRun[], metric: GradientMetric, step: number): string {
  if (runs.every((r) => r.values.length === 0)) return 'Per-layer gradient chart: no data yet';
  const perRun = runs.map((r) => {
    const values = r.values.map((v, l) => `layer ${layerShortName(l, r.values.length)} ${formatNumber(v)}`).join(', ');
    return `${r.name ? `${r.name}: ` : ''}${values}. ${r.readout.sentence}`;
  });
  return `Per-layer gradient, ${METRIC_LABELS[metric]} on a log scale, at step ${formatStep(step)}. ${perRun.join(' ')}`;
}

/** The chart's numbers as a table: per layer, each run's value and (when it applies) the σ′ bound. */
export function gradientTable(runs: readonly GradientRun[], metric: GradientMetric): ChartTable {
  const layers = Math.max(0, ...runs.map((r) => r.values.length));
  const columns = ['Layer'];
  for (const r of runs) {
    columns.push(`${r.name ? `${r.name} ` : ''}${METRIC_LABELS[metric]}`);
    if (r.bounds.some((b) => b !== null)) columns.push(`${r.name ? `${r.name} ` : ''}sigmoid bound`);
  }
  const rows = Array.from({ length: layers }, (_, c) => {
    const row = [layerShortName(c, layers) === 'out' ? 'Output' : `Hidden ${c + 1}`];
    for (const r of runs) {
      const l = c - (layers - r.values.length);
      row.push(l >= 0 ? formatNumber(r.values[l]) : '—');
      if (r.bounds.some((b) => b !== null)) row.push(l >= 0 && r.bounds[l] !== null ? formatNumber(r.bounds[l]!) : '—');
    }
    return row;
  });
  const step = Math.max(0, ...runs.map((r) => r.step));
  return { caption: `Gradient per layer at step ${formatStep(step)}, first layer first`, columns, rows };
}
