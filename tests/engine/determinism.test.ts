/**
 * Everything is a function of the seed: the same seed gives the same weights, data and
 * training run bit for bit; a different seed gives different ones.
 */
import { describe, expect, it } from 'vitest';
import {
  DATASET_NAMES,
  INIT_NAMES,
  createNetwork,
  createOptimizer,
  createRng,
  createTrainer,
  generateDataset,
  shuffleInPlace,
  splitDataset,
  trainerStep,
  type InitName,
  type NetworkSpec,
} from '../../src/engine';
import { sameBits } from './helpers';

const spec = (init: InitName, seed: number): NetworkSpec => ({
  inputSize: 3,
  loss: 'mse',
  seed,
  init: { kind: init },
  layers: [
    { units: 5, activation: 'tanh' },
    { units: 4, activation: 'relu' },
    { units: 2, activation: 'linear' },
  ],
});

describe('seeded initial weights', () => {
  it.each(INIT_NAMES)('%s: the same seed gives identical parameters', (init) => {
    for (const seed of [0, 1, 42, -7, 123456789]) {
      expect(sameBits(createNetwork(spec(init, seed)).params, createNetwork(spec(init, seed)).params)).toBe(true);
    }
  });

  it.each(INIT_NAMES.filter((k) => k !== 'zeros'))('%s: different seeds give different weights', (init) => {
    const a = createNetwork(spec(init, 1)).params;
    const b = createNetwork(spec(init, 2)).params;
    expect(sameBits(a, b)).toBe(false);
    // Not merely one weight: nearly every weight differs.
    const same = a.filter((v, k) => v === b[k] && v !== 0).length;
    expect(same).toBe(0);
  });

  it('biases start at 0 and zeros init gives all-zero weights whatever the seed', () => {
    for (const init of INIT_NAMES) {
      const net = createNetwork(spec(init, 5));
      for (const l of net.layers) expect(l.b.every((v) => v === 0)).toBe(true);
    }
    expect(createNetwork(spec('zeros', 9)).params.every((v) => v === 0)).toBe(true);
  });

  it('draws from the documented distributions (a 64 → 64 layer, the widest the app allows)', () => {
    const weights = (kind: InitName, scale = 1): Float64Array =>
      createNetwork({
        inputSize: 64,
        loss: 'mse',
        seed: 3,
        init: { kind, scale },
        layers: [
          { units: 64, activation: 'tanh' },
          { units: 64, activation: 'tanh' },
        ],
      }).layers[1].W;
    const sd = (w: Float64Array) => Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    const maxAbs = (w: Float64Array) => w.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    const xavierBound = Math.sqrt(6 / 128);
    expect(maxAbs(weights('xavier-uniform'))).toBeLessThan(xavierBound);
    expect(sd(weights('xavier-uniform')) / (xavierBound / Math.sqrt(3))).toBeCloseTo(1, 1);
    expect(sd(weights('xavier-normal')) / Math.sqrt(2 / 128)).toBeCloseTo(1, 1);
    expect(sd(weights('he')) / Math.sqrt(2 / 64)).toBeCloseTo(1, 1);
    expect(maxAbs(weights('uniform'))).toBeLessThan(0.5);
    expect(maxAbs(weights('uniform'))).toBeGreaterThan(0.49);
    expect(maxAbs(weights('uniform', 0.1))).toBeLessThan(0.05);
  });

  it('scale multiplies the drawn weights exactly', () => {
    const one = createNetwork(spec('he', 3)).params;
    const three = createNetwork({ ...spec('he', 3), init: { kind: 'he', scale: 3 } }).params;
    one.forEach((v, k) => expect(three[k]).toBeCloseTo(3 * v, 14));
  });
});

describe('seeded datasets', () => {
  it.each(DATASET_NAMES)('%s: same options give identical data, another seed different data', (kind) => {
    const a = generateDataset({ kind, seed: 7, count: 200, noise: 0.3 });
    const b = generateDataset({ kind, seed: 7, count: 200, noise: 0.3 });
    expect(sameBits(a.inputs, b.inputs) && sameBits(a.targets, b.targets)).toBe(true);
    if (kind === 'toy') return; // one fixed example by design
    const c = generateDataset({ kind, seed: 8, count: 200, noise: 0.3 });
    expect(sameBits(a.inputs, c.inputs)).toBe(false);
  });

  it('splitting is seeded too', () => {
    const data = generateDataset({ kind: 'moons', seed: 1, count: 100 });
    const s1 = splitDataset(data, 0.3, 4);
    const s2 = splitDataset(data, 0.3, 4);
    const s3 = splitDataset(data, 0.3, 5);
    expect(sameBits(s1.test.inputs, s2.test.inputs)).toBe(true);
    expect(sameBits(s1.test.inputs, s3.test.inputs)).toBe(false);
  });
});

describe('seeded random numbers', () => {
  it('repeat per seed, and a shuffle is a reproducible permutation', () => {
    const draw = (seed: number) => {
      const r = createRng(seed);
      return [r.next(), r.uniform(-2, 3), r.normal(), r.normal(), r.int(10)];
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
    const order = (seed: number) => {
      const o = Array.from({ length: 50 }, (_, k) => k);
      shuffleInPlace(o, createRng(seed));
      return o;
    };
    expect(order(1)).toEqual(order(1));
    expect(order(1)).not.toEqual(order(2));
    expect([...order(1)].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, k) => k));
  });

  it('stays in its ranges over many draws', () => {
    const r = createRng(99);
    let sum = 0;
    for (let k = 0; k < 10000; k++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      const n = r.int(7);
      expect(Number.isInteger(n) && n >= 0 && n < 7).toBe(true);
      sum += r.normal();
    }
    expect(Math.abs(sum / 10000)).toBeLessThan(0.05);
  });
});

describe('a seeded training run', () => {
  const run = (shuffleSeed: number): Float64Array => {
    const net = createNetwork({
      ...spec('xavier-normal', 1),
      inputSize: 2,
      layers: [
        { units: 6, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    });
    const data = generateDataset({ kind: 'xor', seed: 2, count: 60, noise: 0.5 });
    const t = createTrainer(net, createOptimizer(net, { kind: 'adam', learningRate: 0.01 }), data, 8, shuffleSeed);
    for (let k = 0; k < 40; k++) trainerStep(t);
    return net.params;
  };

  it('is reproduced bit for bit, and another shuffle seed trains differently', () => {
    expect(sameBits(run(3), run(3))).toBe(true);
    expect(sameBits(run(3), run(4))).toBe(false);
  });
});
