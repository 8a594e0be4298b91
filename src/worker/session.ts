/**
 * The worker's brain, free of `self` so tests can drive it: it owns the trainers, runs
 * training in slices of a few milliseconds (so every command is answered within a
 * frame), paces slow motion, and streams frames no faster than the page acknowledges.
 */
import { EngineInputError, reconfigureOptimizer, requireInteger, requireOneOf, BATCH_LIMITS } from '../engine';
import type { Clock } from './clock';
import { trainerFrameOf } from './frames';
import type { Command, Frame, TrainerConfig, WorkerEvent } from './protocol';
import { transferablesOf } from './protocol';
import { FrameGate } from './frameGate';
import { Pacer } from './pacer';
import { checkExplosion, ThroughputMeter, trainLockstep, type Alarms } from './lockstep';
import { StepperController } from './stepperController';
import { buildRun, captureBatch, dataOf, type TrainerRun } from './trainerRun';

const STEP_UNITS = ['batch', 'epoch'] as const;

export type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

export { SLICE_MS } from './pacer';
/** Losses and accuracy are re-evaluated at most this often while playing. */
export const EVAL_MS = 100;
/** The decision boundary is recomputed at most this often while playing. */
export const MAP_MS = 250;
export { ACK_TIMEOUT_MS, MIN_FRAME_MS } from './frameGate';

export class TrainingSession {
  private runs: TrainerRun[] = [];
  private playing = false;
  private lastEvalAt = -Infinity;
  private lastMapAt = -Infinity;
  private readonly gate: FrameGate;
  private readonly pacer: Pacer;
  /** Set while the immediate frame after Pause is built: it skips the slow evaluation and map. */
  private lightFrame = false;
  private readonly rate = new ThroughputMeter();
  private readonly alarms: Alarms = {
    diverged: (message) => {
      this.setPlaying(false);
      this.post({ type: 'error', kind: 'diverged', message });
    },
    exploding: (message) => this.post({ type: 'warning', kind: 'exploding', message }),
  };
  private readonly stepper = new StepperController();
  /** Trainers already warned about exploding gradients since the last configure. */
  private warned = new Set<number>();

  constructor(private readonly post: Post, private readonly clock: Clock) {
    this.gate = new FrameGate(clock, (id, now) => this.guard(() => this.sendFrame(id, now)), () => this.runs.length > 0);
    this.pacer = new Pacer(clock, {
      playing: () => this.playing && this.runs.length > 0,
      trainOnce: () => this.trainOnce(),
      afterSlice: () => {
        this.runs.forEach(captureBatch);
        this.checkExplosion();
        this.requestFrame();
      },
      guard: (work) => this.guard(work),
    });
  }

  /**
   * Work that runs from a timer rather than a command (a training slice, a delayed frame):
   * a failure there pauses the run and reaches the page as an error, never a silent stop.
   */
  private guard(work: () => void): void {
    try {
      work();
    } catch (e) {
      if (this.playing) {
        this.playing = false;
        this.post({ type: 'state', playing: false });
      }
      this.report(e, undefined);
    }
  }

  handle(cmd: Command): void {
    try {
      this.dispatch(cmd);
    } catch (e) {
      this.report(e, (cmd as { type?: unknown } | null)?.type);
    }
  }

  private dispatch(cmd: Command): void {
    switch (cmd.type) {
      case 'configure': return this.configure(cmd.trainers);
      case 'play': return this.setPlaying(true);
      case 'pause': return this.setPlaying(false);
      case 'step': return this.step(cmd.unit);
      case 'reset': return this.configure(this.runs.map((r) => ({ ...r.config, seed: cmd.seed ?? r.config.seed })));
      case 'set-optimizer': return this.setOptimizer(cmd.patch, cmd.trainer);
      case 'set-batch-size': return this.setBatchSize(cmd.batchSize, cmd.trainer);
      case 'set-speed': return this.pacer.setSpeed(cmd.speed);
      case 'ack': return this.gate.acknowledge(cmd.id);
      case 'stepper-enter':
        this.setPlaying(false);
        this.stepper.enter(this.requireRun(0), cmd.example);
        return this.requestFrame();
      case 'stepper-next': this.stepper.next(); return this.requestFrame();
      case 'stepper-prev': this.stepper.prev(); return this.requestFrame();
      case 'stepper-exit': this.stepper.exit(); return this.requestFrame();
      case 'select-weight': this.stepper.selectWeight(cmd.weight, cmd.trainer ?? 0); return this.requestFrame();
      case 'dispose':
        this.playing = false;
        this.runs = [];
        this.gate.cancel();
        this.clock.close?.();
        return;
      default:
        throw new Error(`unknown command ${JSON.stringify((cmd as { type?: unknown }).type)}`);
    }
  }

  private configure(configs: TrainerConfig[]): void {
    if (!Array.isArray(configs) || configs.length < 1 || configs.length > 2) {
      throw new EngineInputError('trainers', 'one or two trainer configurations', configs);
    }
    // Build everything first: a refused config leaves the running trainers untouched.
    const runs = configs.map((c) => buildRun(c));
    this.stepper.exit();
    this.runs = runs;
    this.warned.clear();
    this.lastEvalAt = this.lastMapAt = -Infinity;
    this.rate.reset(this.clock.now());
    this.post({ type: 'configured', data: runs.map(dataOf), configs });
    this.checkExplosion();
    this.pacer.restart();
    this.requestFrame();
    if (this.playing) this.pacer.schedule();
  }

  private requireRun(k: number): TrainerRun {
    const run = this.runs[k];
    if (!run) throw new EngineInputError('trainer', `a configured trainer (0 to ${this.runs.length - 1})`, k);
    return run;
  }

  private setPlaying(playing: boolean): void {
    if (playing) this.requireRun(0);
    if (playing && this.stepper.active) this.stepper.exit();
    if (this.playing === playing) return;
    this.playing = playing;
    this.post({ type: 'state', playing });
    if (playing) {
      this.pacer.restart();
      this.pacer.schedule();
    } else {
      // Pause shows at once: a light frame (counters, weights, gradients; no fresh loss
      // evaluation or decision boundary, which take ~20 ms on a deep net) goes out without
      // waiting behind the frame in flight; the full frame, same step, follows on the ack.
      this.lightFrame = true;
      this.gate.requestNow();
      this.lightFrame = false;
      this.requestFrame();
    }
  }

  private step(unit: 'batch' | 'epoch'): void {
    requireOneOf('unit', unit, STEP_UNITS);
    this.requireRun(0);
    this.stepper.exit();
    this.setPlaying(false);
    if (unit === 'batch') {
      this.trainOnce();
    } else {
      const epoch = this.runs[0].trainer.epoch;
      while (this.runs[0].trainer.epoch === epoch && this.trainOnce());
    }
    this.runs.forEach(captureBatch);
    this.checkExplosion();
    this.requestFrame();
  }

  private checkExplosion(): void {
    checkExplosion(this.runs, this.warned, this.alarms);
  }

  /** One mini-batch on every trainer, in lockstep. Returns false (and pauses) on divergence. */
  private trainOnce(): boolean {
    return trainLockstep(this.runs, this.alarms);
  }

  private setOptimizer(patch: Partial<TrainerConfig['optimizer']>, trainer?: number): void {
    const targets = trainer === undefined ? this.runs : [this.requireRun(trainer)];
    const next = targets.map((r) => reconfigureOptimizer(r.trainer.net, r.trainer.optimizer, patch));
    targets.forEach((r, k) => {
      r.trainer.optimizer = next[k];
      r.config = { ...r.config, optimizer: { ...next[k].config } };
    });
    this.stepper.refreshOptimizer();
    this.requestFrame();
  }

  private setBatchSize(batchSize: number, trainer?: number): void {
    requireInteger('batchSize', batchSize, BATCH_LIMITS.min, BATCH_LIMITS.max);
    const targets = trainer === undefined ? this.runs : [this.requireRun(trainer)];
    for (const r of targets) {
      r.trainer.batchSize = Math.min(batchSize, r.train.count);
      r.config = { ...r.config, batchSize };
    }
  }

  private requestFrame(): void {
    this.gate.request();
  }

  private sendFrame(id: number, now: number): void {
    const full = !this.playing && !this.lightFrame;
    const withEvaluation = full || (this.playing && now - this.lastEvalAt >= EVAL_MS);
    const withOutputMap = full || (this.playing && now - this.lastMapAt >= MAP_MS);
    if (withEvaluation) this.lastEvalAt = now;
    if (withOutputMap) this.lastMapAt = now;
    this.updateRate(now);
    const frame: Frame = {
      id,
      playing: this.playing,
      examplesPerSecond: this.rate.perSecond,
      trainers: this.runs.map((r) => {
        const tf = trainerFrameOf(r, { withEvaluation, withOutputMap, probeRow: 0 });
        this.stepper.overrideTrainerFrame(r, tf);
        return tf;
      }),
      stepper: this.stepper.frame(),
      weight: this.stepper.weightReport(this.runs, now, this.playing),
    };
    this.post({ type: 'frame', frame }, transferablesOf(frame));
  }

  private updateRate(now: number): void {
    this.rate.update(now, this.runs.reduce((sum, r) => sum + r.trainer.examplesSeen, 0), this.playing);
  }

  private report(e: unknown, type: unknown): void {
    const command = typeof type === 'string' ? { command: type } : {};
    if (e instanceof EngineInputError) {
      this.post({ type: 'error', kind: 'invalid', message: e.message, field: e.field, ...command });
    } else {
      this.post({ type: 'error', kind: 'crash', message: e instanceof Error ? e.message : String(e), ...command });
    }
  }
}
