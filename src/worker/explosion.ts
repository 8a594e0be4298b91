/**
 * An early warning for exploding gradients, so the page can say so before the loss
 * turns NaN (by then it is too late to see why). It reads the last mini-batch's layer
 * statistics: |δ| growing strongly from the output back toward the input, a huge loss,
 * or huge gradients.
 */
import { LAYER_STAT_FIELDS } from '../engine';
import type { TrainerRun } from './trainerRun';

/** |δ| of the first layer over the last layer's beyond which we call it exploding. */
export const DELTA_GROWTH_LIMIT = 10;
/** A mini-batch loss beyond this (for targets of size ~1) means the outputs have blown up. */
export const LOSS_LIMIT = 1e4;
/** ‖∂L/∂W‖₂ of any layer beyond this. */
export const GRAD_NORM_LIMIT = 1e4;

/** mean |δ| of the first layer over the last layer's, from layer statistics (NaN for one layer). */
export function deltaGrowth(stats: Float64Array): number {
  const F = LAYER_STAT_FIELDS.length;
  const layers = stats.length / F;
  return layers > 1 ? stats[2] / stats[(layers - 1) * F + 2] : NaN;
}

export function explosionWarning(run: TrainerRun): string | null {
  const F = LAYER_STAT_FIELDS.length;
  const s = run.lastStats;
  const layers = s.length / F;
  const lastDelta = s[(layers - 1) * F + 2];
  const growth = deltaGrowth(s);
  let maxNorm = 0;
  for (let l = 0; l < layers; l++) maxNorm = Math.max(maxNorm, s[l * F + 1]);
  const loss = run.trainer.lastLoss;
  const growing = layers > 1 && lastDelta > 0 && growth > DELTA_GROWTH_LIMIT;
  if (!growing && !(loss > LOSS_LIMIT) && !(maxNorm > GRAD_NORM_LIMIT)) return null;
  const parts: string[] = [];
  if (growing) parts.push(`the error signal |δ| grows ${fmt(growth)}× from the output back to the first layer`);
  if (loss > LOSS_LIMIT) parts.push(`the loss is ${fmt(loss)}`);
  if (maxNorm > GRAD_NORM_LIMIT) parts.push(`a layer's gradient norm is ${fmt(maxNorm)}`);
  return (
    `Exploding gradients: ${parts.join(', ')}. The next updates may overflow to NaN; ` +
    'lower the learning rate or the initial weight scale.'
  );
}

function fmt(v: number): string {
  return v >= 1e4 ? v.toExponential(1) : String(Math.round(v));
}
