/** The exploding-gradients preset: the page is warned before the loss turns NaN. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, EXPLODING } from '../../src/lessons/presets';
import type { WorkerEvent } from '../../src/worker/protocol';
import { FakePage, ROUND_TRIPS_TIMEOUT } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

const isAlarm = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'alarm' }> => e.type === 'alarm';
const isWarning = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'warning' }> => e.type === 'warning';

describe('exploding gradients', () => {
  it('warns (|δ| growing toward the input) before the run diverges, then pauses before any weight overflows', async () => {
    page = new FakePage();
    const m = page.mark();
    page.send({ type: 'configure', trainers: [EXPLODING.config] });
    const warning = await page.eventAfter(m, isWarning);
    expect(warning.message).toMatch(/Exploding gradients/);
    expect(warning.message).toMatch(/grows \d+× from the output back to the first layer/);
    expect(page.errors()).toHaveLength(0);
    page.send({ type: 'play' });
    const alarm = await page.eventAfter(m, isAlarm);
    expect(alarm.alarm).toMatchObject({ kind: 'overflow', cause: 'weights' });
    const events = page.since(m);
    expect(events.indexOf(warning)).toBeLessThan(events.indexOf(alarm));
    expect(page.errors()).toHaveLength(0);
  });

  it('does not warn for a healthy network', async () => {
    page = new FakePage();
    const m = page.mark();
    await page.request({ type: 'configure', trainers: [DEEP_SIGMOID_VS_RELU.config] });
    for (let k = 0; k < 3; k++) await page.request({ type: 'step', unit: 'epoch' });
    expect(page.since(m).filter(isWarning)).toHaveLength(0);
  });
});
