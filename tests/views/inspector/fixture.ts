/**
 * Frames for the inspector tests, built by running the real engine (no worker), with
 * the weight report the worker would attach: chain-rule paths from explainWeight and the
 * loss-vs-weight curve. Optionally a stepper frame after `stepperPhases` phases.
 *
 *   const fx = inspectorFixture({ weight: { layer: 0, to: 0, from: 0 } });
 *   installFixture(fx);          // publishes the frame and the running config
 */
import {
  computeGradients, computeLoss, createNetwork, createOptimizer, createStepper, explainWeight, forward, loadBatch,
  stepForward, type LayerSpec, type LossName, type Network, type NetworkSpec, type WeightRef,
} from '../../../src/engine';
import { useConfigStore } from '../../../src/store/configStore';
import { publishFrame } from '../../../src/store/frameStore';
import { useRunStore } from '../../../src/store/runStore';
import { useSelectionStore } from '../../../src/store/selectionStore';
import type { Frame, ProbeState, StepperFrame, TrainerConfig, WeightReport } from '../../../src/worker/protocol';

export interface FixtureOptions {
  inputSize?: number;
  /** Hidden layers then the output layer. */
  layers?: LayerSpec[];
  loss?: LossName;
  seed?: number;
  initScale?: number;
  input?: number[];
  target?: number[];
  learningRate?: number;
  weight?: WeightRef | null;
  /** Step-through mode: the stepper after this many phases (null: not stepping). */
  stepperPhases?: number | null;
  playing?: boolean;
}

/** The textbook net: x → O11 → {O21, O22} → O31, all sigmoid. */
export const FOUR_NEURON_LAYERS: LayerSpec[] = [
  { units: 1, activation: 'sigmoid' }, { units: 2, activation: 'sigmoid' }, { units: 1, activation: 'sigmoid' },
];

export const DEFAULT_LAYERS: LayerSpec[] = [
  { units: 3, activation: 'tanh' }, { units: 2, activation: 'sigmoid' }, { units: 1, activation: 'sigmoid' },
];

export interface Fixture {
  frame: Frame;
  config: TrainerConfig;
  spec: NetworkSpec;
  input: number[];
  target: number[];
  /** A fresh network with the fixture's weights, after forward and backward on the example. */
  net: Network;
  /** ∂L/∂params averaged over the fixture's mini-batch. */
  batchGrads: Float64Array;
}

function concat(net: Network, field: 'z' | 'a' | 'delta'): Float64Array {
  const out = new Float64Array(net.layers.reduce((n, l) => n + l.nOut, 0));
  let o = 0;
  for (const l of net.layers) {
    out.set(l[field].subarray(0, l.nOut), o);
    o += l.nOut;
  }
  return out;
}

function probeOf(net: Network, input: number[], target: number[]): ProbeState {
  return { input: Float64Array.from(input), target: Float64Array.from(target),
    z: concat(net, 'z'), a: concat(net, 'a'), delta: concat(net, 'delta'), loss: net.exampleLoss[0] };
}

export function inspectorFixture(o: FixtureOptions = {}): Fixture {
  const layers = o.layers ?? DEFAULT_LAYERS;
  const inputSize = o.inputSize ?? 2;
  const spec: NetworkSpec = { inputSize, layers, loss: o.loss ?? 'mse',
    init: { kind: 'xavier-uniform', scale: o.initScale ?? 1 }, seed: o.seed ?? 3 };
  const input = o.input ?? Array.from({ length: inputSize }, (_, i) => [-1.2, 0.4, 0.7, -0.3][i % 4]);
  const target = o.target ?? Array.from({ length: layers[layers.length - 1].units }, () => 1);
  const lr = o.learningRate ?? 0.1;
  const net = createNetwork(spec);
  const batch = Array.from({ length: 4 }, (_, n) => Array.from({ length: inputSize }, (_, i) => Math.cos(1.3 * n + i)));
  computeGradients(net, batch, batch.map((_, n) => target.map(() => n % 2)));
  const batchGrads = net.grads.slice();
  computeGradients(net, [input], [target]);
  const probe = probeOf(net, input, target);

  const config: TrainerConfig = {
    hidden: layers.slice(0, -1), output: layers[layers.length - 1].activation, loss: spec.loss, init: spec.init!,
    optimizer: { kind: 'sgd', learningRate: lr }, batchSize: 4,
    dataset: { kind: 'circle', count: 10, noise: 0, testFraction: 0 }, seed: spec.seed,
  };
  const frame: Frame = {
    id: 1, playing: o.playing ?? false, examplesPerSecond: 0,
    trainers: [{
      step: 1, epoch: 0, examplesSeen: 4, batchLoss: 0.3, trainLoss: 0.3, testLoss: 0.3, trainAccuracy: null,
      testAccuracy: null, evalStep: 1, layerSizes: [inputSize, ...layers.map((l) => l.units)],
      params: net.params.slice(), grads: batchGrads, stats: new Float64Array(0), probe, outputMap: null,
    }],
    stepper: o.stepperPhases == null ? null : stepperFrame(spec, input, target, lr, o.stepperPhases),
    weight: o.weight ? weightReport(spec, o.weight, input, target, lr, batchGrads) : null,
  };
  return { frame, config, spec, input, target, net, batchGrads };
}

function stepperFrame(spec: NetworkSpec, input: number[], target: number[], lr: number, phases: number): StepperFrame {
  const net = createNetwork(spec);
  loadBatch(net, Float64Array.from(input), Float64Array.from(target), null, 0, 1);
  const paramsBefore = net.params.slice();
  const st = createStepper(net, createOptimizer(net, { kind: 'sgd', learningRate: lr }));
  for (let k = 0; k < phases; k++) stepForward(st);
  return { phases: [...st.phases], position: st.position, probe: probeOf(net, input, target), paramsBefore,
    params: net.params.slice(), grads: net.grads.slice(), learningRate: lr, optimizer: 'sgd' };
}

/** What the worker's StepperController.weightReport computes, on a private network. */
export function weightReport(
  spec: NetworkSpec, ref: WeightRef, input: number[], target: number[], lr: number, batchGrads: Float64Array,
): WeightReport {
  const net = createNetwork(spec);
  const paths = explainWeight(net, ref, [input], [target]);
  const index = net.layers[ref.layer].W.byteOffset / 8 + ref.to * net.layers[ref.layer].nIn + ref.from;
  const value = net.params[index];
  const span = Math.max(1, 1.5 * Math.abs(lr * paths.backprop), 0.5 * Math.abs(value));
  const ws = new Float64Array(81);
  const losses = new Float64Array(81);
  loadBatch(net, Float64Array.from(input), Float64Array.from(target), null, 0, 1);
  for (let k = 0; k < 81; k++) {
    ws[k] = value - span + (2 * span * k) / 80;
    net.params[index] = ws[k];
    forward(net);
    losses[k] = computeLoss(net);
  }
  net.params[index] = value;
  return { weight: { ...ref }, paths, curve: { ws, losses }, value, gradExample: paths.backprop,
    gradBatch: batchGrads[index], learningRate: lr };
}

/** Publishes the fixture's frame and running config, and resets the selection. */
export function installFixture(fx: Fixture): void {
  useRunStore.setState({ configs: [fx.config] });
  useConfigStore.setState({ config: fx.config, compare: null });
  useSelectionStore.setState({ selected: null, selectedTrainer: 0, highlightedPath: null });
  publishFrame(fx.frame);
}
