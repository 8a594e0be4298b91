/**
 * The worker's side of issue 11: own points become the training data (class indices as
 * the output's targets, a test split by position that an added point does not reshuffle),
 * bad points are refused by field with the old network left running, and a snapshot hands
 * back exactly the state a configure can resume (transferred, not copied).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrainerConfig, WorkerEvent } from '../../src/worker/protocol';
import { customDataset, isTestPosition } from '../../src/worker/runData';
import { FakePage, ROUND_TRIPS_TIMEOUT, isConfigured, isError, smallConfig } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

const own = (rows: number[][], patch: Partial<TrainerConfig> = {}): TrainerConfig => {
  const base = smallConfig(patch);
  return {
    ...base,
    dataset: { ...base.dataset, kind: 'custom', testFraction: 0.25, points: { task: 'classification', rows } },
  };
};
const isSnapshot = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'snapshot' }> => e.type === 'snapshot';

describe('own points in the worker', () => {
  it('map class indices to the targets of the output activation (0/1 under sigmoid, −1/1 under tanh)', () => {
    const rows = [
      [1, 2, 1],
      [-1, 0.5, 0],
    ];
    expect(Array.from(customDataset({ task: 'classification', rows }, 'zero-one').targets)).toEqual([1, 0]);
    expect(Array.from(customDataset({ task: 'classification', rows }, 'plus-minus').targets)).toEqual([1, -1]);
    const line = customDataset({ task: 'regression', rows: [[0.5, -2]] }, 'zero-one');
    expect([line.inputSize, line.task, line.targets[0]]).toEqual([1, 'regression', -2]);
  });

  it('split by position: the test points stay the same ones when points are added', () => {
    const tests = (n: number) => Array.from({ length: n }, (_, k) => k).filter((k) => isTestPosition(k, 0.25));
    expect(tests(8)).toEqual([3, 7]);
    expect(tests(9).slice(0, 2)).toEqual(tests(8));
  });

  it('trains on them; refuses a bad point by field and keeps the running network', async () => {
    page = new FakePage();
    const rows = Array.from({ length: 8 }, (_, k) => [k - 4, (k % 3) - 1, k < 4 ? 0 : 1]);
    const m = page.mark();
    page.send({ type: 'configure', trainers: [own(rows)] });
    const configured = await page.eventAfter(m, isConfigured);
    expect(configured.data[0].train.count).toBe(6);
    expect(configured.data[0].test.count).toBe(2);
    // Points 3 and 7 (every fourth) are the test points.
    expect(Array.from(configured.data[0].test.inputs)).toEqual([-1, -1, 3, 0]);
    const trained = await page.request({ type: 'step', unit: 'epoch' });
    expect(trained.trainers[0].epoch).toBe(1);
    expect(trained.trainers[0].trainLoss).toBeLessThan(Infinity);

    const m1 = page.mark();
    page.send({ type: 'configure', trainers: [own([...rows, [0, 0, 3]])] });
    expect(page.since(m1).find(isError)).toMatchObject({ kind: 'invalid', field: 'dataset.points.rows[8][2]' });
    page.send({ type: 'configure', trainers: [own([])] });
    expect(page.since(m1).filter(isError)[1]).toMatchObject({ field: 'dataset.points' });
    expect(page.since(m1).some((e) => e.type === 'configured')).toBe(false);
  });

  it('a snapshot returns every trainer’s weights, moments and counters, which a configure resumes exactly', async () => {
    page = new FakePage();
    const config = smallConfig({ optimizer: { kind: 'adam', learningRate: 0.01 } });
    await page.request({ type: 'configure', trainers: [config] });
    await page.request({ type: 'step', unit: 'epoch' });
    const m = page.mark();
    page.send({ type: 'snapshot', id: 7 });
    const snap = await page.eventAfter(m, isSnapshot);
    const delivered = page.log.find((d) => d.event === snap)!;
    expect(delivered.transfer).toHaveLength(3);
    expect(snap.id).toBe(7);
    expect(snap.configs).toEqual([config]);
    const state = snap.trainers[0];
    expect(state.counters.epoch).toBe(1);
    expect(state.optimizer.steps).toBe(state.counters.step);
    expect(state.optimizer.secondMoment.length).toBe(state.params.length);

    const other = new FakePage();
    try {
      await other.request({ type: 'configure', trainers: [config], resume: [state] });
      const m2 = other.mark();
      other.send({ type: 'snapshot', id: 1 });
      const back = (await other.eventAfter(m2, isSnapshot)).trainers[0];
      expect(back).toEqual(state);
      expect(other.lastFrame().trainers[0].params).toEqual(state.params);
    } finally {
      other.dispose();
    }
  });
});
