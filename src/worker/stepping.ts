/**
 * Step-through mode as the worker runs it: one example goes through the engine's stepper
 * phase by phase on a private copy of the first network, so nothing else (training,
 * frames) disturbs it; a completed step is copied back on leaving. The page says where it
 * wants to be (`seek` to a position); forwards runs phases, backwards restores them exactly.
 */
import {
  createNetworkLike,
  createStepper,
  loadBatch,
  stepBack,
  stepForward,
  EngineInputError,
  type Optimizer,
  type Phase,
  type Stepper,
} from '../engine';
import { unitValuesOf, type ShownValues } from './frames';
import type { StepComputed, StepperExample, StepperFrame } from './frameContract';
import { finishStep, type StepperRefusal } from './stepperCommit';
import { resolveExample } from './stepperExample';
import type { ReportSource } from './weightReport';
import type { TrainerRun } from './trainerRun';

/** What the first `position` of a step's phases have computed, per layer. */
export function stepComputed(phases: readonly Phase[], position: number, layers: number): StepComputed {
  const done = phases.slice(0, position);
  const each = (kind: Phase['kind']) =>
    Array.from({ length: layers }, (_, l) => done.some((p) => p.kind === kind && 'layer' in p && p.layer === l));
  return {
    z: each('forward-z'),
    a: each('forward-a'),
    delta: each('backward-delta'),
    grads: each('backward-grad'),
    loss: done.some((p) => p.kind === 'loss'),
    update: done.some((p) => p.kind === 'update'),
  };
}

export class Stepping {
  private run: TrainerRun | null = null;
  private stepper: Stepper | null = null;
  private example: StepperExample = { kind: 'row', index: 0 };
  private input: Float64Array = new Float64Array(0);
  private target: Float64Array = new Float64Array(0);
  private paramsBefore: Float64Array = new Float64Array(0);

  get active(): boolean {
    return this.stepper !== null;
  }

  /** Whether the stepper runs on this trainer (its frame then shows the stepper's values). */
  isOn(run: TrainerRun): boolean {
    return this.stepper !== null && this.run === run;
  }

  enter(run: TrainerRun, example: StepperExample, position = 0): void {
    const { x, y } = resolveExample(run, example);
    this.exit();
    // The trainer's kernel path too, so the step's numbers are those of a training step.
    const net = createNetworkLike(run.trainer.net);
    net.params.set(run.trainer.net.params);
    loadBatch(net, x, y, null, 0, 1);
    this.run = run;
    this.example =
      example.kind === 'row'
        ? { ...example }
        : { kind: 'custom', input: [...example.input], target: [...example.target] };
    this.input = x;
    this.target = y;
    this.paramsBefore = net.params.slice();
    this.stepper = createStepper(net, cloneOptimizer(run.trainer.optimizer));
    this.seek(position);
  }

  /** Moves to `position` phases done (0 … phases). */
  seek(position: number): void {
    const st = this.stepper;
    if (!st) throw new EngineInputError('stepper', 'an active step-through (choose Step through first)', position);
    if (!(Number.isInteger(position) && position >= 0 && position <= st.phases.length)) {
      throw new EngineInputError('position', `a phase from 0 to ${st.phases.length}`, position);
    }
    while (st.position < position) stepForward(st);
    while (st.position > position) stepBack(st);
  }

  /**
   * Leaves the mode; a completed step counts as one training step when its loss, gradients and
   * new weights are finite, and is otherwise refused (finishStep): the refusal is returned.
   */
  exit(): StepperRefusal | null {
    const refusal = this.stepper && this.run ? finishStep(this.run, this.stepper) : null;
    this.stepper = null;
    this.run = null;
    return refusal;
  }

  /**
   * After a live optimiser change (say η), rebuild the stepper with the new optimiser and
   * replay it to the same phase: the phases are deterministic, so only the update differs.
   */
  refreshOptimizer(): void {
    if (!this.run || !this.stepper) return;
    const { position } = this.stepper;
    const paramsBefore = this.paramsBefore;
    const run = this.run;
    this.stepper = null;
    this.enter(run, this.example, 0);
    this.stepper!.net.params.set(paramsBefore);
    this.paramsBefore = paramsBefore.slice();
    this.seek(position);
  }

  /** The stepper's example values for its trainer's frame (copies: a frame's buffers are transferred). */
  shownValues(run: TrainerRun): ShownValues | null {
    const st = this.stepper;
    if (!st || this.run !== run) return null;
    const probe = {
      ...unitValuesOf(st.net),
      input: this.input.slice(),
      target: this.target.slice(),
      loss: st.net.exampleLoss[0],
    };
    return { probe, params: st.net.params.slice(), grads: st.net.grads.slice(), skipGrads: st.net.skipGrads.slice() };
  }

  /** What the step has computed so far on `run`'s example, or null when the stepper is not on it. */
  computed(run: TrainerRun): StepComputed | null {
    const st = this.stepper;
    return st && this.run === run ? stepComputed(st.phases, st.position, st.net.layers.length) : null;
  }

  frame(): StepperFrame | null {
    const st = this.stepper;
    if (!st) return null;
    return {
      phases: [...st.phases],
      position: st.position,
      example: this.example,
      paramsBefore: this.paramsBefore.slice(),
    };
  }

  /** While stepping: the stepper's example with the weights before its update (the gradient the step uses). */
  reportSource(run: TrainerRun): ReportSource | null {
    return this.isOn(run) ? { x: this.input, y: this.target, params: this.paramsBefore } : null;
  }

  /** Which phase the stepper is at, for the weight report's cache. */
  get position(): number {
    return this.stepper?.position ?? -1;
  }
}

function cloneOptimizer(o: Optimizer): Optimizer {
  return { config: o.config, velocity: o.velocity.slice(), secondMoment: o.secondMoment.slice(), steps: o.steps };
}
