/**
 * After training: the last mini-batch's gradients and layer statistics are copied for the
 * frames and judged (exploding gradients warn once per trainer; a layer that stays saturated
 * while the loss goes nowhere raises an alarm). While playing, that happens at most every
 * STATS_MS; in between, a frame copies the batch it shows (captureIfPending).
 */
import type { Clock } from './clock';
import { checkExplosion, checkSaturation, type Alarms } from './lockstep';
import { captureBatch, type TrainerRun } from './trainerRun';

/**
 * Every 4 ms slice used to copy and judge its last mini-batch: 0.1–0.2 ms of each slice at
 * 12 × 64 units. The alarms count steps, not checks, and every frame still shows its own
 * step's batch, so checking at about the page's frame rate loses nothing.
 */
export const STATS_MS = 16;

export class BatchChecks {
  /** Trainers already warned about exploding gradients since the last configuration. */
  private readonly warned = new Set<number>();
  private checkedAt = -Infinity;

  constructor(
    private readonly clock: Clock,
    private readonly alarms: Alarms,
  ) {}

  /** New trainers (their first batch copied when they were built): warn afresh, from now. */
  configured(runs: readonly TrainerRun[]): void {
    this.warned.clear();
    this.checkedAt = -Infinity;
    checkExplosion(runs, this.warned, this.alarms);
  }

  /** After a slice or a step (a step, or training that stopped, is always judged at once). */
  afterTraining(runs: readonly TrainerRun[], playing: boolean): void {
    const now = this.clock.now();
    if (playing && now - this.checkedAt < STATS_MS) {
      runs.forEach((run) => (run.capturePending = true));
      return;
    }
    this.checkedAt = now;
    runs.forEach(captureBatch);
    checkExplosion(runs, this.warned, this.alarms);
    if (playing) checkSaturation(runs, this.alarms);
  }
}
