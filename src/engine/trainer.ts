/**
 * The training loop over a dataset: seeded shuffle each epoch, mini-batches, counters.
 * Nothing here allocates per step, so it is what the worker and the benchmark run. Every
 * step is checked before it is committed (checkedStep.ts): a step that would overflow
 * leaves the weights, the optimiser and the counters as they were and records its fault.
 */
import type { Dataset } from './datasets';
import { EngineInputError, requireInteger } from './errors';
import { LIMITS } from './limits';
import type { Network } from './network';
import type { Optimizer } from './optimizers';
import { commitUpdate, createStepScratch, prepareUpdate, type StepFault } from './checkedStep';
import type { UpdateTarget } from './optimizers';
import { computeLoss, forward, loadBatch } from './passes';
import { createRng, shuffleInPlace, type Rng } from './rng';

export interface Trainer {
  readonly net: Network;
  optimizer: Optimizer;
  readonly data: Dataset;
  batchSize: number;
  /** Row order of the current epoch. */
  readonly order: Uint32Array;
  /** Next row of `order` to train on. */
  cursor: number;
  /** Completed epochs. */
  epoch: number;
  /** Completed optimiser steps. */
  step: number;
  examplesSeen: number;
  /** Loss of the last mini-batch (before its update). */
  lastLoss: number;
  readonly rng: Rng;
  /** Where each step's update is computed before it is checked and committed. */
  readonly scratch: UpdateTarget;
  /** Why the last step was refused (nothing was committed), or null when it was committed. */
  fault: StepFault | null;
  /** Examples in the batch prepared by `prepareStep` and not yet committed (0: none). */
  prepared: number;
}

export function createTrainer(
  net: Network,
  optimizer: Optimizer,
  data: Dataset,
  batchSize: number,
  seed: number,
): Trainer {
  requireInteger('batchSize', batchSize, LIMITS.batchSize.min, LIMITS.batchSize.max);
  // A size mismatch would read past the data rows and train on NaN, so refuse it here.
  if (data.inputSize !== net.inputSize) {
    throw new EngineInputError('data.inputSize', `${net.inputSize}, the network's input size`, data.inputSize);
  }
  if (data.outputSize !== net.outputSize) {
    throw new EngineInputError('data.outputSize', `${net.outputSize}, the network's output size`, data.outputSize);
  }
  requireInteger('data.count', data.count, 1, Number.MAX_SAFE_INTEGER);
  const order = new Uint32Array(data.count);
  for (let k = 0; k < order.length; k++) order[k] = k;
  const rng = createRng(seed);
  shuffleInPlace(order, rng);
  return {
    net,
    optimizer,
    data,
    batchSize,
    order,
    cursor: 0,
    epoch: 0,
    step: 0,
    examplesSeen: 0,
    lastLoss: NaN,
    rng,
    scratch: createStepScratch(net),
    fault: null,
    prepared: 0,
  };
}

/** Loads the next mini-batch (the tail of an epoch may be shorter); returns its size. */
export function loadNextBatch(t: Trainer): number {
  const count = Math.min(t.batchSize, t.data.count - t.cursor);
  loadBatch(t.net, t.data.inputs, t.data.targets, t.order, t.cursor, count);
  return count;
}

/** Books a finished mini-batch of `count` examples: moves the cursor, reshuffles at epoch end. */
export function advance(t: Trainer, count: number): void {
  t.cursor += count;
  t.step++;
  t.examplesSeen += count;
  if (t.cursor >= t.data.count) {
    t.cursor = 0;
    t.epoch++;
    shuffleInPlace(t.order, t.rng);
  }
}

/**
 * The first half of a checked step on the next mini-batch: computes and checks the update
 * without committing it; returns (and records in `t.fault`) what overflowed, or null. Lets
 * trainers that run in lockstep commit together or not at all.
 */
export function prepareStep(t: Trainer): StepFault | null {
  const count = loadNextBatch(t);
  t.fault = prepareUpdate(t.net, t.optimizer, t.scratch);
  t.lastLoss = t.net.lossValue;
  t.prepared = t.fault === null ? count : 0;
  return t.fault;
}

/** The second half: applies the prepared, finite update and moves on to the next batch. */
export function commitStep(t: Trainer): void {
  if (t.prepared === 0) throw new EngineInputError('step', 'a prepared, finite step to commit', t.fault);
  commitUpdate(t.net, t.optimizer, t.scratch);
  advance(t, t.prepared);
  t.prepared = 0;
}

/**
 * One checked optimiser step on the next mini-batch; returns its loss. When the step is
 * refused (`t.fault` set) nothing moves on: the same mini-batch comes next.
 */
export function trainerStep(t: Trainer): number {
  if (prepareStep(t) === null) commitStep(t);
  return t.lastLoss;
}

/** Trains until the current epoch ends, or until a step is refused (see `t.fault`). */
export function trainEpoch(t: Trainer): void {
  const epoch = t.epoch;
  while (t.epoch === epoch) {
    trainerStep(t);
    if (t.fault !== null) return;
  }
}

export interface Evaluation {
  loss: number;
  /** Share classified right, or null for regression. */
  accuracy: number | null;
}

/** Mean loss (and accuracy) over a dataset, forward only, in chunks. */
export function evaluate(net: Network, data: Dataset, chunk = 256): Evaluation {
  if (data.count === 0) return { loss: NaN, accuracy: null };
  let loss = 0;
  let correct = 0;
  const ny = net.outputSize;
  const threshold = data.labels === 'plus-minus' ? 0 : 0.5;
  for (let start = 0; start < data.count; start += chunk) {
    const count = Math.min(chunk, data.count - start);
    loadBatch(net, data.inputs, data.targets, null, start, count);
    forward(net);
    loss += computeLoss(net) * count;
    if (data.task !== 'classification') continue;
    const out = net.layers[net.layers.length - 1].a;
    for (let s = 0; s < count; s++) correct += isCorrect(out, net.target, s * ny, ny, threshold) ? 1 : 0;
  }
  return { loss: loss / data.count, accuracy: data.task === 'classification' ? correct / data.count : null };
}

function isCorrect(out: Float64Array, y: Float64Array, o: number, ny: number, threshold: number): boolean {
  if (ny === 1) return out[o] > threshold === y[o] > threshold;
  let best = 0;
  let truth = 0;
  for (let m = 1; m < ny; m++) {
    if (out[o + m] > out[o + best]) best = m;
    if (y[o + m] > y[o + truth]) truth = m;
  }
  return best === truth;
}
