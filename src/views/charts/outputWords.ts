/**
 * The output map in words: how much of the map the network gives each class (or, for a
 * curve, where ŷ runs), with its test accuracy, and the map itself as a coarse table (7 × 7
 * points of the grid, 13 of the curve).
 */
import type { LabelStyle } from '../../engine';
import type { OutputMap, TrainerData } from '../../worker/protocol';
import { sampleIndices, type ChartTable } from '../kit/ChartWords';
import { formatNumber, formatPercent } from '../kit/format';
import { gridCellCenter, isPositive, outputRange } from './outputMapGeometry';

const GRID_SAMPLES = 7;
const CURVE_SAMPLES = 13;

/** "class 1", "class −1", "class 0" of a binary output. */
function binaryClass(positive: boolean, labels: LabelStyle): string {
  return positive ? 'class 1' : `class ${outputRange(labels)[0] === -1 ? '−1' : '0'}`;
}

function shares(map: Extract<OutputMap, { kind: 'grid' | 'classes' }>, labels: LabelStyle): string {
  const n = map.kind === 'grid' ? map.values.length : map.winner.length;
  const counts = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const name =
      map.kind === 'grid' ? binaryClass(isPositive(map.values[k], labels), labels) : `class ${map.winner[k] + 1}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([name, c]) => `${name} on ${Math.round((100 * c) / n)}%`);
  return `The network predicts ${parts.join(', ')} of the map`;
}

export function outputSummary(
  map: OutputMap | null,
  data: TrainerData | undefined,
  testAccuracy: number | null,
): string {
  if (!map || !data) return 'No output yet.';
  const accuracy = testAccuracy === null ? '' : `; test accuracy ${formatPercent(testAccuracy)}`;
  if (map.kind === 'curve') {
    let lo = Infinity;
    let hi = -Infinity;
    for (const y of map.ys) if (Number.isFinite(y)) [lo, hi] = [Math.min(lo, y), Math.max(hi, y)];
    return lo <= hi
      ? `The model's curve ŷ runs from ${formatNumber(lo)} to ${formatNumber(hi)} over the inputs.`
      : 'The model’s curve overflowed.';
  }
  return `${shares(map, data.labels)}${accuracy}.`;
}

export function outputTable(map: OutputMap | null, data: TrainerData | undefined): ChartTable {
  if (!map || !data) return { caption: 'No output yet', columns: ['x'], rows: [] };
  if (map.kind === 'curve') {
    const rows = sampleIndices(map.xs.length, CURVE_SAMPLES).map((k) => [
      formatNumber(map.xs[k]),
      formatNumber(map.ys[k]),
    ]);
    return { caption: 'The model’s output ŷ at evenly spaced inputs x', columns: ['x', 'ŷ'], rows };
  }
  const res = map.resolution;
  const picks = sampleIndices(res, GRID_SAMPLES);
  const at = (r: number, c: number) => gridCellCenter(r, c, res, map.extent);
  const columns = ['x₂ \\ x₁', ...picks.map((c) => formatNumber(at(0, c).x))];
  const rows = picks.map((r) => [
    formatNumber(at(r, 0).y),
    ...picks.map((c) =>
      map.kind === 'grid' ? formatNumber(map.values[r * res + c]) : `class ${map.winner[r * res + c] + 1}`,
    ),
  ]);
  const what = map.kind === 'grid' ? 'output' : 'winning class';
  return {
    caption: `The network’s ${what} at ${GRID_SAMPLES} × ${GRID_SAMPLES} points of the map (x₂ down, x₁ across)`,
    columns,
    rows,
  };
}
