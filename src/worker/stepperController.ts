/**
 * Step-through mode and the weight inspector, as the worker runs them. One example goes
 * through the engine's stepper phase by phase on a private copy of the network, so nothing
 * else (training, frames) disturbs it; a completed step is copied back on leaving. The
 * selected weight's chain-rule paths and loss-vs-weight curve are computed on another
 * copy, so inspecting disturbs nothing.
 */
import {
  checkWeightRef, createNetwork, createStepper, isStepDone, layerStatsInto, loadBatch, stepBack, stepForward,
  type Optimizer, type Stepper, type WeightRef,
} from '../engine';
import { copyScratch } from './frames';
import type { StepperExample, StepperFrame, TrainerFrame, WeightReport } from './protocol';
import { resolveExample } from './stepperExample';
import type { TrainerRun } from './trainerRun';
import { NetworkCopies, buildWeightReport } from './weightReport';
/** While training runs, the weight report is recomputed at most this often. */
export const REPORT_MS = 250;

export class StepperController {
  private run: TrainerRun | null = null;
  private stepper: Stepper | null = null;
  private input: Float64Array = new Float64Array(0);
  private target: Float64Array = new Float64Array(0);
  private paramsBefore: Float64Array = new Float64Array(0);
  private weight: { ref: WeightRef; trainer: number } | null = null;
  private readonly copies = new NetworkCopies();
  private cached: { key: string; at: number; report: WeightReport } | null = null;

  get active(): boolean {
    return this.stepper !== null;
  }

  enter(run: TrainerRun, example: StepperExample): void {
    const { x, y } = resolveExample(run, example);
    this.exit();
    this.cached = null;
    const net = createNetwork(run.trainer.net.spec);
    net.params.set(run.trainer.net.params);
    loadBatch(net, x, y, null, 0, 1);
    this.run = run;
    this.input = x;
    this.target = y;
    this.paramsBefore = net.params.slice();
    this.stepper = createStepper(net, cloneOptimizer(run.trainer.optimizer));
  }

  next(): void {
    if (this.stepper) stepForward(this.stepper);
  }

  prev(): void {
    if (this.stepper) stepBack(this.stepper);
  }

  /** Leaves the mode; a completed step counts as one training step with the new weights. */
  exit(): void {
    this.cached = null;
    if (this.stepper && this.run && isStepDone(this.stepper)) {
      const t = this.run.trainer;
      t.net.params.set(this.stepper.net.params);
      t.net.grads.set(this.stepper.net.grads);
      t.optimizer.velocity.set(this.stepper.optimizer.velocity);
      t.optimizer.secondMoment.set(this.stepper.optimizer.secondMoment);
      t.optimizer.steps = this.stepper.optimizer.steps;
      t.step++;
      t.examplesSeen++;
      // Show that step's loss, gradients and layer statistics, as after an ordinary step
      // (the trainer's own scratch holds its last mini-batch, not this example).
      t.lastLoss = this.stepper.net.lossValue;
      this.run.lastGrads.set(this.stepper.net.grads);
      layerStatsInto(this.stepper.net, this.run.lastStats);
    }
    this.stepper = null;
    this.run = null;
  }

  /**
   * After a live optimiser change (say η), rebuild the stepper with the new optimiser and
   * replay it to the same phase: the phases are deterministic, so only the update differs.
   */
  refreshOptimizer(): void {
    if (!this.run || !this.stepper) return;
    const position = this.stepper.position;
    const paramsBefore = this.paramsBefore;
    const run = this.run;
    this.stepper = null;
    this.enter(run, { kind: 'custom', input: [...this.input], target: [...this.target] });
    this.stepper!.net.params.set(paramsBefore);
    this.paramsBefore = paramsBefore.slice();
    for (let k = 0; k < position; k++) stepForward(this.stepper!);
  }

  /**
   * While stepping, the first network's frame shows the stepper's state: its example's
   * values (NaN until computed), its parameters and its gradients, so the graph follows
   * the phases. Copies, because every buffer in a frame is transferred once.
   */
  overrideTrainerFrame(run: TrainerRun, tf: TrainerFrame): void {
    const st = this.stepper;
    if (!st || this.run !== run) return;
    const scratch = copyScratch(st.net);
    tf.probe = { ...scratch, input: this.input.slice(), target: this.target.slice(), loss: st.net.exampleLoss[0] };
    tf.params = st.net.params.slice();
    tf.grads = st.net.grads.slice();
  }

  selectWeight(ref: WeightRef | null, trainer: number): void {
    this.cached = null;
    this.weight = ref ? { ref: { ...ref }, trainer } : null;
  }

  frame(): StepperFrame | null {
    const st = this.stepper;
    if (!st || !this.run) return null;
    const net = st.net;
    return {
      phases: [...st.phases], position: st.position,
      probe: { ...copyScratch(net), input: this.input.slice(), target: this.target.slice(), loss: net.exampleLoss[0] },
      paramsBefore: this.paramsBefore.slice(), params: net.params.slice(), grads: net.grads.slice(),
      learningRate: this.run.trainer.optimizer.config.learningRate,
      optimizer: this.run.trainer.optimizer.config.kind,
    };
  }

  /** The inspector's numbers for the selected weight, on the stepper's example or the probe row. */
  weightReport(runs: TrainerRun[], now = 0, playing = false): WeightReport | null {
    if (!this.weight) return null;
    const run = runs[this.weight.trainer];
    if (!run) return null;
    // Listing paths and tracing the loss curve costs up to tens of ms on a deep net: while
    // training runs, refresh at most REPORT_MS (the inspector reads text at ~4 Hz), and never
    // twice for the same state.
    const key = `${this.weight.trainer}:${JSON.stringify(this.weight.ref)}:${run.trainer.step}:` +
      `${this.stepper?.position ?? -1}:${run.trainer.optimizer.config.learningRate}:${runs.length}`;
    if (this.cached && this.cached.key === key) return this.cached.report;
    if (this.cached && playing && now - this.cached.at < REPORT_MS) return this.cached.report;
    const report = this.computeReport(run);
    this.cached = report ? { key, at: now, report } : null;
    return report;
  }

  private computeReport(run: TrainerRun): WeightReport | null {
    if (!this.weight) return null;
    const net = run.trainer.net;
    const ref = this.weight.ref;
    try {
      checkWeightRef(net, ref);
    } catch {
      this.weight = null;
      return null;
    }
    // While stepping: the stepper's example, with the weights before its update (the
    // gradient the step uses); otherwise the probe row with the current weights.
    const stepping = this.stepper !== null && this.run === run;
    const source = stepping
      ? { x: this.input, y: this.target, params: this.paramsBefore }
      : { x: run.train.inputs.slice(0, net.inputSize), y: run.train.targets.slice(0, net.outputSize), params: net.params };
    return buildWeightReport(run, ref, source, this.copies.of(net));
  }
}

function cloneOptimizer(o: Optimizer): Optimizer {
  return { config: o.config, velocity: o.velocity.slice(), secondMoment: o.secondMoment.slice(), steps: o.steps };
}
