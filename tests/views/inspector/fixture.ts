/**
 * Frames for the inspector tests, built by running the real engine (no worker), with
 * the weight report the worker would attach: chain-rule paths from explainWeight and the
 * loss-vs-weight curve. Optionally a stepper frame after `stepperPhases` phases.
 *
 *   const fx = inspectorFixture({ weight: { layer: 0, to: 0, from: 0 } });
 *   installFixture(fx);          // a test app running fx.config, showing fx.frame
 *   renderApp(<Inspector />);
 */
import {
  computeGradients,
  computeLoss,
  createNetwork,
  createOptimizer,
  createStepper,
  explainWeight,
  forward,
  layoutOf,
  loadBatch,
  stepForward,
  weightIndex,
  type LayerSpec,
  type LossName,
  type Network,
  type NetworkLayerSpec,
  type NetworkSpec,
  type WeightRef,
} from '../../../src/engine';
import type { App } from '../../../src/store/createApp';
import { edgeMaxOf, unitValuesOf } from '../../../src/worker/frames';
import { stepComputed } from '../../../src/worker/stepping';
import type {
  Frame,
  ProbeState,
  StepComputed,
  StepperFrame,
  TrainerConfig,
  TrainerFrame,
  WeightReport,
} from '../../../src/worker/protocol';
import { showFrame, testApp } from '../../helpers/testApp';

export interface FixtureOptions {
  inputSize?: number;
  /** Hidden layers then the output layer (which may be a softmax). */
  layers?: NetworkLayerSpec[];
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
  { units: 1, activation: 'sigmoid' },
  { units: 2, activation: 'sigmoid' },
  { units: 1, activation: 'sigmoid' },
];

export const DEFAULT_LAYERS: LayerSpec[] = [
  { units: 3, activation: 'tanh' },
  { units: 2, activation: 'sigmoid' },
  { units: 1, activation: 'sigmoid' },
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

function probeOf(net: Network, input: number[], target: number[]): ProbeState {
  return {
    ...unitValuesOf(net),
    input: Float64Array.from(input),
    target: Float64Array.from(target),
    loss: net.exampleLoss[0],
  };
}

/** A trainer frame showing these values, as the worker builds it. */
function trainerFrame(
  net: Network,
  params: Float64Array,
  grads: Float64Array,
  probe: ProbeState,
  lr: number,
  computed: StepComputed | null = null,
): TrainerFrame {
  const sizes = [net.inputSize, ...net.layers.map((l) => l.nOut)];
  const skips = net.layers.map((l) => l.skip);
  return {
    step: 1,
    epoch: 0,
    examplesSeen: 4,
    batchLoss: 0.3,
    trainLoss: 0.3,
    testLoss: 0.3,
    trainAccuracy: null,
    testAccuracy: null,
    evalStep: 1,
    layerSizes: sizes,
    skips,
    params,
    grads,
    skipGrads: net.skipGrads.slice(),
    stats: new Float64Array(0),
    edgeMax: edgeMaxOf(layoutOf(sizes, skips), grads, params, net.skipGrads),
    probe,
    optimizer: { kind: 'sgd', learningRate: lr },
    batchSize: 4,
    outputMap: null,
    computed,
    nonFinite: { params: 0, grads: 0 },
  };
}

export function inspectorFixture(o: FixtureOptions = {}): Fixture {
  const layers = o.layers ?? DEFAULT_LAYERS;
  const inputSize = o.inputSize ?? 2;
  const spec: NetworkSpec = {
    inputSize,
    layers,
    loss: o.loss ?? 'mse',
    init: { kind: 'xavier-uniform', scale: o.initScale ?? 1 },
    seed: o.seed ?? 3,
  };
  const input = o.input ?? Array.from({ length: inputSize }, (_, i) => [-1.2, 0.4, 0.7, -0.3][i % 4]);
  const target = o.target ?? Array.from({ length: layers[layers.length - 1].units }, () => 1);
  const lr = o.learningRate ?? 0.1;
  const net = createNetwork(spec);
  const batch = Array.from({ length: 4 }, (_, n) => Array.from({ length: inputSize }, (_, i) => Math.cos(1.3 * n + i)));
  computeGradients(
    net,
    batch,
    batch.map((_, n) => target.map(() => n % 2)),
  );
  const batchGrads = net.grads.slice();
  computeGradients(net, [input], [target]);
  const probe = probeOf(net, input, target);

  const config: TrainerConfig = {
    hidden: layers.slice(0, -1) as LayerSpec[],
    output: layers[layers.length - 1].activation,
    loss: spec.loss,
    init: spec.init!,
    optimizer: { kind: 'sgd', learningRate: lr },
    batchSize: 4,
    dataset: { kind: 'circle', count: 10, noise: 0, testFraction: 0 },
    seed: spec.seed,
  };
  const stepping = o.stepperPhases == null ? null : stepperState(spec, input, target, lr, o.stepperPhases);
  const frame: Frame = {
    id: 1,
    playing: o.playing ?? false,
    examplesPerSecond: 0,
    // While stepping, the first trainer shows the stepper's example (the frame contract).
    trainers: [
      stepping
        ? trainerFrame(stepping.net, stepping.params, stepping.grads, stepping.probe, lr, stepping.computed)
        : trainerFrame(net, net.params.slice(), batchGrads, probe, lr),
    ],
    stepper: stepping?.frame ?? null,
    weight: o.weight ? weightReport(spec, o.weight, input, target, lr, batchGrads) : null,
  };
  return { frame, config, spec, input, target, net, batchGrads };
}

function stepperState(spec: NetworkSpec, input: number[], target: number[], lr: number, phases: number) {
  const net = createNetwork(spec);
  loadBatch(net, Float64Array.from(input), Float64Array.from(target), null, 0, 1);
  const paramsBefore = net.params.slice();
  const st = createStepper(net, createOptimizer(net, { kind: 'sgd', learningRate: lr }));
  for (let k = 0; k < phases; k++) stepForward(st);
  const frame: StepperFrame = {
    phases: [...st.phases],
    position: st.position,
    paramsBefore,
    example: { kind: 'custom', input: [...input], target: [...target] },
  };
  return {
    frame,
    net,
    probe: probeOf(net, input, target),
    params: net.params.slice(),
    grads: net.grads.slice(),
    computed: stepComputed(st.phases, st.position, net.layers.length),
  };
}

/** What the worker's weight inspector computes, on a private network. */
export function weightReport(
  spec: NetworkSpec,
  ref: WeightRef,
  input: number[],
  target: number[],
  lr: number,
  batchGrads: Float64Array,
): WeightReport {
  const net = createNetwork(spec);
  const paths = explainWeight(net, ref, [input], [target]);
  const index = weightIndex(
    layoutOf([spec.inputSize, ...spec.layers.map((l) => l.units)]),
    ref.layer,
    ref.to,
    ref.from,
  );
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
  return {
    weight: { ...ref },
    trainer: 0,
    paths,
    curve: { ws, losses },
    value,
    gradExample: paths.backprop,
    gradBatch: batchGrads[index],
    learningRate: lr,
  };
}

/** A test app running the fixture's config and showing its frame (nothing selected); renderApp renders in it. */
export function installFixture(fx: Fixture): App {
  const { app } = testApp({ config: fx.config });
  showFrame(fx.frame, [fx.config]);
  return app;
}
