/**
 * One trainer as the worker runs it: the engine objects built from a TrainerConfig, the
 * cached evaluation, and the copies of the last mini-batch's gradients and statistics
 * (frames read those, so a probe pass or an evaluation never disturbs what is shown).
 */
import {
  EngineInputError,
  LAYER_STAT_FIELDS,
  createNetwork,
  createNetworkLike,
  createOptimizer,
  createTrainer,
  evaluate,
  layerStatsInto,
  loadNextBatch,
  forward,
  computeLoss,
  backward,
  simdFor,
  type Dataset,
  type SimdKernels,
  type LabelStyle,
  type Network,
  type NetworkSpec,
  type Trainer,
  type Evaluation,
} from '../engine';
import type { TrainerConfig, TrainerData, TrainerResume } from './protocol';
import { applyResume } from './resume';
import { runDataOf } from './runData';
import { SnapshotRing } from './snapshots';
import { RunWatch, chanceLoss } from './watch';

export interface TrainerRun {
  config: TrainerConfig;
  trainer: Trainer;
  train: Dataset;
  test: Dataset;
  /** ∂L/∂params of the last trained mini-batch. */
  lastGrads: Float64Array;
  /** ∂L/∂s of the skip connections on the last trained mini-batch. */
  lastSkipGrads: Float64Array;
  /** Layer statistics of the last trained mini-batch. */
  lastStats: Float64Array;
  /**
   * The trainer's network holds a committed mini-batch not copied above yet (set by
   * trainLockstep, cleared by a copy). A frame, or the checks, copy it (captureIfPending,
   * batchChecks.ts); a batch that is prepared and then refused clears it, and the last copy
   * stands.
   */
  capturePending: boolean;
  /**
   * A second network of the same shape that frames compute on (probe, evaluation, output
   * map), so building a frame never overwrites the trainer's z, a, δ — the stepper's state.
   */
  view: Network;
  trainEval: Evaluation;
  testEval: Evaluation;
  evalStep: number;
  /** Recent good states to go back to after an alarm. */
  snapshots: SnapshotRing;
  /** The silent ways the run can go wrong. */
  watch: RunWatch;
  /** What the first mini-batch looked like (for an alarm's likely cause): its loss and layer statistics. */
  start: { loss: number; stats: Float64Array };
}

/**
 * Output units are labelled 0/1 under a sigmoid (or ReLU), ±1 under tanh or linear, and
 * one-hot (one output per class) under a softmax.
 */
export function labelStyleFor(config: TrainerConfig): LabelStyle {
  if (config.output === 'softmax') return 'one-hot';
  return config.output === 'tanh' || config.output === 'linear' || config.output === 'leaky-relu'
    ? 'plus-minus'
    : 'zero-one';
}

/**
 * The engine objects for one trainer. `simd`: the SIMD kernels when the worker has them; the
 * network runs on them when it has a layer wide enough to gain (engine `simdFor`), and every
 * network made from it (the frame view, the stepper, the weight report's copy) on the same path.
 */
export function buildRun(
  config: TrainerConfig,
  resume?: TrainerResume | null,
  simd: SimdKernels | null = null,
): TrainerRun {
  const { train, test } = runDataOf(config, labelStyleFor(config));
  const spec: NetworkSpec = {
    inputSize: train.inputSize,
    layers: [...config.hidden, { units: train.outputSize, activation: config.output }],
    loss: config.loss,
    init: config.init,
    seed: config.seed,
  };
  const net = createNetwork(spec, { simd: simdFor(spec, simd) });
  const optimizer = createOptimizer(net, config.optimizer);
  const trainer = createTrainer(net, optimizer, train, Math.min(config.batchSize, train.count), config.seed + 2);
  if (resume) applyResume(trainer, resume);
  const run: TrainerRun = {
    config,
    trainer,
    train,
    test,
    lastGrads: new Float64Array(net.grads.length),
    lastSkipGrads: new Float64Array(net.skipGrads.length),
    lastStats: new Float64Array(net.layers.length * LAYER_STAT_FIELDS.length),
    capturePending: false,
    view: createNetworkLike(net),
    trainEval: { loss: NaN, accuracy: null },
    testEval: { loss: NaN, accuracy: null },
    evalStep: -1,
    snapshots: new SnapshotRing(net.params.length),
    watch: new RunWatch(chanceLoss(train, config.loss), config.hidden, config.output),
    start: { loss: NaN, stats: new Float64Array(0) },
  };
  previewGradients(run);
  run.start = { loss: trainer.lastLoss, stats: run.lastStats.slice() };
  run.snapshots.take(trainer);
  return run;
}

/**
 * Before the first step, show the gradients of the first mini-batch (without updating),
 * so a student sees where the error flows before pressing Play.
 */
export function previewGradients(run: TrainerRun): void {
  const net = run.trainer.net;
  loadNextBatch(run.trainer);
  forward(net);
  computeLoss(net);
  backward(net);
  run.trainer.lastLoss = net.lossValue;
  captureBatch(run);
}

/** Copies the last batch's gradients and statistics (call after training, before a probe). */
export function captureBatch(run: TrainerRun): void {
  run.lastGrads.set(run.trainer.net.grads);
  run.lastSkipGrads.set(run.trainer.net.skipGrads);
  layerStatsInto(run.trainer.net, run.lastStats);
  run.capturePending = false;
}

/** Before a frame reads the copies: the batch a slice ended on, if it was left uncopied. */
export function captureIfPending(run: TrainerRun): void {
  if (run.capturePending) captureBatch(run);
}

/** The frame network, holding the trainer's current weights. */
export function viewOf(run: TrainerRun): Network {
  run.view.params.set(run.trainer.net.params);
  return run.view;
}

export function refreshEvaluation(run: TrainerRun): void {
  if (run.evalStep === run.trainer.step) return;
  const net = viewOf(run);
  run.trainEval = evaluate(net, run.train);
  run.testEval = run.test.count > 0 ? evaluate(net, run.test) : { loss: NaN, accuracy: null };
  run.evalStep = run.trainer.step;
}

export function dataOf(run: TrainerRun): TrainerData {
  const pts = (d: Dataset) => ({ inputs: d.inputs.slice(), targets: d.targets.slice(), count: d.count });
  return {
    inputSize: run.train.inputSize,
    outputSize: run.train.outputSize,
    task: run.train.task,
    labels: run.train.labels,
    train: pts(run.train),
    test: pts(run.test),
  };
}

export function layerSizesOf(net: Network): number[] {
  return [net.inputSize, ...net.layers.map((l) => l.nOut)];
}

/** Per engine layer, whether it has a skip connection (the frame's `skips`). */
export function skipsOf(net: Network): boolean[] {
  return net.layers.map((l) => l.skip);
}

/** Run `k`, or a refusal naming the trainers there are. */
export function runAt(runs: readonly TrainerRun[], k: number): TrainerRun {
  const run = runs[k];
  if (!run) throw new EngineInputError('trainer', `a configured trainer (0 to ${runs.length - 1})`, k);
  return run;
}
