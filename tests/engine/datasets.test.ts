/**
 * Seeded datasets: shapes, labels in the chosen style, the geometry each kind promises,
 * noise, train/test splits and user-supplied points.
 */
import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_DATASETS,
  DOMAIN,
  EngineInputError,
  REGRESSION_DATASETS,
  datasetFromPoints,
  generateDataset,
  splitDataset,
  subset,
  type DatasetOptions,
} from '../../src/engine';
import { sameBits } from './helpers';

const rows = (inputs: Float64Array, width: number): number[][] =>
  Array.from({ length: inputs.length / width }, (_, n) => [...inputs.subarray(n * width, n * width + width)]);

describe('classification datasets', () => {
  it.each(CLASSIFICATION_DATASETS)('%s: 2 inputs, 1 target per point, both label styles', (kind) => {
    const zo = generateDataset({ kind, seed: 3, count: 101 });
    expect([zo.count, zo.inputs.length, zo.targets.length, zo.inputSize, zo.outputSize]).toEqual([101, 202, 101, 2, 1]);
    expect([zo.task, zo.labels]).toEqual(['classification', 'zero-one']);
    expect(new Set(zo.targets)).toEqual(new Set([0, 1]));
    expect(zo.inputs.every(Number.isFinite)).toBe(true);
    const pm = generateDataset({ kind, seed: 3, count: 101, labels: 'plus-minus' });
    expect(new Set(pm.targets)).toEqual(new Set([-1, 1]));
    // Same points, only the negative label changes.
    expect(sameBits(pm.inputs, zo.inputs)).toBe(true);
    pm.targets.forEach((t, n) => expect(t === 1).toBe(zo.targets[n] === 1));
  });

  it('circle: balanced, half inside radius 3 and half outside, so a constant guess scores 50%', () => {
    const d = generateDataset({ kind: 'circle', seed: 3, count: 500 });
    expect(d.targets.reduce((s, t) => s + t, 0)).toBe(250);
  });

  it('circle: positive exactly inside radius 3 when noise is 0, all points in the square', () => {
    const d = generateDataset({ kind: 'circle', seed: 1, count: 400 });
    rows(d.inputs, 2).forEach(([x, y], n) => {
      expect(Math.abs(x) <= DOMAIN && Math.abs(y) <= DOMAIN).toBe(true);
      expect(d.targets[n]).toBe(x * x + y * y < 9 ? 1 : 0);
    });
  });

  it('xor: positive exactly where x·y > 0 when noise is 0', () => {
    const d = generateDataset({ kind: 'xor', seed: 1, count: 400 });
    rows(d.inputs, 2).forEach(([x, y], n) => expect(d.targets[n]).toBe(x * y > 0 ? 1 : 0));
  });

  it('gaussian, spiral and moons alternate the classes, so they are balanced', () => {
    for (const kind of ['gaussian', 'spiral', 'moons'] as const) {
      const d = generateDataset({ kind, seed: 2, count: 200 });
      expect(d.targets.filter((t) => t === 1).length).toBe(100);
    }
    const g = generateDataset({ kind: 'gaussian', seed: 2, count: 2000 });
    const mean = (cls: number) => {
      const pts = rows(g.inputs, 2).filter((_, n) => g.targets[n] === cls);
      return [0, 1].map((i) => pts.reduce((s, p) => s + p[i], 0) / pts.length);
    };
    mean(1).forEach((v) => expect(v).toBeCloseTo(2, 0));
    mean(0).forEach((v) => expect(v).toBeCloseTo(-2, 0));
  });
});

describe('regression and the toy example', () => {
  it.each(REGRESSION_DATASETS)('%s: one input, one target, the clean curve when noise is 0', (kind) => {
    const d = generateDataset({ kind, seed: 5, count: 50 });
    expect([d.inputSize, d.outputSize, d.task, d.inputs.length, d.targets.length]).toEqual([
      1,
      1,
      'regression',
      50,
      50,
    ]);
    d.inputs.forEach((x, n) => {
      expect(Math.abs(x)).toBeLessThanOrEqual(DOMAIN);
      expect(d.targets[n]).toBe(kind === 'sine' ? Math.sin((x * Math.PI) / DOMAIN) : x / DOMAIN);
    });
  });

  it('toy: one example, x = 1, whatever the count', () => {
    const d = generateDataset({ kind: 'toy', seed: 1, count: 300 });
    expect([d.count, [...d.inputs], [...d.targets], d.inputSize, d.outputSize]).toEqual([1, [1], [0.25], 1, 1]);
  });
});

describe('noise', () => {
  it.each([...CLASSIFICATION_DATASETS, ...REGRESSION_DATASETS])(
    '%s: noise 0 and noise > 0 give different data',
    (kind) => {
      const clean = generateDataset({ kind, seed: 4, count: 100, noise: 0 });
      const noisy = generateDataset({ kind, seed: 4, count: 100, noise: 1 });
      const changed =
        kind === 'sine' || kind === 'line' ? [clean.targets, noisy.targets] : [clean.inputs, noisy.inputs];
      expect(sameBits(changed[0], changed[1])).toBe(false);
      expect(noisy.inputs.every(Number.isFinite) && noisy.targets.every(Number.isFinite)).toBe(true);
    },
  );

  it('noisy regression scatters around the curve', () => {
    const d = generateDataset({ kind: 'sine', seed: 4, count: 2000, noise: 2 });
    const residuals = [...d.inputs].map((x, n) => d.targets[n] - Math.sin((x * Math.PI) / DOMAIN));
    const sd = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
    expect(sd).toBeCloseTo(0.2, 1); // noise·0.1 standard deviation
  });
});

describe('splitDataset', () => {
  const data = generateDataset({ kind: 'spiral', seed: 1, count: 500 });

  it.each([
    [0.2, 100],
    [0, 0],
    [0.5, 250],
    [0.9, 450],
    [0.333, 167],
  ])('test share %d holds %d of 500 points', (fraction, nTest) => {
    const { train, test } = splitDataset(data, fraction, 7);
    expect([test.count, train.count]).toEqual([nTest, 500 - nTest]);
    expect([test.inputs.length, train.targets.length]).toEqual([2 * nTest, 500 - nTest]);
    // Together they are exactly the original points.
    const key = (p: number[], t: number) => `${p}|${t}`;
    const all = (d: typeof data) => rows(d.inputs, 2).map((p, n) => key(p, d.targets[n]));
    expect([...all(train), ...all(test)].sort()).toEqual(all(data).sort());
  });

  it('keeps at least one training point and refuses a share above 0.9', () => {
    const one = generateDataset({ kind: 'circle', seed: 1, count: 1 });
    expect(splitDataset(one, 0.9, 1).train.count).toBe(1);
    const e = (() => {
      try {
        splitDataset(data, 0.95, 1);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(EngineInputError);
    expect((e as EngineInputError).field).toBe('testFraction');
  });

  it('subset picks the given rows in order', () => {
    const s = subset(data, [4, 0, 4]);
    expect(rows(s.inputs, 2)).toEqual([4, 0, 4].map((r) => rows(data.inputs, 2)[r]));
    expect([...s.targets]).toEqual([data.targets[4], data.targets[0], data.targets[4]]);
  });
});

describe('validation', () => {
  it('refuses bad generator options by field', () => {
    const cases: [Partial<DatasetOptions> | Record<string, unknown>, string][] = [
      [{ kind: 'rings' }, 'dataset.kind'],
      [{ count: 0 }, 'dataset.count'],
      [{ count: 2.5 }, 'dataset.count'],
      [{ count: 100001 }, 'dataset.count'],
      [{ noise: -1 }, 'dataset.noise'],
      [{ noise: NaN }, 'dataset.noise'],
      [{ noise: 7 }, 'dataset.noise'],
      [{ seed: NaN }, 'dataset.seed'],
      [{ labels: 'yes-no' }, 'dataset.labels'],
    ];
    for (const [patch, field] of cases) {
      expect(() => generateDataset({ kind: 'circle', seed: 1, ...patch } as DatasetOptions)).toThrow(EngineInputError);
      expect(() => generateDataset({ kind: 'circle', seed: 1, ...patch } as DatasetOptions)).toThrow(
        new RegExp(`^${field.replace('.', '\\.')} must be`),
      );
    }
  });

  it('builds a dataset from points and refuses inconsistent ones', () => {
    const d = datasetFromPoints(
      [
        { x: [1, 2, 3], y: [1, 0] },
        { x: [4, 5, 6], y: [0, 1] },
      ],
      'regression',
      'plus-minus',
    );
    expect([d.count, d.inputSize, d.outputSize, d.task, d.labels]).toEqual([2, 3, 2, 'regression', 'plus-minus']);
    expect([...d.inputs, ...d.targets]).toEqual([1, 2, 3, 4, 5, 6, 1, 0, 0, 1]);
    const cases: [unknown, RegExp][] = [
      [[], /^points must be a non-empty list/],
      ['points', /^points must be/],
      [[{ x: [], y: [1] }], /^points\[0\]\.x\.length must be an integer from 1/],
      [[{ x: [1], y: [] }], /^points\[0\]\.y\.length must be/],
      [
        [
          { x: [1, 2], y: [1] },
          { x: [1], y: [0] },
        ],
        /^points\[1\]\.x must be 2 numbers like the first point \(got 1\)/,
      ],
      [
        [
          { x: [1], y: [1] },
          { x: [1], y: [0, 1] },
        ],
        /^points\[1\]\.y must be 1 numbers/,
      ],
      [
        [
          { x: [1], y: [1] },
          { x: [NaN], y: [0] },
        ],
        /^points\[1\]\.x\[0\] must be a finite number from -1000000 to 1000000/,
      ],
      [[{ x: [1], y: [Infinity] }], /^points\[0\]\.y\[0\] must be a finite/],
      [[{ x: [2e6], y: [1] }], /^points\[0\]\.x\[0\] must be/],
    ];
    for (const [points, message] of cases) {
      expect(() => datasetFromPoints(points as never)).toThrow(message);
      expect(() => datasetFromPoints(points as never)).toThrow(EngineInputError);
    }
  });
});
