/** The slope view's numbers as a table: the loss at evenly spaced values of the weight, now and after the step. */
import { sampleIndices, type ChartTable } from '../kit/ChartWords';
import { formatShown } from '../kit/format';
import type { SlopeGeometry } from './slopeGeometry';

const ROWS = 11;

export function slopeTable(
  ws: ArrayLike<number>,
  losses: ArrayLike<number>,
  w: number,
  g: SlopeGeometry,
  pending: boolean,
): ChartTable {
  const rows = sampleIndices(ws.length, ROWS).map((k) => [formatShown(ws[k]), formatShown(losses[k])]);
  rows.push([`${formatShown(w)} (now)`, formatShown(g.loss)]);
  if (!pending && g.lossNew !== null) rows.push([`${formatShown(g.wNew)} (after the step)`, formatShown(g.lossNew)]);
  return {
    caption: 'Loss of this example against the weight w, the other weights held fixed',
    columns: ['w', 'L'],
    rows,
  };
}
