/**
 * Changes to a running trainer outside training itself, and how a failure is reported:
 * going back to a kept state after an alarm, what a live change (η, optimiser, batch size)
 * does to the safety net, and the error event for something that went wrong.
 */
import { EngineInputError } from '../engine';
import type { FailureContext, WorkerEvent } from './protocol';
import { previewGradients, type TrainerRun } from './trainerRun';

/**
 * Puts back the weights and optimiser state of `step` (one of the run's kept snapshots;
 * throws, changing nothing, otherwise). The counters go on; later snapshots, of a path the
 * run no longer follows, are dropped; the silent-kind watch starts afresh; the gradients
 * shown are those of the restored weights on the next mini-batch.
 */
export function restoreRun(run: TrainerRun, step: number): void {
  run.snapshots.restore(run.trainer, step);
  run.snapshots.dropAfter(step);
  run.watch.reset();
  previewGradients(run);
  run.evalStep = -1;
}

/** Just after a live change: keep the state from before it, and judge the run afresh. */
export function afterLiveChange(run: TrainerRun): void {
  run.snapshots.take(run.trainer);
  run.watch.reset();
}

/** The page's view of a failure: a refused value names its field; anything else says what it interrupted. */
export function errorEvent(e: unknown, command: unknown, during?: FailureContext): WorkerEvent {
  const context = { ...(typeof command === 'string' ? { command } : {}), ...(during ? { during } : {}) };
  if (e instanceof EngineInputError) {
    return { type: 'error', kind: 'invalid', message: e.message, field: e.field, ...context };
  }
  return { type: 'error', kind: 'crash', message: e instanceof Error ? e.message : String(e), ...context };
}
