/**
 * The numbers of a worksheet: one forward and one backward pass of a network on one
 * example, and the update, every number produced by the engine's own stepper phase by
 * phase (the very functions a training step runs), read after the phase that computes it.
 */
import {
  ACTIVATIONS,
  createNetwork,
  createOptimizer,
  createStepper,
  loadBatch,
  stepForward,
  type ActivationName,
} from '../../engine';
import type { TrainerConfig, TrainerSnapshot } from '../../worker/protocol';

export interface WorksheetLayer {
  activation: ActivationName;
  /** Before the update: weights[j][i] into unit j from input i, and biases[j]. */
  weights: number[][];
  biases: number[];
  /** z = Σ w·a_prev + b, a = f(z), f′(z), δ = ∂L/∂z per unit. */
  z: number[];
  a: number[];
  df: number[];
  delta: number[];
  /** ∂L/∂w (same shape as weights) and ∂L/∂b. */
  dW: number[][];
  db: number[];
  /** After the update. */
  newWeights: number[][];
  newBiases: number[];
}

export interface Worksheet {
  config: TrainerConfig;
  input: number[];
  target: number[];
  layers: WorksheetLayer[];
  /** ŷ (the output layer's a), the loss, ∂L/∂ŷ. */
  prediction: number[];
  loss: number;
  dLoss: number[];
  /** Optimiser steps taken before this one (Adam's t − 1). */
  stepsBefore: number;
}

const rows = (flat: Float64Array, nOut: number, nIn: number) =>
  Array.from({ length: nOut }, (_, j) => Array.from(flat.subarray(j * nIn, (j + 1) * nIn)));

/** Runs the pass with the engine's stepper on a copy of the network; nothing of the worker's is touched. */
export function computeWorksheet(
  config: TrainerConfig,
  state: Pick<TrainerSnapshot, 'params' | 'optimizer'>,
  input: readonly number[],
  target: readonly number[],
): Worksheet {
  const net = createNetwork({
    inputSize: input.length,
    layers: [...config.hidden, { units: target.length, activation: config.output }],
    loss: config.loss,
    init: config.init,
    seed: config.seed,
  });
  net.params.set(state.params);
  const optimizer = createOptimizer(net, config.optimizer);
  // Moments exist only for the optimisers that keep them (none for SGD).
  if (state.optimizer.velocity.length === optimizer.velocity.length) optimizer.velocity.set(state.optimizer.velocity);
  if (state.optimizer.secondMoment.length === optimizer.secondMoment.length) {
    optimizer.secondMoment.set(state.optimizer.secondMoment);
  }
  optimizer.steps = state.optimizer.steps;
  loadBatch(net, Float64Array.from(input), Float64Array.from(target), null, 0, 1);
  const layers: WorksheetLayer[] = net.layers.map((l, k) => ({
    activation: (k === net.layers.length - 1 ? config.output : config.hidden[k].activation) as ActivationName,
    weights: rows(l.W, l.nOut, l.nIn),
    biases: Array.from(l.b),
    z: [],
    a: [],
    df: [],
    delta: [],
    dW: [],
    db: [],
    newWeights: [],
    newBiases: [],
  }));
  const sheet: Worksheet = {
    config,
    input: [...input],
    target: [...target],
    layers,
    prediction: [],
    loss: NaN,
    dLoss: [],
    stepsBefore: optimizer.steps,
  };
  const stepper = createStepper(net, optimizer);
  for (let phase = stepForward(stepper); phase; phase = stepForward(stepper)) {
    const l = 'layer' in phase ? net.layers[phase.layer] : null;
    const w = 'layer' in phase ? layers[phase.layer] : null;
    switch (phase.kind) {
      case 'forward-z':
        w!.z = Array.from(l!.z.subarray(0, l!.nOut));
        break;
      case 'forward-a':
        w!.a = Array.from(l!.a.subarray(0, l!.nOut));
        w!.df = w!.z.map((z, j) => ACTIVATIONS[w!.activation].df(z, w!.a[j]));
        break;
      case 'loss':
        sheet.loss = net.exampleLoss[0];
        sheet.dLoss = Array.from(net.dOut.subarray(0, net.outputSize));
        sheet.prediction = [...layers[layers.length - 1].a];
        break;
      case 'backward-delta':
        w!.delta = Array.from(l!.delta.subarray(0, l!.nOut));
        break;
      case 'backward-grad':
        w!.dW = rows(l!.dW, l!.nOut, l!.nIn);
        w!.db = Array.from(l!.db);
        break;
      case 'update':
        net.layers.forEach((n, k) => {
          layers[k].newWeights = rows(n.W, n.nOut, n.nIn);
          layers[k].newBiases = Array.from(n.b);
        });
        break;
    }
  }
  return sheet;
}
