/**
 * The frame publisher: decides when a frame goes out (the gate: at most 60 per second,
 * after the page acknowledged the last one), what it carries (fresh evaluation and output
 * map only as often as they are worth computing, and a map only when the weights changed),
 * and builds it from the runs, the stepper and the weight inspector.
 */
import type { Clock } from './clock';
import { FrameGate } from './frameGate';
import { trainerFrameOf } from './frames';
import { ThroughputMeter } from './lockstep';
import { transferablesOf, type Frame, type WorkerEvent } from './protocol';
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

  constructor(
    private readonly clock: Clock,
    private readonly sources: PublisherSources,
    private readonly post: (event: WorkerEvent, transfer: Transferable[]) => void,
    guard: (work: () => void) => void,
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
    const evalEvery = Math.max(EVAL_MS, this.evalCost / SLOW_WORK_SHARE);
    const mapEvery = Math.max(MAP_MS, this.mapCost / SLOW_WORK_SHARE);
    const withEvaluation = full || (playing && now - this.lastEvalAt >= evalEvery);
    // The two slow parts never fall into one frame while playing (that frame would take both).
    const mapDue = full || (playing && !withEvaluation && now - this.lastMapAt >= mapEvery);
    if (withEvaluation) this.lastEvalAt = now;
    if (mapDue) this.lastMapAt = now;
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
        const withOutputMap = mapDue && this.mappedAt.get(run) !== run.trainer.step;
        if (withOutputMap) this.mappedAt.set(run, run.trainer.step);
        return trainerFrameOf(run, {
          withEvaluation,
          withOutputMap,
          probeRow: 0,
          shown: stepping.shownValues(run),
          computed: stepping.computed(run),
        });
      }),
      stepper: stepping.frame(),
      weight: inspector.report(runs, (run) => stepping.reportSource(run), stepping.position, now, playing),
    };
    // What the slow part cost: this frame's build time (the rest of a frame is small beside it).
    const built = this.clock.now() - now;
    if (playing && withEvaluation) this.evalCost = built;
    else if (playing && frame.trainers.some((t) => t.outputMap)) this.mapCost = built;
    this.post({ type: 'frame', frame }, transferablesOf(frame));
  }
}
