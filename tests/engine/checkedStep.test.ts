/**
 * Check before commit: a training step is computed into scratch and committed only when
 * the loss, the gradients and every new weight and moment are finite. A finite step gives
 * bit-identical numbers to the plain in-place update (and so to the stepper); a blow-up
 * leaves the weights, the optimiser and the counters exactly as they were.
 */
import { describe, expect, it } from 'vitest';
import {
  countNonFinite,
  createNetwork,
  createOptimizer,
  createStepper,
  createTrainer,
  generateDataset,
  loadBatch,
  loadNextBatch,
  stepForward,
  isStepDone,
  commitStep,
  prepareStep,
  trainEpoch,
  trainStep,
  trainerStep,
  type NetworkSpec,
  type OptimizerConfig,
  type Trainer,
} from '../../src/engine';
import { sameBits } from './helpers';

const SPEC: NetworkSpec = {
  inputSize: 2,
  loss: 'mse',
  seed: 5,
  init: { kind: 'xavier-normal' },
  layers: [
    { units: 5, activation: 'tanh' },
    { units: 4, activation: 'relu' },
    { units: 1, activation: 'sigmoid' },
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

const data = generateDataset({ kind: 'circle', count: 60, seed: 3 });

function trainer(spec: NetworkSpec, opt: OptimizerConfig, batch = 8): Trainer {
  const net = createNetwork(spec);
  return createTrainer(net, createOptimizer(net, opt), data, batch, 11);
}

/** Everything a step may change. */
function snapshot(t: Trainer) {
  return {
    params: t.net.params.slice(),
    velocity: t.optimizer.velocity.slice(),
    secondMoment: t.optimizer.secondMoment.slice(),
    counters: [t.optimizer.steps, t.step, t.epoch, t.examplesSeen, t.cursor],
  };
}

describe('a finite step', () => {
  it.each(OPTIMIZERS.map((o) => [`${o.kind}${o.nesterov ? ' nesterov' : ''} λ=${o.weightDecay ?? 0}`, o]))(
    '%s: the checked trainer step gives the same bits as the plain in-place update',
    (_, opt) => {
      const checked = trainer(SPEC, opt as OptimizerConfig);
      const plainNet = createNetwork(SPEC);
      const plainOpt = createOptimizer(plainNet, opt as OptimizerConfig);
      for (let k = 0; k < 25; k++) {
        // The rows the checked trainer is about to train on, fed to the plain API.
        const count = loadNextBatch(checked);
        const x = checked.net.input.slice(0, count * 2);
        const y = checked.net.target.slice(0, count);
        const lossChecked = trainerStep(checked);
        const lossPlain = trainStep(plainNet, plainOpt, x, y);
        expect(checked.fault).toBeNull();
        expect(Object.is(lossChecked, lossPlain)).toBe(true);
      }
      expect(sameBits(checked.net.params, plainNet.params)).toBe(true);
      expect(sameBits(checked.optimizer.velocity, plainOpt.velocity)).toBe(true);
      expect(sameBits(checked.optimizer.secondMoment, plainOpt.secondMoment)).toBe(true);
      expect(checked.optimizer.steps).toBe(25);
    },
  );

  it.each(OPTIMIZERS.map((o) => [o.kind, o]))('%s: the stepper, phase by phase, lands on the same bits', (_, opt) => {
    const t = trainer(SPEC, opt as OptimizerConfig, 1);
    for (let k = 0; k < 3; k++) trainerStep(t);
    const net = createNetwork(SPEC);
    net.params.set(t.net.params);
    const stepOpt = createOptimizer(net, opt as OptimizerConfig);
    stepOpt.velocity.set(t.optimizer.velocity);
    stepOpt.secondMoment.set(t.optimizer.secondMoment);
    stepOpt.steps = t.optimizer.steps;
    loadNextBatch(t);
    loadBatch(net, t.net.input.slice(0, 2), t.net.target.slice(0, 1), null, 0, 1);
    const st = createStepper(net, stepOpt);
    while (!isStepDone(st)) stepForward(st);
    trainerStep(t);
    expect(sameBits(net.params, t.net.params)).toBe(true);
    expect(sameBits(stepOpt.velocity, t.optimizer.velocity)).toBe(true);
  });
});

const deepLinear = (scale: number): NetworkSpec => ({
  inputSize: 2,
  loss: 'mse',
  seed: 1,
  init: { kind: 'he', scale },
  layers: [
    ...Array.from({ length: 6 }, () => ({ units: 8, activation: 'linear' as const })),
    { units: 1, activation: 'linear' },
  ],
});

describe('a step that would overflow', () => {
  // Adam's steps are at most about η per weight, so it does not overflow here; below it does.
  it.each(OPTIMIZERS.filter((o) => o.kind !== 'adam').map((o) => [o.kind, { ...o, learningRate: 10 }]))(
    '%s at η = 10 on a deep linear network: refused, with weights, moments and counters untouched',
    (_, opt) => {
      const t = trainer(deepLinear(1), opt as OptimizerConfig, 10);
      let before = snapshot(t);
      for (let k = 0; k < 200 && t.fault === null; k++) {
        before = snapshot(t);
        trainerStep(t);
      }
      expect(t.fault).not.toBeNull();
      expect(countNonFinite(t.net.params)).toBe(0);
      expect(snapshot(t)).toEqual(before);
      // The same batch comes next, and is refused the same way: nothing half-applied.
      const fault = t.fault;
      trainerStep(t);
      expect(t.fault).toBe(fault);
      expect(snapshot(t)).toEqual(before);
    },
  );

  it('names the loss when the forward pass itself overflows (and skips the backward pass)', () => {
    const t = trainer(deepLinear(1), { kind: 'sgd', learningRate: 0.01 });
    t.net.params.fill(1e60);
    const grads = t.net.grads.slice();
    trainerStep(t);
    expect(t.fault).toBe('loss');
    expect(t.lastLoss).toBe(Infinity);
    expect(sameBits(t.net.grads, grads)).toBe(true);
    expect(t.step).toBe(0);
  });

  it.each(OPTIMIZERS.map((o) => [o.kind, o]))(
    '%s: names the gradients when they overflow first (a clamped loss stays finite)',
    (_, opt) => {
      // Cross-entropy on a sigmoid output stays finite however large z gets; the hidden
      // layers' activations and δ do not.
      const spec: NetworkSpec = {
        ...deepLinear(1),
        loss: 'bce',
        layers: [...deepLinear(1).layers.slice(0, -1), { units: 1, activation: 'sigmoid' }],
      };
      const t = trainer(spec, opt as OptimizerConfig);
      for (let k = 0; k < 3; k++) trainerStep(t);
      for (const l of t.net.layers) l.W.fill(1e52);
      const before = snapshot(t);
      trainerStep(t);
      expect(t.fault).toBe('gradients');
      expect(Number.isFinite(t.lastLoss)).toBe(true);
      expect(snapshot(t)).toEqual(before);
    },
  );

  it('trainEpoch stops at a refused step instead of looping on it', () => {
    const t = trainer(deepLinear(1), { kind: 'sgd', learningRate: 10 }, 10);
    trainEpoch(t);
    expect(t.fault).not.toBeNull();
    expect(t.epoch).toBe(0);
  });

  it('counts ±∞ and NaN, not large finite values', () => {
    expect(countNonFinite(Float64Array.of(1, Infinity, -Infinity, NaN, Number.MAX_VALUE, -0))).toBe(3);
  });
});

describe('prepare, then commit (trainers in lockstep commit together or not at all)', () => {
  it('a prepared step changes nothing until it is committed, and then equals a whole step', () => {
    const a = trainer(SPEC, OPTIMIZERS[2]);
    const b = trainer(SPEC, OPTIMIZERS[2]);
    const before = snapshot(a);
    expect(prepareStep(a)).toBeNull();
    expect(snapshot(a)).toEqual(before);
    commitStep(a);
    trainerStep(b);
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(() => commitStep(a)).toThrow(/prepared/);
  });

  it('a refused step cannot be committed', () => {
    const t = trainer(deepLinear(1), { kind: 'sgd', learningRate: 10 }, 10);
    while (prepareStep(t) === null) commitStep(t);
    expect(() => commitStep(t)).toThrow(/prepared, finite step/);
    expect(countNonFinite(t.net.params)).toBe(0);
  });
});
