/**
 * The training history as CSV: one row per recorded step of each network, with its loss and
 * accuracy (train and test, where evaluated at that step) and per layer the gradient
 * statistics of that step's mini-batch. The two histories are recorded at their own rates
 * (the loss when evaluated, the statistics every frame), so a row leaves empty what was not
 * recorded at its step.
 */
import { LAYER_STAT_FIELDS } from '../../engine';
import type { HistoriesState } from '../histories';
import { csvLines, csvNumber } from './csv';

const STAT_COLUMNS: Record<(typeof LAYER_STAT_FIELDS)[number], string> = {
  meanAbsGrad: 'mean_abs_grad',
  gradNorm: 'grad_norm',
  meanAbsDelta: 'mean_abs_delta',
  saturatedShare: 'saturated_share',
  meanAbsWeight: 'mean_abs_weight',
};

export function historyToCsv(h: Pick<HistoriesState, 'loss' | 'gradients'>): string {
  const trainers = Math.max(h.loss.length, h.gradients.length);
  const layers = Math.max(0, ...h.gradients.map((g) => g?.layers ?? 0));
  const header = ['network', 'step', 'train_loss', 'test_loss', 'train_accuracy', 'test_accuracy'];
  for (let l = 0; l < layers; l++) {
    for (const f of LAYER_STAT_FIELDS) header.push(`layer${l + 1}_${STAT_COLUMNS[f]}`);
  }
  const rows: string[][] = [];
  for (let k = 0; k < trainers; k++) {
    const byStep = new Map<number, string[]>();
    const row = (step: number) => {
      let r = byStep.get(step);
      if (!r) byStep.set(step, (r = [String(k + 1), String(step), ...Array<string>(header.length - 2).fill('')]));
      return r;
    };
    const loss = h.loss[k];
    for (let n = 0; loss && n < loss.size; n++) {
      const p = loss.at(n);
      const r = row(p.step);
      [p.train, p.test, p.trainAccuracy, p.testAccuracy].forEach((v, q) => (r[2 + q] = csvNumber(v)));
    }
    const g = h.gradients[k];
    for (let n = 0; g && n < g.size; n++) {
      const r = row(g.stepAt(n));
      for (let l = 0; l < g.layers; l++) {
        LAYER_STAT_FIELDS.forEach((f, q) => (r[6 + l * LAYER_STAT_FIELDS.length + q] = csvNumber(g.valueAt(n, l, f))));
      }
    }
    rows.push(...[...byStep.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r));
  }
  return csvLines(header, rows);
}
