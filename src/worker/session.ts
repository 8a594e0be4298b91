/**
 * The worker's command handling, free of `self` so tests can drive it: it owns the
 * trainers and answers every command (each switch over a message type is exhaustive), and
 * builds, resets, restores and changes the runs live. Playback decides when they train (play,
 * pause, Step, and slices of a few milliseconds so a command is answered within a frame);
 * frames go out through the publisher; step-through and the weight report live in their own
 * modules.
 */
import { EngineInputError, type SimdKernels } from '../engine';
import type { Clock } from './clock';
import { FramePublisher } from './framePublisher';
import { applyBatchSize, applyOptimizer } from './liveSettings';
import { Playback } from './playback';
import { unknownMessage, type Command, type TrainerConfig, type TrainerResume, type WorkerEvent } from './protocol';
import { snapshotAnswer } from './resume';
import { Stepping } from './stepping';
import { afterLiveChange, errorEvent, restoreRun } from './runChanges';
import { buildRun, dataOf, runAt, type TrainerRun } from './trainerRun';
import { WeightInspector } from './weightReport';

export type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

export { SLICE_MS } from './pacer';
export { EVAL_MS, MAP_MS } from './framePublisher';
export { ACK_TIMEOUT_MS, MIN_FRAME_MS } from './frameGate';

export class TrainingSession {
  private runs: TrainerRun[] = [];
  private readonly stepping = new Stepping();
  private readonly inspector = new WeightInspector();
  private readonly playback: Playback;
  private readonly frames: FramePublisher;

  /**
   * `simd`: the SIMD kernels when this worker could load them (worker.ts), or null: every
   * network then runs on the TypeScript kernels, as in the tests that do not pass them.
   */
  constructor(
    private readonly post: Post,
    private readonly clock: Clock,
    private readonly simd: SimdKernels | null = null,
  ) {
    this.playback = new Playback(clock, {
      runs: () => this.runs,
      stepping: this.stepping,
      frames: () => this.frames,
      post,
    });
    this.frames = new FramePublisher(
      clock,
      {
        runs: () => this.runs,
        playing: () => this.playback.playing,
        stepping: this.stepping,
        inspector: this.inspector,
        beforeFrame: () => this.playback.beforeFrame(),
      },
      post,
      (work) => this.playback.guard(work, 'frame'),
    );
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
        return this.playback.setPlaying(true);
      case 'pause':
        return this.playback.setPlaying(false);
      case 'step':
        return this.playback.step(cmd.unit);
      case 'reset':
        return this.configure(this.runs.map((r) => ({ ...r.config, seed: cmd.seed ?? r.config.seed })));
      case 'set-optimizer':
        return this.live(cmd.trainer, (runs) => applyOptimizer(runs, cmd.patch));
      case 'set-batch-size':
        return this.live(cmd.trainer, (runs) => applyBatchSize(runs, cmd.batchSize));
      case 'set-speed':
        return this.playback.setSpeed(cmd.speed);
      case 'ack':
        return this.frames.acknowledge(cmd.id);
      case 'stepper-enter':
        this.playback.setPlaying(false);
        this.stepping.enter(runAt(this.runs, 0), cmd.example, cmd.position ?? 0);
        return this.frames.request();
      case 'stepper-seek':
        this.stepping.seek(cmd.position);
        return this.frames.request();
      case 'stepper-exit':
        this.playback.leaveStepper();
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
        this.playback.stop();
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
    this.playback.configured();
  }

  /** Puts back a kept state of one trainer (after an alarm); its counters go on. */
  private restore(trainer: number, step: number): void {
    const run = runAt(this.runs, trainer);
    if (this.stepping.isOn(run)) this.stepping.exit();
    restoreRun(run, step);
    this.frames.forgetMap(run);
    this.inspector.forget();
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
