/**
 * The loss history stays bounded however long a run goes, yet always shows where the
 * run started and where it is now, with the points in between evenly spaced.
 */
import { describe, expect, it } from 'vitest';
import { LossHistory } from '../../src/store/ringBuffer';

describe('LossHistory', () => {
  it('keeps everything while under capacity', () => {
    const h = new LossHistory(10);
    for (let s = 0; s < 7; s++) h.push(s, 1 / (s + 1), 2 / (s + 1));
    expect(h.size).toBe(7);
    expect(h.toArray().map((p) => p.step)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(h.at(3)).toEqual({ step: 3, train: 1 / 4, test: 2 / 4, trainAccuracy: NaN, testAccuracy: NaN });
    h.push(7, 0.5, 0.6, 0.9, 0.8);
    expect(h.at(7)).toEqual({ step: 7, train: 0.5, test: 0.6, trainAccuracy: 0.9, testAccuracy: 0.8 });
  });

  it('stays within capacity over a million pushes, keeping the first and the latest point, evenly downsampled', () => {
    const capacity = 2000;
    const h = new LossHistory(capacity);
    let maxSize = 0;
    let versions = h.version;
    const N = 1_000_000;
    for (let s = 1; s <= N; s++) {
      h.push(s, 1 / s, 2 / s);
      maxSize = Math.max(maxSize, h.size);
      if (s % 99_991 === 0) {
        // At any moment, not only at the end, the newest point is the last one shown.
        expect(h.at(h.size - 1).step).toBe(s);
        expect(h.version).toBeGreaterThan(versions);
        versions = h.version;
      }
    }
    expect(maxSize).toBeLessThanOrEqual(capacity);
    expect(h.size).toBeGreaterThanOrEqual(capacity / 2 - 1);
    const pts = h.toArray();
    expect(pts[0]).toEqual({ step: 1, train: 1, test: 2, trainAccuracy: NaN, testAccuracy: NaN });
    expect(pts[pts.length - 1]).toEqual({ step: N, train: 1 / N, test: 2 / N, trainAccuracy: NaN, testAccuracy: NaN });
    // Steps increase, with one constant stride between all points except the newest.
    const steps = pts.map((p) => p.step);
    const gaps = steps.slice(1, -1).map((s, k) => s - steps[k]);
    expect(new Set(gaps).size).toBe(1);
    expect(steps[steps.length - 1] - steps[steps.length - 2]).toBeGreaterThan(0);
    expect(steps[steps.length - 1] - steps[steps.length - 2]).toBeLessThanOrEqual(gaps[0]);
    // Each point carries its own losses (no mixing of rows during compaction).
    for (const p of pts) {
      expect(p.train).toBe(1 / p.step);
      expect(p.test).toBe(2 / p.step);
    }
  });

  it('ignores points that do not move forward, and clears', () => {
    const h = new LossHistory(4);
    h.push(5, 1, 1);
    h.push(5, 2, 2);
    h.push(3, 2, 2);
    h.push(NaN, 2, 2);
    expect(h.toArray()).toEqual([{ step: 5, train: 1, test: 1, trainAccuracy: NaN, testAccuracy: NaN }]);
    const v = h.version;
    h.clear();
    expect(h.size).toBe(0);
    expect(h.version).toBeGreaterThan(v);
    h.push(1, 3, 3);
    expect(h.toArray()).toEqual([{ step: 1, train: 3, test: 3, trainAccuracy: NaN, testAccuracy: NaN }]);
  });

  it('a small buffer still holds first and latest through many compactions', () => {
    const h = new LossHistory(5);
    for (let s = 0; s < 1000; s++) {
      h.push(s, s, s);
      expect(h.size).toBeLessThanOrEqual(5);
      expect(h.at(0).step).toBe(0);
      expect(h.at(h.size - 1).step).toBe(s);
    }
  });
});
