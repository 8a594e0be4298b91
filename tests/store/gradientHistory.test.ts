/**
 * The gradient history stays bounded however long a run goes, keeps the first and the
 * newest step with evenly spaced samples in between, and follows the runs in the frames.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { LAYER_STAT_FIELDS } from '../../src/engine';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { GradientHistory } from '../../src/store/gradientHistory';
import { initialHistories, recordFrame, resetHistories, type HistoriesState } from '../../src/store/histories';
import type { Frame, TrainerFrame } from '../../src/worker/protocol';

const F = LAYER_STAT_FIELDS.length;

/** Stats whose every number encodes (step, layer, field), so a mix-up shows. */
function statsOf(step: number, layers: number): Float64Array {
  return Float64Array.from({ length: layers * F }, (_, q) => step + Math.floor(q / F) / 10 + (q % F) / 100);
}

function frameOf(steps: number[], layers = 3): Frame {
  const trainers = steps.map((step) => ({
    step,
    layerSizes: [2, ...Array(layers - 1).fill(4), 1],
    stats: statsOf(step, layers),
  }));
  return {
    id: 1,
    playing: true,
    examplesPerSecond: 0,
    trainers: trainers as unknown as TrainerFrame[],
    stepper: null,
    weight: null,
  };
}

describe('GradientHistory', () => {
  it('keeps every step under capacity, per layer and field', () => {
    const h = new GradientHistory(3, 10);
    for (let s = 1; s <= 6; s++) h.push(s, statsOf(s, 3));
    expect(h.size).toBe(6);
    expect(h.series(2, 'gradNorm')).toEqual([1, 2, 3, 4, 5, 6].map((s) => [s, s + 0.2 + 0.01]));
    expect(h.valueAt(4, 1, 'meanAbsGrad')).toBe(5 + 0.1);
  });

  it('stays within capacity over 100,000 steps, keeping the first and newest step, evenly downsampled', () => {
    const capacity = 200;
    const h = new GradientHistory(2, capacity);
    let maxSize = 0;
    for (let s = 1; s <= 100_000; s++) {
      h.push(s, statsOf(s, 2));
      maxSize = Math.max(maxSize, h.size);
      if (s % 7919 === 0) expect(h.lastStep).toBe(s);
    }
    expect(maxSize).toBeLessThanOrEqual(capacity);
    expect(h.size).toBeGreaterThanOrEqual(capacity / 2 - 1);
    const steps = Array.from({ length: h.size }, (_, k) => h.stepAt(k));
    expect(steps[0]).toBe(1);
    expect(steps[steps.length - 1]).toBe(100_000);
    const gaps = steps.slice(1, -1).map((s, k) => s - steps[k]);
    expect(new Set(gaps).size).toBe(1);
    // The values travelled with their steps through every compaction.
    steps.forEach((s, k) => expect(h.valueAt(k, 1, 'meanAbsDelta')).toBe(s + 0.1 + 0.02));
  });

  it('ignores repeated or older steps', () => {
    const h = new GradientHistory(1, 10);
    h.push(5, statsOf(5, 1));
    const version = h.version;
    h.push(5, statsOf(9, 1));
    h.push(3, statsOf(3, 1));
    expect(h.size).toBe(1);
    expect(h.version).toBe(version);
  });
});

describe('recordFrame', () => {
  let store: StoreApi<HistoriesState>;
  beforeEach(() => {
    store = createStore<HistoriesState>(initialHistories);
  });

  it('keeps one gradient history per trainer and bumps the gradient version when they grow', () => {
    const v0 = store.getState().gradientVersion;
    recordFrame(store, frameOf([0, 0]));
    recordFrame(store, frameOf([4, 4]));
    recordFrame(store, frameOf([4, 4]));
    const { gradients, gradientVersion } = store.getState();
    expect(gradients).toHaveLength(2);
    expect(gradients.map((h) => h.size)).toEqual([2, 2]);
    expect(gradientVersion).toBe(v0 + 2);
  });

  it('starts afresh on a reset (step goes back) or a new depth, and on a new run', () => {
    recordFrame(store, frameOf([10]));
    recordFrame(store, frameOf([20]));
    recordFrame(store, frameOf([0]));
    expect(store.getState().gradients[0].size).toBe(1);
    recordFrame(store, frameOf([1], 5));
    const h = store.getState().gradients[0];
    expect([h.layers, h.size]).toEqual([5, 1]);
    resetHistories(store, 1);
    expect(store.getState().gradients).toEqual([]);
    expect(store.getState().loss).toHaveLength(1);
  });
});
