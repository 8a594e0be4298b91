/**
 * Training every trainer one mini-batch at a time, in lockstep (compare mode keeps both
 * networks on the same step and the same data order), with what a run can raise: an alarm
 * (a step that would overflow, refused before anything was committed, or one of the silent
 * kinds: zero gradients, saturation, a rising loss) and, before any of that, a warning of
 * exploding gradients.
 */
import { commitStep, prepareStep } from '../engine';
import { overflowAlarm, sightingAlarm } from './alarms';
import { explosionWarning } from './explosion';
import type { RunAlarm } from './protocol';
import type { TrainerRun } from './trainerRun';

export interface Alarms {
  alarm(alarm: RunAlarm): void;
  exploding(message: string): void;
}

/**
 * One mini-batch on every trainer: each step is prepared and checked first, and all are
 * committed only when all are finite, so a refused step leaves every network where it was.
 * Returns false when an alarm was raised (the caller stops training).
 */
export function trainLockstep(runs: readonly TrainerRun[], alarms: Alarms): boolean {
  for (let k = 0; k < runs.length; k++) {
    // This mini-batch overwrites the one a slice ended on: an uncopied batch is gone.
    runs[k].capturePending = false;
    if (prepareStep(runs[k].trainer) !== null) {
      alarms.alarm(overflowAlarm(runs[k], k));
      return false;
    }
  }
  let raised: RunAlarm | null = null;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    commitStep(run.trainer);
    // The network now holds a committed batch that is not copied yet (batchChecks.ts).
    run.capturePending = true;
    run.snapshots.afterStep(run.trainer);
    const seen = run.watch.afterStep(run.trainer);
    if (seen && !raised) raised = sightingAlarm(run, k, seen);
  }
  if (raised) alarms.alarm(raised);
  return raised === null;
}

/** After training (statistics copied, batchChecks.ts): a layer that stays saturated while the loss goes nowhere. */
export function checkSaturation(runs: readonly TrainerRun[], alarms: Alarms): boolean {
  for (let k = 0; k < runs.length; k++) {
    const seen = runs[k].watch.afterSlice(runs[k].trainer, runs[k].lastStats);
    if (seen) {
      alarms.alarm(sightingAlarm(runs[k], k, seen));
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
