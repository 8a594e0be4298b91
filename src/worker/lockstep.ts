/**
 * Training every trainer one mini-batch at a time, in lockstep (compare mode keeps both
 * networks on the same step and the same data order), with the two alarms a run can
 * raise: divergence (a non-finite loss) and, before that, exploding gradients.
 */
import { trainerStep } from '../engine';
import { explosionWarning } from './explosion';
import type { TrainerRun } from './trainerRun';

export interface Alarms {
  diverged(message: string): void;
  exploding(message: string): void;
}

/** One mini-batch on every trainer. Returns false on divergence (after raising the alarm). */
export function trainLockstep(runs: readonly TrainerRun[], alarms: Alarms): boolean {
  for (const run of runs) {
    const loss = trainerStep(run.trainer);
    if (!Number.isFinite(loss)) {
      alarms.diverged(
        `Training diverged at step ${run.trainer.step}: the loss became ${loss}. ` +
          'Lower the learning rate or the initial weight scale, then press Reset.',
      );
      return false;
    }
  }
  return true;
}

/** Warns once per trainer (until `warned` is cleared by a new configuration). */
export function checkExplosion(runs: readonly TrainerRun[], warned: Set<number>, alarms: Alarms): void {
  runs.forEach((run, k) => {
    if (warned.has(k)) return;
    const message = explosionWarning(run);
    if (!message) return;
    warned.add(k);
    alarms.exploding(runs.length > 1 ? `Network ${k + 1}: ${message}` : message);
  });
}

/** Examples per second over windows of at least half a second. */
export class ThroughputMeter {
  private at = 0;
  private seen = 0;
  perSecond = 0;

  reset(now: number, seen = 0): void {
    this.at = now;
    this.seen = seen;
    this.perSecond = 0;
  }

  update(now: number, seen: number, playing: boolean): void {
    if (!playing) return this.reset(now, seen);
    const dt = now - this.at;
    if (dt < 500) return;
    this.perSecond = ((seen - this.seen) * 1000) / dt;
    this.at = now;
    this.seen = seen;
  }
}
