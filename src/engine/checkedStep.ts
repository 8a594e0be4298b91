/**
 * Check before commit: a training step computes its update into scratch, checks the loss,
 * the gradients and every new weight and optimiser moment for ±∞ and NaN, and writes them
 * into the network only when all are finite. A blow-up therefore stops with the last finite
 * weights intact, and says which quantity overflowed first. Nothing here allocates.
 */
import type { Network } from './network';
import { float64s } from './networkMemory';
import { updateInto, type Optimizer, type UpdateTarget } from './optimizers';
import { backward, computeLoss, forward } from './passes';

/** What overflowed in a refused step, in the order they are computed. */
export const STEP_FAULTS = ['loss', 'gradients', 'weights'] as const;
export type StepFault = (typeof STEP_FAULTS)[number];

/**
 * Scratch for one network's update: new parameters and moments, committed only when finite.
 * On the SIMD path it is a region of the network's memory, shared by every trainer of the
 * network — as the network's own z, a, δ and gradients are: a step is prepared and
 * committed before the next one starts.
 */
export function createStepScratch(net: Network): UpdateTarget {
  const n = net.params.length;
  const { memory: m } = net;
  return {
    params: float64s(m, m?.regions.stepParams ?? 0, n),
    velocity: float64s(m, m?.regions.stepVelocity ?? 0, n),
    secondMoment: float64s(m, m?.regions.stepSecondMoment ?? 0, n),
  };
}

/**
 * Forward, loss, backward and the update into `scratch`, checked, on the batch already
 * loaded into `net`. Returns null when every value is finite (then `commitUpdate` applies
 * it); otherwise the first non-finite quantity. Nothing of the network's parameters or the
 * optimiser's state is written either way (net.grads hold this step's gradients, or the
 * previous ones after a 'loss' fault, which skips the backward pass).
 */
export function prepareUpdate(net: Network, opt: Optimizer, scratch: UpdateTarget): StepFault | null {
  forward(net);
  const loss = computeLoss(net);
  if (loss - loss !== 0) return 'loss';
  backward(net);
  if (updateInto(net, opt, scratch, opt.steps + 1) === 0) return null;
  return countNonFinite(net.grads) > 0 ? 'gradients' : 'weights';
}

/** Writes a prepared, finite update into the network and the optimiser. */
export function commitUpdate(net: Network, opt: Optimizer, scratch: UpdateTarget): void {
  net.params.set(scratch.params);
  if (opt.config.kind !== 'sgd') opt.velocity.set(scratch.velocity);
  if (opt.config.kind === 'adam') opt.secondMoment.set(scratch.secondMoment);
  opt.steps++;
}

/** prepareUpdate, then commitUpdate when it is finite; returns the fault, or null when committed. */
export function checkedStepLoaded(net: Network, opt: Optimizer, scratch: UpdateTarget): StepFault | null {
  const fault = prepareUpdate(net, opt, scratch);
  if (fault === null) commitUpdate(net, opt, scratch);
  return fault;
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
