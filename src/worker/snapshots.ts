/**
 * A small ring of recent good states of one trainer, so a run that went wrong can go back:
 * the weights, the optimiser's moments and its step count, every SNAPSHOT_EVERY steps, at
 * the start and just before a live change (say η). Only committed, finite states are ever
 * taken (a step is checked before it is committed), and the slots are allocated once, so
 * taking one on the training path copies and allocates nothing else.
 */
import { EngineInputError, type OptimizerName, type Trainer } from '../engine';

/** Steps between two periodic snapshots. */
export const SNAPSHOT_EVERY = 50;
/** How many snapshots are kept (the oldest goes first). */
export const SNAPSHOT_SLOTS = 8;

interface Slot {
  /** The trainer's committed step count when taken; -1 for an empty slot. */
  step: number;
  params: Float64Array;
  velocity: Float64Array;
  secondMoment: Float64Array;
  optimizerSteps: number;
  /** Moments only mean something to the optimiser kind that made them. */
  kind: OptimizerName;
}

export class SnapshotRing {
  private readonly slots: Slot[];
  private next = 0;

  constructor(paramCount: number) {
    this.slots = Array.from({ length: SNAPSHOT_SLOTS }, () => ({
      step: -1,
      params: new Float64Array(paramCount),
      velocity: new Float64Array(paramCount),
      secondMoment: new Float64Array(paramCount),
      optimizerSteps: 0,
      kind: 'sgd' as OptimizerName,
    }));
  }

  /** After a committed step: a snapshot every SNAPSHOT_EVERY steps. */
  afterStep(t: Trainer): void {
    if (t.step % SNAPSHOT_EVERY === 0) this.take(t);
  }

  /** Keeps the trainer's current state (once per step: a second take at the same step refreshes it). */
  take(t: Trainer): void {
    const newest = this.slots[(this.next + SNAPSHOT_SLOTS - 1) % SNAPSHOT_SLOTS];
    const slot = newest.step === t.step ? newest : this.slots[this.next];
    if (slot !== newest) this.next = (this.next + 1) % SNAPSHOT_SLOTS;
    const opt = t.optimizer;
    slot.step = t.step;
    slot.params.set(t.net.params);
    slot.velocity.set(opt.velocity);
    slot.secondMoment.set(opt.secondMoment);
    slot.optimizerSteps = opt.steps;
    slot.kind = opt.config.kind;
  }

  /** Steps that can be restored, newest first. */
  steps(): number[] {
    return this.slots
      .filter((s) => s.step >= 0)
      .map((s) => s.step)
      .sort((a, b) => b - a);
  }

  /**
   * Puts back the weights and optimiser state of `step` (the counters go on: the chart shows
   * the loss falling back rather than time running backwards). Throws, changing nothing,
   * when that step is not kept.
   */
  restore(t: Trainer, step: number): void {
    const slot = this.slots.find((s) => s.step === step);
    if (!slot) {
      const kept = this.steps();
      throw new EngineInputError('step', `a kept step (${kept.join(', ') || 'none yet'})`, step);
    }
    const opt = t.optimizer;
    t.net.params.set(slot.params);
    if (slot.kind === opt.config.kind) {
      opt.velocity.set(slot.velocity.subarray(0, opt.velocity.length));
      opt.secondMoment.set(slot.secondMoment.subarray(0, opt.secondMoment.length));
      opt.steps = slot.optimizerSteps;
    } else {
      opt.velocity.fill(0);
      opt.secondMoment.fill(0);
      opt.steps = 0;
    }
    t.fault = null;
  }

  /** Forgets every snapshot after `step` (they describe a path the run no longer follows). */
  dropAfter(step: number): void {
    for (const s of this.slots) if (s.step > step) s.step = -1;
  }
}
