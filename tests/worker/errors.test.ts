/**
 * Failures reach the page as messages, never as a silent stop: a refused command names
 * the field and leaves the running network alone; an unknown command is a crash report;
 * a diverging run pauses and says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrainerConfig, WorkerEvent } from '../../src/worker/protocol';
import { FakePage, isError, isState, smallConfig, ROUND_TRIPS_TIMEOUT } from './harness';

const isAlarm = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'alarm' }> => e.type === 'alarm';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

describe('errors', () => {
  it('an impossible layer size is refused by field while the old network keeps training', async () => {
    page = new FakePage();
    const good = smallConfig();
    await page.request({ type: 'configure', trainers: [good] });
    const sizes = page.lastFrame().trainers[0].layerSizes;
    expect(sizes).toEqual([2, 4, 3, 1]);
    const m0 = page.mark();
    page.send({ type: 'play' });
    await page.frameAfter(m0, (f) => f.trainers[0].step > 0);

    const m1 = page.mark();
    const bad: TrainerConfig = { ...good, hidden: [{ units: 0, activation: 'tanh' }] };
    page.send({ type: 'configure', trainers: [bad] });
    const err = page.since(m1).find(isError);
    expect(err).toMatchObject({ type: 'error', kind: 'invalid', field: 'layers[0].units' });
    expect(err!.message).toMatch(/layers\[0\]\.units must be an integer from 1 to \d+ \(got 0\)/);
    expect(page.since(m1).some((e) => e.type === 'configured')).toBe(false);

    const stepAtError = page.lastFrame().trainers[0].step;
    await vi.waitFor(
      () => {
        const later = page.framesSince(m1);
        expect(later.length).toBeGreaterThanOrEqual(2);
        expect(later[later.length - 1].trainers[0].step).toBeGreaterThan(stepAtError);
      },
      { timeout: 10_000, interval: 5 },
    );
    for (const f of page.framesSince(m1)) {
      expect(f.playing).toBe(true);
      expect(f.trainers[0].layerSizes).toEqual(sizes);
      expect(f.trainers[0].step).toBeGreaterThanOrEqual(stepAtError);
    }
  });

  it('other refused settings name their field and change nothing', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [smallConfig()] });
    const before = page.lastFrame().trainers[0];
    const cases: [unknown, string][] = [
      [{ type: 'step', unit: 'banana' }, 'unit'],
      [{ type: 'set-optimizer', patch: { learningRate: NaN } }, 'learningRate'],
      [{ type: 'set-batch-size', batchSize: 0 }, 'batchSize'],
      [{ type: 'set-speed', speed: -3 }, 'speed'],
      [{ type: 'stepper-enter', example: { kind: 'row', index: 10_000 } }, 'example'],
      [{ type: 'stepper-enter', example: { kind: 'custom', input: [1], target: [0] } }, 'example.input'],
      [{ type: 'configure', trainers: [] }, 'trainers'],
      [{ type: 'configure', trainers: [{ ...smallConfig(), loss: 'bce' }] }, 'layers[2].activation'],
      [{ type: 'set-optimizer', patch: { learningRate: 0.1 }, trainer: 3 }, 'trainer'],
    ];
    for (const [cmd, field] of cases) {
      const m = page.mark();
      page.sendRaw(cmd);
      const errors = page.since(m).filter(isError);
      expect(errors, JSON.stringify(cmd)).toHaveLength(1);
      expect(errors[0], JSON.stringify(cmd)).toMatchObject({ kind: 'invalid', field });
      expect(errors[0].message).toContain(field);
    }
    const after = await page.request({ type: 'select-weight', weight: null });
    expect(after.trainers[0].step).toBe(before.step);
    expect(after.trainers[0].params).toEqual(before.params);
    expect(after.stepper).toBeNull();
    // The learning rate was left as it was: a step moves the weights by 0.05 · gradient.
    const stepped = (await page.request({ type: 'step', unit: 'batch' })).trainers[0];
    expect(stepped.examplesSeen).toBe(10);
    expect(stepped.params).toEqual(before.params.map((w, k) => w - 0.05 * stepped.grads[k]));
  });

  it('an unknown or malformed command is reported as a crash, and the session goes on', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [smallConfig()] });
    for (const cmd of [{ type: 'launch-rockets' }, null, 42]) {
      const m = page.mark();
      expect(() => page.sendRaw(cmd)).not.toThrow();
      const errors = page.since(m).filter(isError);
      expect(errors).toHaveLength(1);
      expect(errors[0].kind).toBe('crash');
      expect(errors[0].message.length).toBeGreaterThan(0);
    }
    expect(page.errors()[0].message).toContain('launch-rockets');
    const f = await page.request({ type: 'step', unit: 'batch' });
    expect(f.trainers[0].step).toBe(1);
  });

  it('a diverging run is caught before its weights overflow, and pauses', async () => {
    page = new FakePage();
    const wild = smallConfig({
      hidden: [
        { units: 8, activation: 'relu' },
        { units: 8, activation: 'relu' },
      ],
      output: 'linear',
      init: { kind: 'he', scale: 10 },
      optimizer: { kind: 'sgd', learningRate: 10 },
      dataset: { kind: 'sine', count: 100, noise: 0, testFraction: 0.2 },
    });
    await page.request({ type: 'configure', trainers: [wild] });
    const m = page.mark();
    page.send({ type: 'play' });
    const { alarm } = await page.eventAfter(m, isAlarm);
    expect(alarm.kind).toBe('overflow');
    expect(page.since(m).filter(isError)).toHaveLength(0);
    const states = page
      .since(m)
      .filter(isState)
      .map((s) => s.playing);
    expect(states).toEqual([true, false]);
    await page.idle(200);
    const last = page.framesSince(m).at(-1)!;
    expect(last.playing).toBe(false);
    const m2 = page.mark();
    await page.idle(200);
    expect(page.framesSince(m2)).toHaveLength(0);

    // Stepping an epoch stops at the divergence too instead of training on NaN.
    await page.request({ type: 'reset' });
    const m3 = page.mark();
    const f = await page.request({ type: 'step', unit: 'epoch' });
    expect(page.since(m3).filter(isAlarm)).toHaveLength(1);
    expect(f.trainers[0].epoch).toBe(0);
    expect(f.trainers[0].params.every(Number.isFinite)).toBe(true);
  });
});
