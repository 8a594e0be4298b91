/**
 * The slow parts of a frame: re-evaluating the loss (500 examples through every layer) and
 * mapping the decision boundary (1,600 cells). A paused or stepped frame computes both itself.
 * While playing they run in tasks of their own right after a frame went out, not inside the
 * next frame's building: on 12 × 64 units they take 10 and 24 ms, which inside a frame made it
 * miss the page's next animation frame (and held up a Pause that much). The map goes in pieces
 * of SLOW_PIECE_MS (mapJob.ts). Their results go with the next frame (the evaluation says at
 * which step it was made); each may take SLOW_WORK_SHARE of the worker's time.
 */
import type { Clock } from './clock';
import { MapJob } from './mapJob';
import type { OutputMap } from './frameContract';
import { refreshEvaluation, type TrainerRun } from './trainerRun';

/** Losses and accuracy are re-evaluated at most this often while playing. */
export const EVAL_MS = 100;
/** The decision boundary is recomputed at most this often while playing. */
export const MAP_MS = 250;
/**
 * While playing, the re-evaluations and the maps may each take at most this share of the
 * worker's time: at the fixed 100 ms / 250 ms cadence they took about a sixth of training on
 * 12 × 64 units. Small networks stay at the fixed cadence; a big one re-evaluates less often
 * (12 × 64: the map about once a second).
 */
export const SLOW_WORK_SHARE = 0.025;
/** The longest piece of slow work in one task while playing: well inside a 60 Hz frame. */
export const SLOW_PIECE_MS = 5;

export interface SlowWorkHooks {
  runs(): readonly TrainerRun[];
  playing(): boolean;
  /** Runs work from a timer; failures are reported by the owner. */
  guard(work: () => void): void;
  /** A result is ready: a frame should carry it. */
  ready(): void;
}

/** What a frame does about a run's map. */
export interface MapForFrame {
  /** The frame computes the map itself (paused or stepped, and the weights changed). */
  withOutputMap: boolean;
  /** A map prepared while playing, for this frame to carry. */
  preparedMap: OutputMap | null | undefined;
}

export class SlowWork {
  private lastEvalAt = -Infinity;
  private lastMapAt = -Infinity;
  /** How long the last evaluation / the last maps took (ms), for SLOW_WORK_SHARE. */
  private evalCost = 0;
  private mapCost = 0;
  /** The trainer step each run's last map was made at: an unchanged network is not mapped again. */
  private readonly mappedAt = new WeakMap<TrainerRun, number>();
  /** A task is scheduled and has not run yet. */
  private pending = false;
  /** Maps computed while playing, waiting for the next frame. */
  private readonly prepared = new Map<TrainerRun, OutputMap | null>();

  constructor(
    private readonly clock: Clock,
    private readonly hooks: SlowWorkHooks,
  ) {}

  /** A new run: evaluate and map it at once. */
  restart(): void {
    this.lastEvalAt = this.lastMapAt = -Infinity;
    this.evalCost = this.mapCost = 0;
    this.prepared.clear();
  }

  /** The run's weights changed without a step (a restore): its next frame carries a fresh map. */
  forgetMap(run: TrainerRun): void {
    this.mappedAt.delete(run);
  }

  /** For a frame of `run`: `full` frames (paused, stepped) map it themselves when its weights changed. */
  mapFor(run: TrainerRun, full: boolean): MapForFrame {
    const withOutputMap = full && this.mappedAt.get(run) !== run.trainer.step;
    if (withOutputMap) this.mappedAt.set(run, run.trainer.step);
    const prepared = this.prepared.get(run);
    this.prepared.delete(run);
    return { withOutputMap, preparedMap: full ? undefined : prepared };
  }

  /** A full frame evaluated and mapped everything at `now`. */
  doneAt(now: number): void {
    this.lastEvalAt = this.lastMapAt = now;
  }

  /** After a frame went out while playing: the next slow task, if one is due. */
  schedule(now: number): void {
    if (this.pending) return;
    const evalDue = now - this.lastEvalAt >= Math.max(EVAL_MS, this.evalCost / SLOW_WORK_SHARE);
    const mapDue = now - this.lastMapAt >= Math.max(MAP_MS, this.mapCost / SLOW_WORK_SHARE);
    // One kind per task: the two together would be one long task again.
    if (evalDue) this.later(() => this.evaluate());
    else if (mapDue) {
      const jobs = this.hooks.runs().flatMap((run) => {
        const job = this.mappedAt.get(run) === run.trainer.step ? null : MapJob.start(run);
        return job ? [job] : [];
      });
      if (jobs.length === 0) this.lastMapAt = now;
      else this.later(() => this.map(jobs, 0));
    }
  }

  /** Runs `work` in a task of its own, unless the run was paused meanwhile (the paused frame computes its own). */
  private later(work: () => void): void {
    this.pending = true;
    this.clock.soon(() =>
      this.hooks.guard(() => {
        this.pending = false;
        if (this.hooks.playing()) work();
      }),
    );
  }

  private evaluate(): void {
    const t0 = this.clock.now();
    for (const run of this.hooks.runs()) refreshEvaluation(run);
    this.lastEvalAt = this.clock.now();
    this.evalCost = this.lastEvalAt - t0;
    this.hooks.ready();
  }

  /** One piece of the maps; `spent` is the time of the pieces before it. */
  private map(jobs: readonly MapJob[], spent: number): void {
    const t0 = this.clock.now();
    const current = jobs.filter((job) => this.hooks.runs().includes(job.run));
    // One piece per task: the first job not yet finished advances.
    const finished = current.every((job) => job.advance(() => this.clock.now(), SLOW_PIECE_MS));
    const cost = spent + this.clock.now() - t0;
    if (!finished) return this.later(() => this.map(current, cost));
    for (const job of current) {
      this.mappedAt.set(job.run, job.step);
      this.prepared.set(job.run, job.result());
    }
    this.lastMapAt = this.clock.now();
    this.mapCost = cost;
    this.hooks.ready();
  }
}
