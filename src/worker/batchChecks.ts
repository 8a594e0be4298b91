/**
 * After training: the last mini-batch's gradients and layer statistics are copied (frames show
 * them) and judged: exploding gradients warn once per trainer; a layer that stays saturated
 * while the loss goes nowhere raises an alarm. While playing, a slice's end judges every
 * CHECK_MS and copies only when no frame copied in the last STATS_MS; a frame copies the batch
 * it shows (beforeFrame). Stepped, or when training stops, a batch is copied and judged at once.
 */
import type { Clock } from './clock';
import { checkExplosion, checkSaturation, type Alarms } from './lockstep';
import { captureIfPending, type TrainerRun } from './trainerRun';

/**
 * Every 4 ms slice used to copy and judge its last mini-batch: 0.1–0.2 ms of each slice at
 * 12 × 64 units. The alarms count steps, not checks, so judging at about the page's frame rate
 * loses nothing; and the statistics they judge may be a few milliseconds old.
 */
export const CHECK_MS = 16;
/** How old the copied statistics may be when judged: older, a slice's end copies afresh. */
export const STATS_MS = 50;

export class BatchChecks {
  /** Trainers already warned about exploding gradients since the last configuration. */
  private readonly warned = new Set<number>();
  private checkedAt = -Infinity;
  private capturedAt = -Infinity;

  constructor(
    private readonly clock: Clock,
    private readonly alarms: Alarms,
  ) {}

  /** New trainers (their first batch copied when they were built): warn afresh, from now. */
  configured(runs: readonly TrainerRun[]): void {
    this.warned.clear();
    this.checkedAt = -Infinity;
    this.capturedAt = this.clock.now();
    checkExplosion(runs, this.warned, this.alarms);
  }

  /** After a slice or a step (trainLockstep marks each batch it committed as pending). */
  afterTraining(runs: readonly TrainerRun[], playing: boolean): void {
    const now = this.clock.now();
    if (playing && now - this.checkedAt < CHECK_MS) return;
    this.checkedAt = now;
    if (!playing || now - this.capturedAt >= STATS_MS) {
      runs.forEach(captureIfPending);
      this.capturedAt = now;
    }
    checkExplosion(runs, this.warned, this.alarms);
    if (playing) checkSaturation(runs, this.alarms);
  }

  /** Before a frame is built: the batch it shows, if a slice's end left it uncopied. */
  beforeFrame(runs: readonly TrainerRun[]): void {
    if (!runs.some((run) => run.capturePending)) return;
    runs.forEach(captureIfPending);
    this.capturedAt = this.clock.now();
  }
}
