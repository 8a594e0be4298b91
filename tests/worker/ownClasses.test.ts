/**
 * Own points with K classes (issue 15): under a softmax a point's class index becomes a
 * one-hot row of K targets, an index at or above K is refused by field, and a softmax
 * network learns three well-separated clusters of clicked points completely.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrainerConfig, TrainerFrame } from '../../src/worker/protocol';
import { customDataset } from '../../src/worker/runData';
import { FakePage, ROUND_TRIPS_TIMEOUT, isConfigured, isError, smallConfig } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

/** Ten points around each of three centres, on a small fixed jitter (no randomness). */
const CENTRES = [
  [-3, -2],
  [3, -2],
  [0, 3],
];
const CLUSTERS = CENTRES.flatMap(([cx, cy], c) =>
  Array.from({ length: 10 }, (_, k) => [cx + ((k % 5) - 2) * 0.3, cy + (Math.floor(k / 5) - 0.5) * 0.6, c]),
);

const ownK = (rows: number[][], classes: number, patch: Partial<TrainerConfig> = {}): TrainerConfig => {
  const base = smallConfig({ output: 'softmax', loss: 'cce', ...patch });
  return {
    ...base,
    dataset: { ...base.dataset, kind: 'custom', testFraction: 0, classes, points: { task: 'classification', rows } },
  };
};

describe('own points with K classes', () => {
  it('become one-hot targets under a softmax, K per point', () => {
    const rows = [
      [1, 2, 2],
      [-1, 0.5, 0],
      [0, 0, 1],
    ];
    const data = customDataset({ task: 'classification', rows }, 'one-hot', 3);
    expect([data.outputSize, data.labels]).toEqual([3, 'one-hot']);
    expect(Array.from(data.targets)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
    // Two classes under a softmax are two outputs too.
    expect(Array.from(customDataset({ task: 'classification', rows: rows.slice(1) }, 'one-hot').targets)).toEqual([
      1, 0, 0, 1,
    ]);
  });

  it('refuse a class index at or above K, and more than two classes without one-hot labels', () => {
    const rows = [[0, 0, 3]];
    expect(() => customDataset({ task: 'classification', rows }, 'one-hot', 3)).toThrow(/class index from 0 to 2/);
    expect(() => customDataset({ task: 'classification', rows }, 'zero-one', 4)).toThrow(/dataset\.classes/);
    expect(() => customDataset({ task: 'classification', rows }, 'one-hot', 6)).toThrow(/dataset\.classes/);
  });

  it('a softmax network learns 30 own points in three clusters to 100% training accuracy', async () => {
    page = new FakePage();
    const m = page.mark();
    page.send({ type: 'configure', trainers: [ownK(CLUSTERS, 3, { optimizer: { kind: 'sgd', learningRate: 0.1 } })] });
    const configured = await page.eventAfter(m, isConfigured);
    expect(configured.data[0]).toMatchObject({ outputSize: 3, labels: 'one-hot' });
    expect(configured.data[0].train.count).toBe(30);
    let frame: TrainerFrame | undefined;
    for (let epoch = 0; epoch < 60 && frame?.trainAccuracy !== 1; epoch++) {
      frame = (await page.request({ type: 'step', unit: 'epoch' })).trainers[0];
    }
    expect(frame?.trainAccuracy).toBe(1);
    // The map shows all three regions, each won around its own cluster.
    const map = frame?.outputMap;
    expect(map?.kind).toBe('classes');
    if (map?.kind !== 'classes') return;
    expect(new Set(map.winner)).toEqual(new Set([0, 1, 2]));
  });

  it('refuses a point of a class the set-up does not have, keeping the network', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [ownK(CLUSTERS, 3)] });
    const m = page.mark();
    page.send({ type: 'configure', trainers: [ownK([...CLUSTERS, [0, 0, 3]], 3)] });
    expect(page.since(m).find(isError)).toMatchObject({ kind: 'invalid', field: 'dataset.points.rows[30][2]' });
    expect(page.since(m).some((e) => e.type === 'configured')).toBe(false);
  });
});
