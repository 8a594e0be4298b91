import { describe, expect, it } from 'vitest';
import { formatTimes } from '../../../src/views/kit/format';
import {
  MAX_DECADES,
  layerValues,
  logDomain,
  ratioReadout,
  sigmoidBounds,
  smoothLog,
  thinSeries,
} from '../../../src/views/lens/gradientSeries';

describe('gradient chart numbers', () => {
  it('reads a metric per layer out of the flat stats', () => {
    const stats = Float64Array.of(1, 2, 3, 4, 5, 10, 20, 30, 40, 50);
    expect(layerValues(stats, 'meanAbsGrad')).toEqual([1, 10]);
    expect(layerValues(stats, 'gradNorm')).toEqual([2, 20]);
  });

  it('bounds only sigmoid layers, multiplying dfMax of every hidden layer between them and the output', () => {
    const values = [1e-6, 1e-4, 1e-3, 0.08];
    expect(sigmoidBounds(values, ['sigmoid', 'sigmoid', 'sigmoid', 'sigmoid'])).toEqual([
      0.08 / 64,
      0.08 / 16,
      0.08 / 4,
      0.08,
    ]);
    // A ReLU layer (dfMax 1) gets no bound of its own and does not shrink the ones before it.
    expect(sigmoidBounds(values, ['sigmoid', 'relu', 'sigmoid', 'sigmoid'])).toEqual([0.08 / 16, null, 0.08 / 4, 0.08]);
    expect(sigmoidBounds(values, ['relu', 'relu', 'relu', 'sigmoid'])).toEqual([null, null, null, null]);
    expect(sigmoidBounds([0, 0], ['sigmoid', 'sigmoid'])).toEqual([null, null]);
  });

  it('says N× smaller or larger, with N readable', () => {
    expect(ratioReadout([1e-6, 1.2e-2])).toMatchObject({
      kind: 'vanishing',
      sentence: "First layer's gradient is 12,000× smaller than the last.",
    });
    expect(ratioReadout([0.3, 0.1]).sentence).toBe("First layer's gradient is 3× larger than the last.");
    expect(ratioReadout([0.3, 0.1]).kind).toBe('even');
    expect(ratioReadout([50, 0.1]).kind).toBe('exploding');
    expect(ratioReadout([0.1, 0.1]).sentence).toMatch(/about the same size/);
    expect(ratioReadout([0, 0.1]).sentence).toMatch(/vanished completely/);
    expect(ratioReadout([NaN, 0.1]).sentence).toMatch(/⚠ A layer's gradient overflowed/);
    expect(ratioReadout([0, 0]).sentence).toMatch(/No gradient/);
    expect([2.53, 34.4, 347, 21_345, 2.34e6, 5.6e9, 4.5e13].map(formatTimes)).toEqual([
      '2.5',
      '34',
      '350',
      '21,000',
      '2.3 million',
      '5.6 billion',
      '4.5 × 10¹³',
    ]);
  });

  it('spans whole decades, at most MAX_DECADES of them', () => {
    expect(logDomain([3e-6, 0, NaN, 0.02])).toEqual([1e-6, 0.1]);
    expect(logDomain([0.01])).toEqual([1e-3, 0.01]);
    expect(logDomain([])).toEqual([1e-6, 1]);
    const [lo, hi] = logDomain([1e-40, 1]);
    expect(Math.round(Math.log10(hi / lo))).toBe(MAX_DECADES);
  });

  it('smooths as a geometric moving mean and keeps gaps', () => {
    const out = smoothLog(
      [
        [0, 1e-2],
        [1, 1e-4],
        [2, 1e-6],
        [3, 0],
      ],
      1,
    );
    expect(out[1][1]).toBeCloseTo(1e-4, 12);
    expect(out[0][1]).toBeCloseTo(1e-3, 12);
    expect(out[3]).toEqual([3, 0]);
  });
});

describe('thinSeries', () => {
  const line = (n: number, value: (k: number) => number): [number, number][] =>
    Array.from({ length: n }, (_, k) => [k * 10, value(k)]);

  it('keeps a short line whole, and thins a long one to about one point per pixel with both ends', () => {
    const short = line(100, (k) => 1 + k);
    expect(thinSeries(short, 150)).toEqual(short);
    const long = line(600, (k) => 10 ** (-3 + Math.sin(k / 50)));
    const thin = thinSeries(long, 150);
    expect(thin.length).toBeGreaterThanOrEqual(140);
    expect(thin.length).toBeLessThanOrEqual(151);
    expect(thin[0]).toEqual(long[0]);
    expect(thin[thin.length - 1]).toEqual(long[599]);
    // Points only, in order, from the line itself.
    for (let k = 1; k < thin.length; k++) expect(thin[k][0]).toBeGreaterThan(thin[k - 1][0]);
    expect(thin.every((p) => long.includes(p))).toBe(true);
  });

  it('keeps every gap where it was: each point that cannot be drawn and the points beside it', () => {
    const bad = new Set([101, 102, 103, 350, 599]);
    const long = line(600, (k) => (bad.has(k) ? (k === 350 ? Infinity : NaN) : 1e-3 * (1 + (k % 7))));
    const thin = thinSeries(long, 100);
    const kept = new Set(thin.map(([step]) => step / 10));
    for (const k of [100, 101, 102, 103, 104, 349, 350, 351, 598, 599]) expect(kept.has(k)).toBe(true);
    expect(thin.length).toBeLessThanOrEqual(100 + 10);
  });
});
