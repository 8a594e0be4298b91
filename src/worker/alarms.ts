/**
 * An alarm as the page receives it: what happened to which network at which step, the
 * likely cause, and the steps whose weights can be put back. The page words it; this
 * module only measures. Causes:
 * - an overflow on a network whose very first mini-batch already showed exploding signals
 *   (|δ| growing toward the input, a huge loss or huge gradients) is the initial weights' doing;
 *   any other overflow is the learning rate's (each update overshoots and grows the weights);
 * - exactly zero gradients come from dead ReLUs or from saturated tanh/sigmoid units,
 *   whichever the most silent layer is; a rising loss is the learning rate's.
 */
import { LAYER_STAT_FIELDS, countNonFinite, type StepFault } from '../engine';
import { DELTA_GROWTH_LIMIT, GRAD_NORM_LIMIT, LOSS_LIMIT, deltaGrowth } from './explosion';
import type { AlarmCause, RunAlarm } from './protocol';
import type { StepperRefusal } from './stepperCommit';
import { captureBatch, type TrainerRun } from './trainerRun';
import type { Sighting } from './watch';

function base(run: TrainerRun, trainer: number): Omit<RunAlarm, 'kind' | 'cause'> {
  return {
    trainer,
    step: run.trainer.step,
    fault: null,
    nonFinite: 0,
    total: 0,
    steps: 0,
    loss: run.trainer.lastLoss,
    lossFrom: run.trainer.lastLoss,
    layer: null,
    share: 0,
    learningRate: run.trainer.optimizer.config.learningRate,
    restorable: run.snapshots.steps(),
  };
}

/** The step just refused on `run` (its trainer's `fault` is set). */
export function overflowAlarm(run: TrainerRun, trainer: number): RunAlarm {
  const t = run.trainer;
  const fault: StepFault = t.fault ?? 'weights';
  const net = t.net;
  const counted =
    fault === 'loss'
      ? { nonFinite: countNonFinite(net.exampleLoss.subarray(0, net.batchSize)), total: net.batchSize }
      : fault === 'gradients'
        ? { nonFinite: countNonFinite(net.grads), total: net.grads.length }
        : { nonFinite: countNonFinite(t.scratch.params), total: net.params.length };
  const weightsToBlame = explodingFromTheStart(run);
  return {
    ...base(run, trainer),
    kind: 'overflow',
    cause: weightsToBlame ? 'weights' : 'learning-rate',
    fault,
    ...counted,
  };
}

/** The first mini-batch already showed exploding signals: |δ| growing toward the input, a huge loss or huge gradients. */
function explodingFromTheStart(run: TrainerRun): boolean {
  const F = LAYER_STAT_FIELDS.length;
  const stats = run.start.stats;
  let maxNorm = 0;
  for (let l = 0; l < stats.length / F; l++) maxNorm = Math.max(maxNorm, stats[l * F + 1]);
  return deltaGrowth(stats) > DELTA_GROWTH_LIMIT || run.start.loss > LOSS_LIMIT || maxNorm > GRAD_NORM_LIMIT;
}

/** A step-through step that overflowed and was not committed. */
export function stepperAlarm(refusal: StepperRefusal, trainer: number): RunAlarm {
  const { run, fault, nonFinite, total } = refusal;
  return { ...overflowAlarm(run, trainer), fault, nonFinite, total };
}

/** A silent kind the run's watch saw. */
export function sightingAlarm(run: TrainerRun, trainer: number, s: Sighting): RunAlarm {
  // Raised mid-slice: the statistics shown (and read here) become this step's.
  captureBatch(run);
  const layer = s.layer ?? quietestLayer(run.lastStats);
  const F = LAYER_STAT_FIELDS.length;
  const cause: AlarmCause = s.kind === 'rising' ? 'learning-rate' : isRelu(run, layer) ? 'dead-relu' : 'saturated';
  return {
    ...base(run, trainer),
    kind: s.kind,
    cause,
    steps: s.steps,
    loss: s.loss,
    lossFrom: s.lossFrom,
    layer: s.kind === 'rising' ? null : layer,
    share: s.kind === 'rising' ? 0 : run.lastStats[layer * F + 3],
  };
}

/** The layer with the largest share of units passing almost nothing back. */
function quietestLayer(stats: Float64Array): number {
  const F = LAYER_STAT_FIELDS.length;
  let best = 0;
  for (let l = 1; l < stats.length / F; l++) if (stats[l * F + 3] > stats[best * F + 3]) best = l;
  return best;
}

function isRelu(run: TrainerRun, layer: number): boolean {
  const { hidden, output } = run.config;
  const activation = layer < hidden.length ? hidden[layer].activation : output;
  return activation === 'relu' || activation === 'leaky-relu';
}
