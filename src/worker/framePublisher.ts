/**
 * The frame publisher: decides when a frame goes out (the gate: one per animation frame of
 * the page, after it acknowledged the last one), what it carries (a fresh evaluation and
 * output map only as often as they are worth computing — while playing, computed in a task
 * of their own between frames — and a map only when the weights changed), and builds it
 * from the runs, the stepper and the weight inspector.
 */
import type { Clock } from './clock';
import { FrameGate } from './frameGate';
import { trainerFrameOf } from './frames';
import { MapJob } from './mapJob';
import { refreshEvaluation } from './trainerRun';
import { ThroughputMeter } from './lockstep';
import { transferablesOf, type Frame, type OutputMap, type WorkerEvent } from './protocol';
import type { Stepping } from './stepping';
import type { TrainerRun } from './trainerRun';
import type { WeightInspector } from './weightReport';

/** Losses and accuracy are re-evaluated at most this often while playing. */
export const EVAL_MS = 100;
/** The decision boundary is recomputed at most this often while playing. */
export const MAP_MS = 250;
/**
 * While playing, frames that re-evaluate the loss, and those that redraw the decision
 * boundary, may each take at most this share of the worker's time: on 12 hidden layers of
 * 64 units one such frame costs 10–40 ms (500 examples, then 1,600 map cells, through every
 * layer), and at the fixed 100 ms / 250 ms cadence they took about a sixth of training and
 * held frames back. Small networks stay at the fixed cadence; a big one re-evaluates less
 * often (12 × 64: the map about once a second).
 */
export const SLOW_WORK_SHARE = 0.025;
/** The longest piece of slow work in one task while playing: well inside a 60 Hz frame. */
export const SLOW_PIECE_MS = 5;

export interface PublisherSources {
  runs(): readonly TrainerRun[];
  playing(): boolean;
  readonly stepping: Stepping;
  readonly inspector: WeightInspector;
}

export class FramePublisher {
  private readonly gate: FrameGate;
  private readonly rate = new ThroughputMeter();
  private lastEvalAt = -Infinity;
  private lastMapAt = -Infinity;
  /** How long the last frame with an evaluation / a map took to build (ms), for SLOW_WORK_SHARE. */
  private evalCost = 0;
  private mapCost = 0;
  /** The trainer step each run's last map was drawn at: an unchanged network is not mapped again. */
  private readonly mappedAt = new WeakMap<TrainerRun, number>();
  /** Set while the immediate frame after Pause is built: it skips the slow evaluation and map. */
  private light = false;
  /** While playing, the slow work runs in a task of its own after a frame went out: scheduled, not yet run. */
  private slowPending = false;
  /** Maps computed by that task, waiting for the next frame. */
  private readonly preparedMaps = new Map<TrainerRun, OutputMap | null>();

  constructor(
    private readonly clock: Clock,
    private readonly sources: PublisherSources,
    private readonly post: (event: WorkerEvent, transfer: Transferable[]) => void,
    private readonly guard: (work: () => void) => void,
  ) {
    this.gate = new FrameGate(
      clock,
      (id, now) => guard(() => this.send(id, now)),
      () => sources.runs().length > 0,
    );
  }

  /** Something changed: a frame follows as soon as the gate allows. */
  request(): void {
    this.gate.request();
  }

  /**
   * The run just paused: a light frame (counters, weights, gradients; no fresh evaluation or
   * decision boundary, which take ~20 ms on a deep net) goes out at once, without waiting
   * behind the frame in flight; the full frame, same step, follows on the acknowledgement.
   */
  requestNowLight(): void {
    this.light = true;
    this.gate.requestNow();
    this.light = false;
    this.gate.request();
  }

  acknowledge(id: number): void {
    this.gate.acknowledge(id);
  }

  /** A new run: evaluate and map it at once, and count throughput from zero. */
  restart(): void {
    this.lastEvalAt = this.lastMapAt = -Infinity;
    this.evalCost = this.mapCost = 0;
    this.preparedMaps.clear();
    this.rate.reset(this.clock.now());
  }

  cancel(): void {
    this.gate.cancel();
  }

  /** The run's weights changed without a step (a restore): its next frame carries a fresh map. */
  forgetMap(run: TrainerRun): void {
    this.mappedAt.delete(run);
  }

  private send(id: number, now: number): void {
    const runs = this.sources.runs();
    const playing = this.sources.playing();
    const full = !playing && !this.light;
    this.rate.update(
      now,
      runs.reduce((sum, r) => sum + r.trainer.examplesSeen, 0),
      playing,
    );
    const { stepping, inspector } = this.sources;
    const frame: Frame = {
      id,
      playing,
      examplesPerSecond: this.rate.perSecond,
      trainers: runs.map((run) => {
        // Paused (or stepped), a frame carries a fresh evaluation and map, computed here.
        const withOutputMap = full && this.mappedAt.get(run) !== run.trainer.step;
        if (withOutputMap) this.mappedAt.set(run, run.trainer.step);
        const prepared = this.preparedMaps.get(run);
        this.preparedMaps.delete(run);
        return trainerFrameOf(run, {
          withEvaluation: full,
          withOutputMap,
          preparedMap: full ? undefined : prepared,
          probeRow: 0,
          shown: stepping.shownValues(run),
          computed: stepping.computed(run),
        });
      }),
      stepper: stepping.frame(),
      weight: inspector.report(runs, (run) => stepping.reportSource(run), stepping.position, now, playing),
    };
    if (full) this.lastEvalAt = this.lastMapAt = now;
    this.post({ type: 'frame', frame }, transferablesOf(frame));
    if (playing) this.scheduleSlowWork(now);
  }

  /**
   * While playing, re-evaluating the loss (500 examples through every layer) and mapping the
   * decision boundary (1,600 cells) run in tasks of their own right after a frame went out,
   * not inside the next frame's building: on 12 × 64 units they take 10 and 24 ms, which
   * inside a frame made it miss the page's next animation frame (and held up a Pause that
   * much). The map goes in pieces of SLOW_PIECE_MS (mapJob.ts). Their results go with the
   * next frame (the evaluation says at which step it was made). Each may take
   * SLOW_WORK_SHARE of the time.
   */
  private scheduleSlowWork(now: number): void {
    if (this.slowPending) return;
    const evalDue = now - this.lastEvalAt >= Math.max(EVAL_MS, this.evalCost / SLOW_WORK_SHARE);
    const mapDue = now - this.lastMapAt >= Math.max(MAP_MS, this.mapCost / SLOW_WORK_SHARE);
    if (evalDue) this.later(() => this.evaluate());
    else if (mapDue) {
      const jobs = this.sources.runs().flatMap((run) => {
        const job = this.mappedAt.get(run) === run.trainer.step ? null : MapJob.start(run);
        return job ? [job] : [];
      });
      if (jobs.length === 0) this.lastMapAt = now;
      else this.later(() => this.map(jobs, 0));
    }
  }

  /** Runs `work` in a task of its own, unless the run was paused meanwhile (the paused frame computes its own). */
  private later(work: () => void): void {
    this.slowPending = true;
    this.clock.soon(() =>
      this.guard(() => {
        this.slowPending = false;
        if (this.sources.playing()) work();
      }),
    );
  }

  private evaluate(): void {
    const t0 = this.clock.now();
    for (const run of this.sources.runs()) refreshEvaluation(run);
    this.lastEvalAt = this.clock.now();
    this.evalCost = this.lastEvalAt - t0;
    this.gate.request();
  }

  /** One piece of the maps; `spent` is the time of the pieces before it. */
  private map(jobs: readonly MapJob[], spent: number): void {
    const t0 = this.clock.now();
    const current = jobs.filter((job) => this.sources.runs().includes(job.run));
    // One piece per task: the first job not yet finished advances.
    const finished = current.every((job) => job.advance(() => this.clock.now(), SLOW_PIECE_MS));
    const cost = spent + this.clock.now() - t0;
    if (!finished) return this.later(() => this.map(current, cost));
    for (const job of current) {
      this.mappedAt.set(job.run, job.step);
      this.preparedMaps.set(job.run, job.result());
    }
    this.lastMapAt = this.clock.now();
    this.mapCost = cost;
    this.gate.request();
  }
}
