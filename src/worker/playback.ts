/** When the networks train: play and pause, a Step by hand, training in slices, and what follows each. */
import { requireOneOf } from '../engine';
import { stepperAlarm } from './alarms';
import { BatchChecks } from './batchChecks';
import type { Clock } from './clock';
import type { FramePublisher } from './framePublisher';
import { trainLockstep, type Alarms } from './lockstep';
import { Pacer } from './pacer';
import type { FailureContext, Speed, StepUnit, WorkerEvent } from './protocol';
import { errorEvent } from './runChanges';
import type { Stepping } from './stepping';
import { runAt, type TrainerRun } from './trainerRun';

const STEP_UNITS = ['batch', 'epoch'] as const;

/** What playback uses of the session. */
export interface PlaybackHost {
  runs(): TrainerRun[];
  readonly stepping: Stepping;
  /** The session's frame publisher (built after playback, since it asks whether training plays). */
  frames(): FramePublisher;
  post(event: WorkerEvent): void;
}

/**
 * Playing trains in slices of a few milliseconds (pacer.ts), every trainer in lockstep; a Step
 * trains one mini-batch or one epoch. After either, the last batch is judged (batchChecks.ts)
 * and a frame requested. Training first leaves step-through, whose finished step counts or
 * raises the alarm a training step would. An alarm pauses the run; so does a failure in a
 * slice or a delayed frame (`guard`), which reaches the page as an error.
 */
export class Playback {
  private on = false;
  private readonly alarms: Alarms = {
    alarm: (alarm) => {
      this.setPlaying(false);
      this.host.post({ type: 'alarm', alarm });
    },
    exploding: (message) => this.host.post({ type: 'warning', kind: 'exploding', message }),
  };
  private readonly checks: BatchChecks;
  private readonly pacer: Pacer;

  constructor(
    clock: Clock,
    private readonly host: PlaybackHost,
  ) {
    this.checks = new BatchChecks(clock, this.alarms);
    this.pacer = new Pacer(clock, {
      playing: () => this.on && host.runs().length > 0,
      trainOnce: () => trainLockstep(host.runs(), this.alarms),
      afterSlice: () => this.afterTraining(),
      attentionAt: () => host.frames().attentionAt(),
      guard: (work) => this.guard(work, 'training'),
    });
  }

  get playing(): boolean {
    return this.on;
  }

  setPlaying(playing: boolean): void {
    if (playing) runAt(this.host.runs(), 0);
    if (playing && this.host.stepping.active && !this.leaveStepper()) return;
    if (this.on === playing) return;
    this.on = playing;
    this.host.post({ type: 'state', playing });
    if (!playing) return this.host.frames().requestNowLight();
    this.pacer.restart();
    this.pacer.schedule();
  }

  setSpeed(speed: Speed): void {
    this.pacer.setSpeed(speed);
  }

  /** Stops without telling the page (the session is being disposed). */
  stop(): void {
    this.on = false;
  }

  step(unit: StepUnit): void {
    requireOneOf('unit', unit, STEP_UNITS);
    const runs = this.host.runs();
    runAt(runs, 0);
    if (!this.leaveStepper()) return;
    this.setPlaying(false);
    if (unit === 'batch') {
      trainLockstep(runs, this.alarms);
    } else {
      const epoch = runs[0].trainer.epoch;
      while (runs[0].trainer.epoch === epoch && trainLockstep(runs, this.alarms));
    }
    this.afterTraining();
  }

  /**
   * Leaves step-through; a completed step that overflowed is not committed and raises the
   * alarm a training step would. Returns false then (the caller does not train on).
   */
  leaveStepper(): boolean {
    const refused = this.host.stepping.exit();
    if (refused) this.alarms.alarm(stepperAlarm(refused, this.host.runs().indexOf(refused.run)));
    return refused === null;
  }

  /** New runs (built and announced): judge them afresh, show them, and train on if playing. */
  configured(): void {
    this.checks.configured(this.host.runs());
    this.pacer.restart();
    this.host.frames().request();
    if (this.on) this.pacer.schedule();
  }

  /** Before a frame is built: copy the batch a slice's end left uncopied (BatchChecks.beforeFrame). */
  beforeFrame(): void {
    this.checks.beforeFrame(this.host.runs());
  }

  /**
   * Work that runs from a timer rather than a command (a training slice, a delayed frame):
   * a failure there pauses the run and reaches the page as an error saying what it
   * interrupted, never a silent stop.
   */
  guard(work: () => void, during: FailureContext): void {
    try {
      work();
    } catch (e) {
      if (this.on) {
        this.on = false;
        this.host.post({ type: 'state', playing: false });
      }
      this.host.post(errorEvent(e, undefined, during));
    }
  }

  /** After a slice or a step: copy and judge the last batch (BatchChecks), request a frame. */
  private afterTraining(): void {
    this.checks.afterTraining(this.host.runs(), this.on);
    this.host.frames().request();
  }
}
