/**
 * The worker with the new shapes: a softmax network's frames (one output per class, the
 * map as winning class and confidence), its training to > 90% on the three-arm spiral, the
 * step-through's loss phase (−ln of the true class's probability), and a skip network's
 * frames (skip flags, the skips' gradients in the edge scale).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutOf, skipIndex, unitIndex } from '../../src/engine';
import { DEEP_SIGMOID_SKIPS, SPIRAL_3 } from '../../src/lessons/presets';
import { variantOf } from '../../src/store/compare';
import type { TrainerConfig } from '../../src/worker/protocol';
import { FakePage, ROUND_TRIPS_TIMEOUT, isConfigured } from './harness';

vi.setConfig({ testTimeout: 120_000 });

let page: FakePage;
afterEach(() => page?.dispose());

describe('a softmax network in the worker', () => {
  it('streams one output per class, one-hot data, and a map of winning classes and their probabilities', async () => {
    page = new FakePage();
    const m = page.mark();
    const f = await page.request({ type: 'configure', trainers: [SPIRAL_3.config] });
    const configured = await page.eventAfter(m, isConfigured);
    expect(configured.data[0]).toMatchObject({ outputSize: 3, labels: 'one-hot', task: 'classification' });
    const t = f.trainers[0];
    expect(t.layerSizes).toEqual([2, 16, 16, 16, 3]);
    const map = t.outputMap!;
    expect(map.kind).toBe('classes');
    if (map.kind !== 'classes') return;
    expect(map.classes).toBe(3);
    expect(map.winner.length).toBe(map.resolution ** 2);
    expect([...map.winner].every((w) => w >= 0 && w < 3)).toBe(true);
    expect([...map.confidence].every((p) => p >= 1 / 3 - 1e-6 && p <= 1)).toBe(true);
  });

  it('trains the three-arm spiral to more than 90%, train and test', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [SPIRAL_3.config] });
    for (let k = 0; k < 40; k++) await page.request({ type: 'step', unit: 'epoch' });
    const t = page.lastFrame().trainers[0];
    expect(t.trainAccuracy).toBeGreaterThan(0.9);
    expect(t.testAccuracy).toBeGreaterThan(0.9);
    // Three classes, so the map shows all three somewhere.
    const map = [...page.frames()].reverse().find((f) => f.trainers[0].outputMap)!.trainers[0].outputMap!;
    if (map.kind === 'classes') expect(new Set(map.winner).size).toBe(3);
  });

  it(
    'step-through: after the loss phase the example loss is −ln of its true class probability',
    async () => {
      page = new FakePage();
      await page.request({ type: 'configure', trainers: [SPIRAL_3.config] });
      let f = await page.request({ type: 'stepper-enter', example: { kind: 'row', index: 3 } });
      const loss = f.stepper!.phases.findIndex((p) => p.kind === 'loss') + 1;
      f = await page.request({ type: 'stepper-seek', position: loss });
      const t = f.trainers[0];
      const layout = layoutOf(t.layerSizes);
      const c = [...t.probe.target].indexOf(1);
      expect(c).toBeGreaterThanOrEqual(0);
      const p = [0, 1, 2].map((m) => t.probe.a[unitIndex(layout, 3, m)]);
      expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 12);
      expect(t.probe.loss).toBeCloseTo(-Math.log(p[c]), 12);
      // δ is not computed before its phase.
      expect(Number.isNaN(t.probe.delta[unitIndex(layout, 3, 0)])).toBe(true);
    },
    ROUND_TRIPS_TIMEOUT,
  );

  it('refuses a softmax on a regression dataset with one sentence naming the field', async () => {
    page = new FakePage();
    const bad: TrainerConfig = {
      ...SPIRAL_3.config,
      dataset: { ...SPIRAL_3.config.dataset, kind: 'sine', classes: 2 },
    };
    const m = page.mark();
    page.send({ type: 'configure', trainers: [bad] });
    const error = await page.eventAfter(m, (e): e is Extract<typeof e, { type: 'error' }> => e.type === 'error');
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/labels|softmax|output/);
  });
});

describe('a network with skip connections in the worker', () => {
  it('says which layers have skips, sends their gradients, and counts them in the edge scale', async () => {
    page = new FakePage();
    const left = DEEP_SIGMOID_SKIPS.config;
    const f = await page.request({ type: 'configure', trainers: [left, variantOf(left, DEEP_SIGMOID_SKIPS.compare!)] });
    const [plain, skips] = f.trainers;
    expect(plain.skips).toEqual(Array(11).fill(false));
    expect(plain.skipGrads.length).toBe(0);
    expect(skips.skips).toEqual([false, ...Array(9).fill(true), false]);
    const layout = layoutOf(skips.layerSizes, skips.skips);
    expect(skips.skipGrads.length).toBe(9 * 8);
    expect(skips.skipGrads.every(Number.isFinite)).toBe(true);
    for (let l = 1; l <= 9; l++) {
      let max = 0;
      for (let j = 0; j < 8; j++) max = Math.max(max, Math.abs(skips.skipGrads[skipIndex(layout, l, j)]));
      expect(skips.edgeMax[2 * l]).toBeGreaterThanOrEqual(max);
      expect(skips.edgeMax[2 * l + 1]).toBeGreaterThanOrEqual(1);
    }
    // The probe passes ∂L/∂a back through the skips: finite there, NaN where there is none.
    expect(Number.isFinite(skips.probe.dA[unitIndex(layout, 5, 0)])).toBe(true);
    expect(Number.isNaN(skips.probe.dA[unitIndex(layout, 0, 0)])).toBe(true);
  });
});
