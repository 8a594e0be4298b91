/**
 * The charts' histories in a saved session: each trainer's loss history and gradient
 * history, copied out whole and put back after the restored networks are running (the
 * worker's answer to a configure starts empty histories, so they are loaded after it).
 */
import type { StoreApi } from 'zustand/vanilla';
import { LAYER_STAT_FIELDS } from '../engine';
import { rowsFit, type SavedRows } from './downsampled';
import { GradientHistory } from './gradientHistory';
import type { HistoriesState } from './histories';
import { LOSS_ROW_WIDTH } from './ringBuffer';

export interface SavedHistories {
  loss: SavedRows[];
  gradients: SavedRows[];
}

export function saveHistories(h: HistoriesState): SavedHistories {
  return { loss: h.loss.map((l) => l.save()), gradients: h.gradients.map((g) => g.save()) };
}

/** Whether saved histories fit `trainers` networks (loss rows of LOSS_ROW_WIDTH numbers; gradient rows whole layers). */
export function historiesFit(saved: SavedHistories, trainers: number): boolean {
  const F = LAYER_STAT_FIELDS.length;
  return (
    saved.loss.length === trainers &&
    saved.gradients.length <= trainers &&
    saved.loss.every((rows) => rowsFit(rows, LOSS_ROW_WIDTH, rows.capacity)) &&
    saved.gradients.every((rows) => rows.width % F === 0 && rows.width > 0 && rowsFit(rows, rows.width, rows.capacity))
  );
}

/** Puts saved histories back (the loss histories exist once the worker answered the configure). */
export function restoreHistories(store: StoreApi<HistoriesState>, saved: SavedHistories): void {
  const { loss, lossVersion, gradientVersion } = store.getState();
  const F = LAYER_STAT_FIELDS.length;
  if (!saved.loss.every((rows, k) => loss[k] && rowsFit(rows, LOSS_ROW_WIDTH, loss[k].capacity))) return;
  try {
    const gradients = saved.gradients.map((rows) => {
      const g = new GradientHistory(rows.width / F, rows.capacity);
      g.load(rows);
      return g;
    });
    saved.loss.forEach((rows, k) => loss[k]?.load(rows));
    store.setState({ gradients, lossVersion: lossVersion + 1, gradientVersion: gradientVersion + 1 });
  } catch {
    // Checked before (historiesFit); a history that still does not fit is left empty.
  }
}
