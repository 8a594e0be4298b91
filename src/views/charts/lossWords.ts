/**
 * The loss chart in words: a sentence on where the loss is now and which way it went, and
 * its history as a table (a sample of at most 40 rows, first and last included).
 */
import type { HistoryPoint } from '../../store/ringBuffer';
import type { ChartTable } from '../kit/ChartWords';
import { sampleIndices } from '../kit/ChartWords';
import { formatLoss, formatStep, nonFiniteWord } from '../kit/format';
import type { Split } from './lossSeries';

const TABLE_ROWS = 40;

function trend(now: number, start: number): string {
  if (!Number.isFinite(now) || !Number.isFinite(start) || start === 0 || now === start) return '';
  return `, ${now < start ? 'down' : 'up'} from ${formatLoss(start)} at the start`;
}

/** One run's clause: "train loss 0.231 at step 1,200, down from 0.693 at the start; test loss 0.250". */
function runWords(run: readonly HistoryPoint[], name: string, splits: readonly Split[]): string {
  const last = run[run.length - 1];
  const first = run[0];
  const label = name ? `${name}: ` : '';
  const bad = splits.find((s) => !Number.isFinite(last[s]));
  if (bad) return `${label}the ${bad} loss ${nonFiniteWord(last[bad])} at step ${formatStep(last.step)}`;
  const test = splits.includes('test') ? `; test loss ${formatLoss(last.test)}` : '';
  return `${label}train loss ${formatLoss(last.train)} at step ${formatStep(last.step)}${trend(last.train, first.train)}${test}`;
}

export function lossSummary(
  runs: readonly HistoryPoint[][],
  names: readonly string[],
  splitsOf: (i: number) => readonly Split[],
): string {
  const clauses = runs.flatMap((run, i) => (run.length === 0 ? [] : [runWords(run, names[i], splitsOf(i))]));
  if (clauses.length === 0) return 'No training yet: press Play and the loss appears here.';
  const text = clauses.join('. ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function lossTable(
  runs: readonly HistoryPoint[][],
  names: readonly string[],
  splitsOf: (i: number) => readonly Split[],
): ChartTable {
  const longest = runs.reduce((a, r) => (r.length > a.length ? r : a), runs[0] ?? []);
  const columns = ['Step'];
  runs.forEach((_, i) => splitsOf(i).forEach((s) => columns.push(`${names[i] ? `${names[i]} ` : ''}${s} loss`)));
  const rows = sampleIndices(longest.length, TABLE_ROWS).map((k) => {
    const row = [formatStep(longest[k].step)];
    runs.forEach((run, i) => {
      const point = run[Math.min(k, run.length - 1)];
      splitsOf(i).forEach((s) => row.push(point ? formatLoss(point[s]) : '—'));
    });
    return row;
  });
  return { caption: `Loss by training step (${rows.length} of ${longest.length} recorded points)`, columns, rows };
}
