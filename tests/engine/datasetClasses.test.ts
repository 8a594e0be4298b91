/**
 * Datasets of K classes with one-hot targets: a spiral with K arms and K Gaussian clusters
 * (3–5 classes), and any two-class dataset encoded one-hot for a softmax over two outputs.
 */
import { describe, expect, it } from 'vitest';
import { EngineInputError, generateDataset } from '../../src/engine';

/** The class of each row of one-hot targets (−1 when a row is not one-hot). */
function classesOf(targets: Float64Array, K: number): number[] {
  return Array.from({ length: targets.length / K }, (_, n) => {
    const row = Array.from(targets.subarray(n * K, n * K + K));
    const ones = row.filter((v) => v === 1).length;
    const zeros = row.filter((v) => v === 0).length;
    return ones === 1 && zeros === K - 1 ? row.indexOf(1) : -1;
  });
}

describe.each(['spiral', 'gaussian'] as const)('%s with K classes', (kind) => {
  it.each([3, 4, 5])('K = %i: one-hot rows, balanced classes, points in the square, seeded', (K) => {
    const d = generateDataset({ kind, count: 600, seed: 4, labels: 'one-hot', classes: K });
    expect([d.outputSize, d.inputSize, d.count, d.task]).toEqual([K, 2, 600, 'classification']);
    const classes = classesOf(d.targets, K);
    expect(classes.includes(-1)).toBe(false);
    for (let c = 0; c < K; c++)
      expect(Math.abs(classes.filter((v) => v === c).length - 600 / K)).toBeLessThanOrEqual(1);
    expect(d.inputs.every((v) => Math.abs(v) < 7.5)).toBe(true);
    expect(generateDataset({ kind, count: 600, seed: 4, labels: 'one-hot', classes: K })).toEqual(d);
  });

  it("K = 3: the classes are learnable: a point's nearest neighbour is of its class (> 95%)", () => {
    const d = generateDataset({ kind, count: 600, seed: 1, labels: 'one-hot', classes: 3 });
    const classes = classesOf(d.targets, 3);
    let same = 0;
    for (let n = 0; n < d.count; n++) {
      let best = -1;
      let bestDist = Infinity;
      for (let k = 0; k < d.count; k++) {
        const dist = (d.inputs[2 * k] - d.inputs[2 * n]) ** 2 + (d.inputs[2 * k + 1] - d.inputs[2 * n + 1]) ** 2;
        if (k !== n && dist < bestDist) [best, bestDist] = [k, dist];
      }
      if (classes[best] === classes[n]) same++;
    }
    expect(same / d.count).toBeGreaterThan(0.95);
  });
});

describe('two classes one-hot', () => {
  it.each(['circle', 'xor', 'gaussian', 'spiral', 'moons'] as const)(
    '%s: the same points as zero-one labels, class 1 = the positive class',
    (kind) => {
      const binary = generateDataset({ kind, count: 300, seed: 7, labels: 'zero-one' });
      const hot = generateDataset({ kind, count: 300, seed: 7, labels: 'one-hot' });
      expect(hot.inputs).toEqual(binary.inputs);
      expect(hot.outputSize).toBe(2);
      classesOf(hot.targets, 2).forEach((c, n) => expect(c).toBe(binary.targets[n]));
    },
  );
});

describe('refused', () => {
  it('more than two classes for a dataset without them, or without one-hot labels', () => {
    expect(() => generateDataset({ kind: 'circle', seed: 1, labels: 'one-hot', classes: 3 })).toThrow(EngineInputError);
    expect(() => generateDataset({ kind: 'spiral', seed: 1, labels: 'zero-one', classes: 3 })).toThrow(
      /dataset\.classes/,
    );
    expect(() => generateDataset({ kind: 'spiral', seed: 1, labels: 'one-hot', classes: 6 })).toThrow(
      /dataset\.classes/,
    );
    expect(() => generateDataset({ kind: 'sine', seed: 1, labels: 'one-hot' })).toThrow(/dataset\.labels/);
  });
});
