/**
 * Bad input is refused with an EngineInputError that names the field and the allowed
 * range, and a refused call changes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  EngineInputError,
  LIMITS,
  computeGradients,
  createNetwork,
  createOptimizer,
  getParams,
  predict,
  reconfigureOptimizer,
  setParams,
  trainStep,
  type NetworkSpec,
  type OptimizerConfig,
} from '../../src/engine';

/** The error `fn` throws, which must be an EngineInputError. */
function refusal(fn: () => unknown): EngineInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineInputError);
    return e as EngineInputError;
  }
  throw new Error('expected the call to be refused');
}

const GOOD: NetworkSpec = {
  inputSize: 2,
  loss: 'mse',
  seed: 1,
  layers: [
    { units: 3, activation: 'tanh' },
    { units: 2, activation: 'relu' },
    { units: 1, activation: 'sigmoid' },
  ],
};
const withLayer = (k: number, patch: object): NetworkSpec =>
  ({ ...GOOD, layers: GOOD.layers.map((l, j) => (j === k ? { ...l, ...patch } : l)) }) as NetworkSpec;

describe('network spec', () => {
  it.each([0, -3, 2.5, 65, NaN, Infinity, '4'])(
    "refuses %s units, naming the layer and the range (the app's one limits table)",
    (units) => {
      const e = refusal(() => createNetwork(withLayer(1, { units })));
      expect(e.field).toBe('layers[1].units');
      expect(e.allowed).toBe(`an integer from ${LIMITS.units.min} to ${LIMITS.units.max}`);
      expect(e.message).toMatch(/^layers\[1\]\.units must be an integer from 1 to 64 \(got /);
    },
  );

  it.each(['softmax', '', 'ReLU', undefined])('refuses activation %s', (activation) => {
    const e = refusal(() => createNetwork(withLayer(0, { activation })));
    expect(e.field).toBe('layers[0].activation');
    expect(e.allowed).toBe('one of sigmoid, tanh, relu, leaky-relu, linear');
  });

  it('refuses the other fields by name', () => {
    const cases: [Partial<NetworkSpec> | Record<string, unknown>, string][] = [
      [{ inputSize: 0 }, 'inputSize'],
      [{ inputSize: 65 }, 'inputSize'],
      [{ inputSize: 1.5 }, 'inputSize'],
      [{ layers: [] }, 'layers'],
      [{ layers: 'deep' }, 'layers'],
      [
        { layers: Array.from({ length: LIMITS.hiddenLayers.max + 2 }, () => ({ units: 1, activation: 'relu' })) },
        'layers',
      ],
      [{ loss: 'hinge' }, 'loss'],
      [{ loss: 'bce', layers: [{ units: 2, activation: 'tanh' }] }, 'layers[0].activation'],
      [{ init: { kind: 'orthogonal' } }, 'init.kind'],
      [{ init: { kind: 'he', scale: -1 } }, 'init.scale'],
      [{ init: { kind: 'he', scale: NaN } }, 'init.scale'],
      [{ seed: NaN }, 'seed'],
      [{ seed: Infinity }, 'seed'],
    ];
    for (const [patch, field] of cases) {
      expect(refusal(() => createNetwork({ ...GOOD, ...patch } as NetworkSpec)).field, JSON.stringify(patch)).toBe(
        field,
      );
    }
    expect(refusal(() => createNetwork(null as unknown as NetworkSpec)).field).toBe('spec');
  });

  it('accepts a sigmoid output with bce and reports the normalised spec', () => {
    const net = createNetwork({ ...GOOD, loss: 'bce' });
    expect(net.spec.init).toEqual({ kind: 'xavier-uniform', scale: 1 });
  });
});

describe('optimiser settings', () => {
  const net = createNetwork(GOOD);
  it.each([NaN, Infinity, -Infinity, -0.1, 0, 11])('refuses learning rate %s', (learningRate) => {
    const e = refusal(() => createOptimizer(net, { kind: 'sgd', learningRate }));
    expect(e.field).toBe('learningRate');
    expect(e.allowed).toBe(`a finite number from ${LIMITS.learningRate.min} to ${LIMITS.learningRate.max}`);
  });

  it('refuses the other settings by name, and a refused live change leaves the optimiser as it was', () => {
    const cases: [Partial<OptimizerConfig>, string][] = [
      [{ kind: 'rmsprop' as 'sgd' }, 'optimizer.kind'],
      [{ momentum: 1 }, 'momentum'],
      [{ momentum: NaN }, 'momentum'],
      [{ beta1: 1 }, 'beta1'],
      [{ beta2: -0.1 }, 'beta2'],
      [{ epsilon: 0 }, 'epsilon'],
      [{ weightDecay: -1 }, 'weightDecay'],
    ];
    for (const [patch, field] of cases) {
      expect(refusal(() => createOptimizer(net, { kind: 'adam', learningRate: 0.1, ...patch })).field).toBe(field);
    }
    const opt = createOptimizer(net, { kind: 'adam', learningRate: 0.1 });
    expect(refusal(() => reconfigureOptimizer(net, opt, { learningRate: NaN })).field).toBe('learningRate');
    expect(opt.config.learningRate).toBe(0.1);
  });
});

describe('examples', () => {
  it('refuses rows of the wrong width, counts that differ, empty and non-finite data', () => {
    const net = createNetwork(GOOD);
    const cases: [() => unknown, string, RegExp][] = [
      [() => computeGradients(net, [[1, 2, 3]], [[1]]), 'inputs[0]', /2 numbers/],
      [() => computeGradients(net, [[1, 2], [3]], [[1], [0]]), 'inputs[1]', /2 numbers/],
      [() => computeGradients(net, [[1, 2]], [[1, 0]]), 'targets[0]', /1 numbers/],
      [
        () =>
          computeGradients(
            net,
            [
              [1, 2],
              [3, 4],
            ],
            [[1]],
          ),
        'targets',
        /2 examples, one per input/,
      ],
      [() => computeGradients(net, [], []), 'inputs', /non-empty/],
      [() => computeGradients(net, [[1, NaN]], [[1]]), 'inputs[0][1]', /finite/],
      [
        () => trainStep(net, createOptimizer(net, { kind: 'sgd', learningRate: 0.1 }), [[1, 2]], [[Infinity]]),
        'targets[0][0]',
        /finite/,
      ],
      [() => computeGradients(net, Float64Array.of(1, 2, 3), Float64Array.of(1)), 'inputs', /multiple of 2/],
      [() => computeGradients(net, Float64Array.of(1, 2, 3, NaN), Float64Array.of(1, 0)), 'inputs[1][1]', /finite/],
      [() => predict(net, Float64Array.of(Infinity, 0)), 'inputs[0][0]', /finite/],
    ];
    for (const [fn, field, allowed] of cases) {
      const e = refusal(fn);
      expect(e.field).toBe(field);
      expect(e.allowed).toMatch(allowed);
    }
  });

  it('a refused training step leaves the weights untouched', () => {
    const net = createNetwork(GOOD);
    const before = net.params.slice();
    const opt = createOptimizer(net, { kind: 'adam', learningRate: 0.1 });
    refusal(() => trainStep(net, opt, Float64Array.of(0.5, NaN), Float64Array.of(1)));
    refusal(() => trainStep(net, opt, [[0.5, 1]], [[1], [0]]));
    expect(net.params).toEqual(before);
    expect(opt.steps).toBe(0);
  });
});

describe('setParams', () => {
  it('refuses wrong layer counts and shapes, naming the array', () => {
    const net = createNetwork(GOOD);
    const p = getParams(net);
    expect(refusal(() => setParams(net, { weights: p.weights.slice(1), biases: p.biases })).field).toBe('params');
    const short = { ...p, weights: [p.weights[0], p.weights[1].subarray(1), p.weights[2]] };
    const e = refusal(() => setParams(net, short));
    expect([e.field, e.allowed]).toEqual(['weights[1]', '6 numbers']);
    const nan = { ...p, biases: [p.biases[0], p.biases[1], Float64Array.of(NaN)] };
    expect(refusal(() => setParams(net, nan)).field).toBe('biases[2][0]');
  });

  it('writes nothing when a later layer is bad', () => {
    const net = createNetwork(GOOD);
    const before = getParams(net);
    const next = getParams(net);
    next.weights[0].fill(7);
    next.biases[0].fill(7);
    next.weights[2] = Float64Array.of(1, Infinity);
    refusal(() => setParams(net, next));
    expect(getParams(net)).toEqual(before);
  });
});
