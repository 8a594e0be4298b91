/**
 * The frame publisher: decides when a frame goes out (the gate: one per animation frame of
 * the page, after it acknowledged the last one), what it carries (a fresh evaluation and
 * output map only as often as they are worth computing — while playing, computed in a task
 * of their own between frames (slowWork.ts) — and a map only when the weights changed), and builds it
 * from the runs, the stepper and the weight inspector.
 */
import type { Clock } from './clock';
import { transferablesOf, type Frame } from './frameContract';
import { FrameGate } from './frameGate';
import { trainerFrameOf } from './frames';
import { ThroughputMeter } from './lockstep';
import type { WorkerEvent } from './protocol';
import { SlowWork } from './slowWork';
import type { Stepping } from './stepping';
import type { TrainerRun } from './trainerRun';
import type { WeightInspector } from './weightReport';

export { EVAL_MS, MAP_MS, SLOW_PIECE_MS, SLOW_WORK_SHARE } from './slowWork';

export interface PublisherSources {
  runs(): readonly TrainerRun[];
  playing(): boolean;
  readonly stepping: Stepping;
  readonly inspector: WeightInspector;
  /** Copies the batch a slice's end left uncopied (BatchChecks.beforeFrame). */
  beforeFrame(): void;
}

export class FramePublisher {
  private readonly gate: FrameGate;
  private readonly rate = new ThroughputMeter();
  /** Set while the immediate frame after Pause is built: it skips the slow evaluation and map. */
  private light = false;
  private readonly slow: SlowWork;

  constructor(
    private readonly clock: Clock,
    private readonly sources: PublisherSources,
    private readonly post: (event: WorkerEvent, transfer: Transferable[]) => void,
    guard: (work: () => void) => void,
  ) {
    this.slow = new SlowWork(clock, {
      runs: () => sources.runs(),
      playing: () => sources.playing(),
      guard,
      ready: () => this.gate.request(),
    });
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

  /** When a delayed frame falls due: training should yield then (FrameGate.attentionAt). */
  attentionAt(): number {
    return this.gate.attentionAt();
  }

  /** A new run: evaluate and map it at once, and count throughput from zero. */
  restart(): void {
    this.slow.restart();
    this.rate.reset(this.clock.now());
  }

  cancel(): void {
    this.gate.cancel();
  }

  /** The run's weights changed without a step (a restore): its next frame carries a fresh map. */
  forgetMap(run: TrainerRun): void {
    this.slow.forgetMap(run);
  }

  private send(id: number, now: number): void {
    const runs = this.sources.runs();
    this.sources.beforeFrame();
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
        return trainerFrameOf(run, {
          withEvaluation: full,
          ...this.slow.mapFor(run, full),
          probeRow: 0,
          shown: stepping.shownValues(run),
          computed: stepping.computed(run),
        });
      }),
      stepper: stepping.frame(),
      weight: inspector.report(runs, (run) => stepping.reportSource(run), stepping.position, now, playing),
    };
    if (full) this.slow.doneAt(now);
    this.post({ type: 'frame', frame }, transferablesOf(frame));
    if (playing) this.slow.schedule(now);
  }
}
