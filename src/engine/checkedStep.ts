/**
 * Check before commit: a training step computes its update into scratch, checks the loss,
 * the gradients and every new weight and optimiser moment for ±∞ and NaN, and writes them
 * into the network only when all are finite. A blow-up therefore stops with the last finite
 * weights intact, and says which quantity overflowed first. Nothing here allocates.
 */
import type { Network } from './network';
import { updateInto, type Optimizer, type UpdateTarget } from './optimizers';
import { backward, computeLoss, forward } from './passes';

/** What overflowed in a refused step, in the order they are computed. */
export const STEP_FAULTS = ['loss', 'gradients', 'weights'] as const;
export type StepFault = (typeof STEP_FAULTS)[number];

/** Scratch for one network's update: new parameters and moments, committed only when finite. */
export function createStepScratch(net: Network): UpdateTarget {
  const n = net.params.length;
  return { params: new Float64Array(n), velocity: new Float64Array(n), secondMoment: new Float64Array(n) };
}

/**
 * Forward, loss, backward and a checked update on the batch already loaded into `net`.
 * Returns null when the update was committed; otherwise the first non-finite quantity, with
 * the parameters, the optimiser's moments and its step count left exactly as they were
 * (net.grads then hold the refused step's gradients, or the previous ones for 'loss').
 */
export function checkedStepLoaded(net: Network, opt: Optimizer, scratch: UpdateTarget): StepFault | null {
  forward(net);
  const loss = computeLoss(net);
  if (loss - loss !== 0) return 'loss';
  backward(net);
  if (updateInto(net, opt, scratch, opt.steps + 1) !== 0) {
    return countNonFinite(net.grads) > 0 ? 'gradients' : 'weights';
  }
  net.params.set(scratch.params);
  if (opt.config.kind !== 'sgd') opt.velocity.set(scratch.velocity);
  if (opt.config.kind === 'adam') opt.secondMoment.set(scratch.secondMoment);
  opt.steps++;
  return null;
}

/** How many entries are ±∞ or NaN. */
export function countNonFinite(values: ArrayLike<number>): number {
  let count = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v - v !== 0) count++;
  }
  return count;
}
