/**
 * The worker's command handling, free of `self` so tests can drive it: it owns the
 * trainers and answers every command (each switch over a message type is exhaustive);
 * training runs in slices of a few milliseconds (pacer.ts) so a command is answered within
 * a frame, frames go out through the publisher, step-through and the weight report live in
 * their own modules.
 */
import { EngineInputError, requireOneOf, type SimdKernels } from '../engine';
import type { Clock } from './clock';
import { stepperAlarm } from './alarms';
import { BatchChecks } from './batchChecks';
import { FramePublisher } from './framePublisher';
import { trainLockstep, type Alarms } from './lockstep';
import { applyBatchSize, applyOptimizer } from './liveSettings';
import { Pacer } from './pacer';
import {
  unknownMessage,
  type Command,
  type FailureContext,
  type TrainerConfig,
  type TrainerResume,
  type WorkerEvent,
} from './protocol';
import { snapshotAnswer } from './resume';
import { Stepping } from './stepping';
import { afterLiveChange, errorEvent, restoreRun } from './runChanges';
import { buildRun, dataOf, runAt, type TrainerRun } from './trainerRun';
import { WeightInspector } from './weightReport';

const STEP_UNITS = ['batch', 'epoch'] as const;

export type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

export { SLICE_MS } from './pacer';
export { EVAL_MS, MAP_MS } from './framePublisher';
export { ACK_TIMEOUT_MS, MIN_FRAME_MS } from './frameGate';

export class TrainingSession {
  private runs: TrainerRun[] = [];
  private playing = false;
  private readonly stepping = new Stepping();
  private readonly inspector = new WeightInspector();
  private readonly frames: FramePublisher;
  private readonly pacer: Pacer;
  private readonly alarms: Alarms = {
    alarm: (alarm) => {
      this.setPlaying(false);
      this.post({ type: 'alarm', alarm });
    },
    exploding: (message) => this.post({ type: 'warning', kind: 'exploding', message }),
  };
  private readonly checks: BatchChecks;

  /**
   * `simd`: the SIMD kernels when this worker could load them (worker.ts), or null: every
   * network then runs on the TypeScript kernels, as in the tests that do not pass them.
   */
  constructor(
    private readonly post: Post,
    private readonly clock: Clock,
    private readonly simd: SimdKernels | null = null,
  ) {
    this.checks = new BatchChecks(clock, this.alarms);
    this.frames = new FramePublisher(
      clock,
      {
        runs: () => this.runs,
        playing: () => this.playing,
        stepping: this.stepping,
        inspector: this.inspector,
        beforeFrame: () => this.checks.beforeFrame(this.runs),
      },
      post,
      (work) => this.guard(work, 'frame'),
    );
    this.pacer = new Pacer(clock, {
      playing: () => this.playing && this.runs.length > 0,
      trainOnce: () => trainLockstep(this.runs, this.alarms),
      afterSlice: () => this.afterTraining(),
      attentionAt: () => this.frames.attentionAt(),
      guard: (work) => this.guard(work, 'training'),
    });
  }

  /**
   * Work that runs from a timer rather than a command (a training slice, a delayed frame):
   * a failure there pauses the run and reaches the page as an error saying what it
   * interrupted, never a silent stop.
   */
  private guard(work: () => void, during: FailureContext): void {
    try {
      work();
    } catch (e) {
      if (this.playing) {
        this.playing = false;
        this.post({ type: 'state', playing: false });
      }
      this.post(errorEvent(e, undefined, during));
    }
  }

  handle(cmd: Command): void {
    try {
      this.dispatch(cmd);
    } catch (e) {
      this.post(errorEvent(e, (cmd as { type?: unknown } | null)?.type));
    }
  }

  private dispatch(cmd: Command): void {
    switch (cmd.type) {
      case 'configure':
        return this.configure(cmd.trainers, cmd.resume);
      case 'play':
        return this.setPlaying(true);
      case 'pause':
        return this.setPlaying(false);
      case 'step':
        return this.step(cmd.unit);
      case 'reset':
        return this.configure(this.runs.map((r) => ({ ...r.config, seed: cmd.seed ?? r.config.seed })));
      case 'set-optimizer':
        return this.live(cmd.trainer, (runs) => applyOptimizer(runs, cmd.patch));
      case 'set-batch-size':
        return this.live(cmd.trainer, (runs) => applyBatchSize(runs, cmd.batchSize));
      case 'set-speed':
        return this.pacer.setSpeed(cmd.speed);
      case 'ack':
        return this.frames.acknowledge(cmd.id);
      case 'stepper-enter':
        this.setPlaying(false);
        this.stepping.enter(runAt(this.runs, 0), cmd.example, cmd.position ?? 0);
        return this.frames.request();
      case 'stepper-seek':
        this.stepping.seek(cmd.position);
        return this.frames.request();
      case 'stepper-exit':
        this.leaveStepper();
        return this.frames.request();
      case 'select-weight':
        this.inspector.select(cmd.weight, cmd.trainer ?? 0);
        return this.frames.request();
      case 'snapshot':
        // Each trainer's own state (in step-through: as before the step being walked through).
        return this.post(...snapshotAnswer(cmd.id, this.runs));
      case 'restore':
        return this.restore(cmd.trainer, cmd.step);
      case 'ping':
        return this.post({ type: 'pong', id: cmd.id });
      case 'dispose':
        this.playing = false;
        this.runs = [];
        this.frames.cancel();
        this.clock.close?.();
        return;
      default:
        throw unknownMessage('command', cmd);
    }
  }

  private configure(configs: TrainerConfig[], resume?: (TrainerResume | null)[]): void {
    if (!Array.isArray(configs) || configs.length < 1 || configs.length > 2) {
      throw new EngineInputError('trainers', 'one or two trainer configurations', configs);
    }
    // Build everything first: a refused config leaves the running trainers untouched.
    const runs = configs.map((c, k) => buildRun(c, resume?.[k], this.simd));
    this.stepping.exit();
    this.runs = runs;
    this.frames.restart();
    const kernels = runs.map((r) => r.trainer.net.kernels.path);
    this.post({ type: 'configured', data: runs.map(dataOf), configs: runs.map((r) => r.config), kernels });
    this.checks.configured(this.runs);
    this.pacer.restart();
    this.frames.request();
    if (this.playing) this.pacer.schedule();
  }

  private setPlaying(playing: boolean): void {
    if (playing) runAt(this.runs, 0);
    if (playing && this.stepping.active && !this.leaveStepper()) return;
    if (this.playing === playing) return;
    this.playing = playing;
    this.post({ type: 'state', playing });
    if (!playing) return this.frames.requestNowLight();
    this.pacer.restart();
    this.pacer.schedule();
  }

  private step(unit: 'batch' | 'epoch'): void {
    requireOneOf('unit', unit, STEP_UNITS);
    runAt(this.runs, 0);
    if (!this.leaveStepper()) return;
    this.setPlaying(false);
    if (unit === 'batch') {
      trainLockstep(this.runs, this.alarms);
    } else {
      const epoch = this.runs[0].trainer.epoch;
      while (this.runs[0].trainer.epoch === epoch && trainLockstep(this.runs, this.alarms));
    }
    this.afterTraining();
  }

  /**
   * Leaves step-through; a completed step that overflowed is not committed and raises the
   * alarm a training step would. Returns false then (the caller does not train on).
   */
  private leaveStepper(): boolean {
    const refused = this.stepping.exit();
    if (refused) this.alarms.alarm(stepperAlarm(refused, this.runs.indexOf(refused.run)));
    return refused === null;
  }

  /** After a slice or a step: copy and judge the last batch (BatchChecks), request a frame. */
  private afterTraining(): void {
    this.checks.afterTraining(this.runs, this.playing);
    this.frames.request();
  }

  /** Puts back a kept state of one trainer (after an alarm); its counters go on. */
  private restore(trainer: number, step: number): void {
    const run = runAt(this.runs, trainer);
    if (this.stepping.isOn(run)) this.stepping.exit();
    restoreRun(run, step);
    this.frames.forgetMap(run);
    this.post({ type: 'restored', trainer, step });
    this.frames.request();
  }

  /**
   * A live change (optimiser or batch size) on all trainers or one; the worker confirms what
   * now runs. The state just before it is kept (to go back to if the change goes wrong), and
   * the silent-kind watch starts afresh.
   */
  private live(trainer: number | undefined, apply: (targets: TrainerRun[]) => void): void {
    const targets = trainer === undefined ? this.runs : [runAt(this.runs, trainer)];
    apply(targets);
    targets.forEach(afterLiveChange);
    this.stepping.refreshOptimizer();
    this.post({ type: 'reconfigured', configs: this.runs.map((r) => r.config) });
    this.frames.request();
  }
}
