/** A finished step-through step: committed to its trainer as one training step, or refused if it overflowed. */
import { countNonFinite, isStepDone, layerStatsInto, type StepFault, type Stepper } from '../engine';
import type { TrainerRun } from './trainerRun';

/** A completed step-through step that was not committed because something in it overflowed. */
export interface StepperRefusal {
  run: TrainerRun;
  fault: StepFault;
  nonFinite: number;
  total: number;
}

/**
 * A completed step counts as one training step with the new weights, when they are finite. A
 * step whose loss, gradients or new weights overflowed is not committed (as in training): the
 * refusal is returned, naming the first of them and how many values. An unfinished step
 * changes nothing.
 */
export function finishStep(run: TrainerRun, stepper: Stepper): StepperRefusal | null {
  if (!isStepDone(stepper)) return null;
  const refusal = refusalOf(run, stepper);
  if (!refusal) commit(run, stepper);
  return refusal;
}

/** What overflowed in a completed step (before its update is committed), or null. */
function refusalOf(run: TrainerRun, stepper: Stepper): StepperRefusal | null {
  const net = stepper.net;
  const checks: [StepFault, ArrayLike<number>][] = [
    ['loss', net.exampleLoss.subarray(0, 1)],
    ['gradients', net.grads],
    ['weights', net.params],
  ];
  for (const [fault, values] of checks) {
    const nonFinite = countNonFinite(values);
    if (nonFinite > 0) return { run, fault, nonFinite, total: values.length };
  }
  return null;
}

/** Writes the stepper's new weights and optimiser state into the trainer, and counts the step. */
function commit(run: TrainerRun, stepper: Stepper): void {
  const t = run.trainer;
  const net = stepper.net;
  t.net.params.set(net.params);
  t.net.grads.set(net.grads);
  t.optimizer.velocity.set(stepper.optimizer.velocity);
  t.optimizer.secondMoment.set(stepper.optimizer.secondMoment);
  t.optimizer.steps = stepper.optimizer.steps;
  t.step++;
  t.examplesSeen++;
  // Show that step's loss, gradients and layer statistics, as after an ordinary step
  // (the trainer's own scratch holds its last mini-batch, not this example).
  t.lastLoss = net.lossValue;
  run.lastGrads.set(net.grads);
  run.lastSkipGrads.set(net.skipGrads);
  layerStatsInto(net, run.lastStats);
  run.capturePending = false;
}
