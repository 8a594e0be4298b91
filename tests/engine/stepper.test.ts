/**
 * The teaching stepper: its phases are the ordinary step's functions, so clicking through
 * them gives bit-identical numbers, and Previous restores every earlier state exactly — on
 * both kernel paths (TypeScript and WebAssembly SIMD), as the worker's step-through runs on
 * the path its trainer trained on; and the two paths show the same numbers at every phase,
 * tanh included.
 */
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  createOptimizer,
  createStepper,
  currentPhase,
  isStepDone,
  loadBatch,
  phasesOf,
  stepBack,
  stepForward,
  trainStep,
  type Network,
  type NetworkSpec,
  type Optimizer,
  type OptimizerConfig,
} from '../../src/engine';
import { makeBatch, sameBits } from './helpers';
import { KERNEL_CHOICES, requireSimd } from './kernelPaths';

const SPEC: NetworkSpec = {
  inputSize: 2,
  loss: 'mse',
  seed: 21,
  init: { kind: 'xavier-normal' },
  layers: [
    { units: 4, activation: 'tanh' },
    { units: 3, activation: 'relu' },
    { units: 2, activation: 'sigmoid' },
  ],
};
const BCE_SPEC: NetworkSpec = {
  ...SPEC,
  loss: 'bce',
  layers: [
    { units: 5, activation: 'leaky-relu' },
    { units: 1, activation: 'sigmoid' },
  ],
};

/** Skip connections around the second and third hidden layers (4 → 4 → 4). */
const SKIP_SPEC: NetworkSpec = {
  ...SPEC,
  layers: [
    { units: 4, activation: 'sigmoid' },
    { units: 4, activation: 'sigmoid', skip: true },
    { units: 4, activation: 'tanh', skip: true },
    { units: 2, activation: 'sigmoid' },
  ],
};
/** Wide enough for every vector loop of the SIMD kernels, tanh throughout, an odd batch. */
const WIDE_TANH_SPEC: NetworkSpec = {
  ...SPEC,
  layers: [
    { units: 16, activation: 'tanh' },
    { units: 9, activation: 'tanh' },
    { units: 9, activation: 'tanh', skip: true },
    { units: 1, activation: 'tanh' },
  ],
};
/** A softmax over four classes with categorical cross-entropy, with a skip too. */
const SOFTMAX_SPEC: NetworkSpec = {
  ...SPEC,
  loss: 'cce',
  layers: [
    { units: 3, activation: 'relu' },
    { units: 3, activation: 'leaky-relu', skip: true },
    { units: 4, activation: 'softmax' },
  ],
};

const OPTIMIZERS: OptimizerConfig[] = [
  { kind: 'sgd', learningRate: 0.1 },
  { kind: 'sgd', learningRate: 0.1, weightDecay: 0.01 },
  { kind: 'momentum', learningRate: 0.05, momentum: 0.9 },
  { kind: 'momentum', learningRate: 0.05, nesterov: true, weightDecay: 0.001 },
  { kind: 'adam', learningRate: 0.01 },
  { kind: 'adam', learningRate: 0.01, weightDecay: 0.1 },
];

/** Everything a phase may write, copied (only the batch's rows of the scratch). */
function state(net: Network, opt: Optimizer): Float64Array[] {
  const rows = (a: Float64Array, width: number) => a.slice(0, net.batchSize * width);
  return [
    net.params.slice(),
    net.grads.slice(),
    opt.velocity.slice(),
    opt.secondMoment.slice(),
    Float64Array.of(opt.steps, net.lossValue),
    rows(net.dOut, net.outputSize),
    rows(net.exampleLoss, 1),
    net.skipGrads.slice(),
    ...net.layers.flatMap((l) => [
      rows(l.z, l.nOut),
      rows(l.a, l.nOut),
      rows(l.fz, l.nOut),
      rows(l.delta, l.nOut),
      l.skip ? rows(l.dA, l.nOut) : l.dA.slice(),
    ]),
  ];
}

const sameState = (a: Float64Array[], b: Float64Array[]): boolean =>
  a.length === b.length && a.every((arr, k) => sameBits(arr, b[k]));

describe('phasesOf', () => {
  it('lists forward layer by layer (z then a), the loss, backward output first (δ then ∂L/∂W), the update', () => {
    const kinds = phasesOf(createNetwork(SPEC)).map((p) => ('layer' in p ? `${p.kind}:${p.layer}` : p.kind));
    expect(kinds).toEqual([
      'forward-z:0',
      'forward-a:0',
      'forward-z:1',
      'forward-a:1',
      'forward-z:2',
      'forward-a:2',
      'loss',
      'backward-delta:2',
      'backward-grad:2',
      'backward-delta:1',
      'backward-grad:1',
      'backward-delta:0',
      'backward-grad:0',
      'update',
    ]);
  });
});

describe.each(KERNEL_CHOICES)('on the %s kernels', (_path, simd) => {
  describe.each([
    ['mse', SPEC],
    ['bce', BCE_SPEC],
    ['skip-connection', SKIP_SPEC],
    ['softmax', SOFTMAX_SPEC],
  ] as const)('stepping a %s network', (_loss, spec) => {
    it.each(
      OPTIMIZERS.map((c) => [`${c.kind}${c.nesterov ? ' (nesterov)' : ''}${c.weightDecay ? ' + decay' : ''}`, c]),
    )('every phase of three steps with %s equals trainStep on a clone, bit for bit', (_name, config) => {
      const net = createNetwork(spec, { simd });
      const clone = createNetwork(spec, { simd });
      const opt = createOptimizer(net, config);
      const cloneOpt = createOptimizer(clone, config);
      for (let step = 0; step < 3; step++) {
        const { x, y } = makeBatch(net, 3, 50 + step);
        loadBatch(net, x, y, null, 0, 3);
        const st = createStepper(net, opt);
        while (stepForward(st) !== null);
        expect(isStepDone(st)).toBe(true);
        const cloneLoss = trainStep(clone, cloneOpt, x, y);
        expect(Object.is(net.lossValue, cloneLoss)).toBe(true);
        expect(sameState(state(net, opt), state(clone, cloneOpt))).toBe(true);
        expect(net.params).toEqual(clone.params);
      }
    });
  });

  describe.each([
    ['plain', SPEC],
    ['skip-connection', SKIP_SPEC],
    ['softmax', SOFTMAX_SPEC],
  ] as const)('stepBack on a %s network', (_kind, spec) => {
    it.each(OPTIMIZERS.map((c) => [c.kind, c]))('restores the exact state at every position (%s)', (_name, config) => {
      const net = createNetwork(spec, { simd });
      const opt = createOptimizer(net, config);
      // A first ordinary step, so the optimiser state is not all zeros.
      const first = makeBatch(net, 2, 1);
      trainStep(net, opt, first.x, first.y);
      const { x, y } = makeBatch(net, 4, 2);
      loadBatch(net, x, y, null, 0, 4);
      const st = createStepper(net, opt);
      const seen = [state(net, opt)];
      while (stepForward(st)) seen.push(state(net, opt));
      expect(seen.length).toBe(st.phases.length + 1);
      for (let pos = st.phases.length - 1; pos >= 0; pos--) {
        expect(stepBack(st)).toBe(true);
        expect(st.position).toBe(pos);
        expect(sameState(state(net, opt), seen[pos]), `position ${pos}`).toBe(true);
      }
      expect(stepBack(st)).toBe(false);
      // Forward again from the start reproduces every state.
      for (let pos = 1; pos <= st.phases.length; pos++) {
        stepForward(st);
        expect(sameState(state(net, opt), seen[pos]), `again at ${pos}`).toBe(true);
      }
    });
  });
});

describe('the step-through on the SIMD path', () => {
  it.each([
    ['tanh', SPEC],
    ['skip-connection', SKIP_SPEC],
    ['wide tanh', WIDE_TANH_SPEC],
  ] as const)('shows the numbers of the TypeScript path at every phase, bit for bit (%s)', (_kind, spec) => {
    for (const config of OPTIMIZERS) {
      const runs = [null, requireSimd()].map((simd) => {
        const net = createNetwork(spec, { simd });
        const opt = createOptimizer(net, config);
        const seen: Float64Array[][] = [];
        for (let step = 0; step < 2; step++) {
          const { x, y } = makeBatch(net, 7, 30 + step);
          loadBatch(net, x, y, null, 0, 7);
          const st = createStepper(net, opt);
          while (stepForward(st) !== null) seen.push(state(net, opt));
        }
        return { path: net.kernels.path, seen };
      });
      expect(runs.map((r) => r.path)).toEqual(['typescript', 'simd']);
      const [ts, simd] = runs.map((r) => r.seen);
      expect(simd.length).toBe(ts.length);
      ts.forEach((want, pos) => expect(sameState(simd[pos], want), `${config.kind}, phase ${pos}`).toBe(true));
    }
  });
});

describe('stepBack', () => {
  it('back and forth in the middle changes nothing', () => {
    const net = createNetwork(BCE_SPEC);
    const opt = createOptimizer(net, { kind: 'adam', learningRate: 0.02 });
    const { x, y } = makeBatch(net, 2, 9);
    loadBatch(net, x, y, null, 0, 2);
    const st = createStepper(net, opt);
    for (let k = 0; k < 6; k++) stepForward(st);
    const mid = state(net, opt);
    stepBack(st);
    stepBack(st);
    stepForward(st);
    stepForward(st);
    expect(sameState(state(net, opt), mid)).toBe(true);
  });
});

describe('stepper bookkeeping', () => {
  it('reports the current phase, shows NaN for what is not computed yet, and stops at the end', () => {
    const net = createNetwork(SPEC);
    const opt = createOptimizer(net, { kind: 'sgd', learningRate: 0.1 });
    const { x, y } = makeBatch(net, 1, 3);
    loadBatch(net, x, y, null, 0, 1);
    const st = createStepper(net, opt);
    expect(currentPhase(st)).toBeNull();
    expect(Number.isNaN(net.layers[0].z[0])).toBe(true);
    expect(stepForward(st)).toEqual({ kind: 'forward-z', layer: 0 });
    expect(currentPhase(st)).toEqual({ kind: 'forward-z', layer: 0 });
    expect(Number.isFinite(net.layers[0].z[0])).toBe(true);
    expect(Number.isNaN(net.layers[0].a[0])).toBe(true);
    expect(Number.isNaN(net.lossValue)).toBe(true);
    while (!isStepDone(st)) stepForward(st);
    expect(currentPhase(st)).toEqual({ kind: 'update' });
    expect(stepForward(st)).toBeNull();
    expect(st.position).toBe(st.phases.length);
    expect(net.grads.every(Number.isFinite)).toBe(true);
  });
});
