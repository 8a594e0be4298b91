/**
 * Compare mode in the worker: two trainers in lockstep on the same data, and the lecture
 * preset's verdict (deep sigmoid gradients vanish toward the input, deep ReLU's do not).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAYER_STAT_FIELDS } from '../../src/engine';
import { DEEP_SIGMOID_VS_RELU } from '../../src/lessons/presets';
import { variantOf } from '../../src/store/compare';
import type { TrainerFrame } from '../../src/worker/protocol';
import { FakePage, ROUND_TRIPS_TIMEOUT } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

/** First layer's mean |∂L/∂W| over the last layer's, from the frame's statistics (as the chart shows). */
function firstToLast(t: TrainerFrame): number {
  const F = LAYER_STAT_FIELDS.length;
  const layers = t.stats.length / F;
  return t.stats[0] / t.stats[(layers - 1) * F];
}

describe('compare mode', () => {
  it('keeps both networks on the same step count and the same data order', async () => {
    page = new FakePage();
    const left = DEEP_SIGMOID_VS_RELU.config;
    // The "changed" setting is given the same value, so any difference could only come from the data order.
    const right = variantOf(left, { field: 'learningRate', value: left.optimizer.learningRate });
    await page.request({ type: 'configure', trainers: [left, right] });
    for (let k = 0; k < 3; k++) await page.request({ type: 'step', unit: 'epoch' });
    const f = await page.request({ type: 'step', unit: 'batch' });
    const [a, b] = f.trainers;
    expect(a.step).toBeGreaterThan(100);
    expect([b.step, b.epoch, b.examplesSeen]).toEqual([a.step, a.epoch, a.examplesSeen]);
    expect(b.params).toEqual(a.params);
    expect(b.grads).toEqual(a.grads);
  });

  it('plays in lockstep: every frame shows both trainers at the same step', async () => {
    page = new FakePage();
    const left = DEEP_SIGMOID_VS_RELU.config;
    await page.request({ type: 'configure', trainers: [left, variantOf(left, DEEP_SIGMOID_VS_RELU.compare!)] });
    const m = page.mark();
    page.send({ type: 'play' });
    await page.frameAfter(m, (f) => f.trainers[0].step > 300);
    page.send({ type: 'pause' });
    const frames = page.framesSince(m);
    expect(frames.length).toBeGreaterThan(1);
    for (const f of frames) expect(f.trainers[1].step).toBe(f.trainers[0].step);
  });

  it('the deep sigmoid vs deep ReLU preset: sigmoid first/last < 1/100, ReLU > 1/10 after a fixed number of steps', async () => {
    page = new FakePage();
    const left = DEEP_SIGMOID_VS_RELU.config;
    await page.request({ type: 'configure', trainers: [left, variantOf(left, DEEP_SIGMOID_VS_RELU.compare!)] });
    for (let k = 0; k < 5; k++) await page.request({ type: 'step', unit: 'epoch' });
    const f = page.lastFrame();
    expect(f.trainers[0].step).toBe(200); // 5 epochs of 400 training points in batches of 10
    expect(firstToLast(f.trainers[0])).toBeLessThan(1 / 100);
    expect(firstToLast(f.trainers[1])).toBeGreaterThan(1 / 10);
  });
});
