/**
 * Stepping by batch and by epoch, and live hyper-parameter changes: the counters move by
 * exactly what a student asked for, and a new learning rate takes effect on the next
 * step without reinitialising anything (checked against a replay with the engine).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS, createTrainer, reconfigureOptimizer, trainerStep, type OptimizerConfig } from '../../src/engine';
import type { TrainerData } from '../../src/worker/protocol';
import { engineReplica, FakePage, isConfigured, isError, smallConfig, ROUND_TRIPS_TIMEOUT } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

async function configured(config = smallConfig()): Promise<TrainerData> {
  const m = page.mark();
  page.send({ type: 'configure', trainers: [config] });
  await page.frameAfter(m);
  return page.since(m).find(isConfigured)!.data[0];
}

describe('step', () => {
  it("'epoch' trains one pass over the training set; 'batch' one mini-batch", async () => {
    page = new FakePage();
    const batchSize = 10;
    const data = await configured(smallConfig({ batchSize }));
    const n = data.train.count;
    expect(n % batchSize).not.toBe(0); // the last batch of an epoch is a short one
    const start = page.lastFrame().trainers[0];
    expect([start.step, start.epoch, start.examplesSeen]).toEqual([0, 0, 0]);

    const e1 = (await page.request({ type: 'step', unit: 'epoch' })).trainers[0];
    expect(e1.epoch).toBe(1);
    expect(e1.step).toBe(Math.ceil(n / batchSize));
    expect(e1.examplesSeen).toBe(n);
    expect(e1.params).not.toEqual(start.params);

    const b1 = (await page.request({ type: 'step', unit: 'batch' })).trainers[0];
    expect(b1.step).toBe(e1.step + 1);
    expect(b1.examplesSeen).toBe(e1.examplesSeen + batchSize);
    expect(b1.epoch).toBe(1);
    expect(b1.params).not.toEqual(e1.params);

    // From the middle of an epoch, 'epoch' finishes that epoch.
    const e2 = (await page.request({ type: 'step', unit: 'epoch' })).trainers[0];
    expect(e2.epoch).toBe(2);
    expect(e2.examplesSeen).toBe(2 * n);
    expect(e2.step).toBe(2 * Math.ceil(n / batchSize));

    // And from the boundary again, exactly one more epoch.
    const e3 = (await page.request({ type: 'step', unit: 'epoch' })).trainers[0];
    expect(e3.epoch).toBe(3);
    expect(e3.step - e2.step).toBe(Math.ceil(n / batchSize));
    expect(e3.examplesSeen - e2.examplesSeen).toBe(n);
  });

  it('a live batch-size change applies to the next step', async () => {
    page = new FakePage();
    await configured();
    page.send({ type: 'set-batch-size', batchSize: 7 });
    const before = page.lastFrame().trainers[0];
    const after = (await page.request({ type: 'step', unit: 'batch' })).trainers[0];
    expect(after.step).toBe(before.step + 1);
    expect(after.examplesSeen).toBe(before.examplesSeen + 7);
  });

  it('a batch larger than the training set trains on the whole set', async () => {
    page = new FakePage();
    const data = await configured(smallConfig({ batchSize: 500 }));
    const f = (await page.request({ type: 'step', unit: 'batch' })).trainers[0];
    expect(f.examplesSeen).toBe(data.train.count);
    expect(f.epoch).toBe(1);
  });
});

describe('set-optimizer', () => {
  for (const optimizer of [
    { kind: 'sgd', learningRate: 0.05 },
    { kind: 'adam', learningRate: 0.01 },
  ] as OptimizerConfig[]) {
    it(`changes the ${optimizer.kind} learning rate live, matching an engine replay`, async () => {
      page = new FakePage();
      const config = smallConfig({ optimizer });
      await configured(config);
      for (let k = 0; k < 3; k++) await page.request({ type: 'step', unit: 'batch' });
      const before = page.lastFrame().trainers[0];
      expect(before.step).toBe(3);

      // The change itself touches neither the weights nor the counters.
      const changed = (await page.request({ type: 'set-optimizer', patch: { learningRate: 0.5 } })).trainers[0];
      expect(changed.step).toBe(3);
      expect(changed.examplesSeen).toBe(before.examplesSeen);
      expect(changed.params).toEqual(before.params);

      const after = (await page.request({ type: 'step', unit: 'batch' })).trainers[0];
      expect(after.step).toBe(4);

      // Replay: the same network, data, shuffling and optimiser, driven by the engine alone.
      const { net, optimizer: opt, train } = engineReplica(config);
      const trainer = createTrainer(net, opt, train, config.batchSize, config.seed + 2);
      for (let k = 0; k < 3; k++) trainerStep(trainer);
      expect(net.params).toEqual(before.params);
      trainer.optimizer = reconfigureOptimizer(net, trainer.optimizer, { learningRate: 0.5 });
      trainerStep(trainer);
      expect(after.params).toEqual(net.params);

      if (optimizer.kind === 'sgd') {
        // w_new = w_old − η·∂L/∂w with the new η, the frame's gradients being this step's.
        expect(after.params).toEqual(before.params.map((w, k) => w - 0.5 * after.grads[k]));
      }
    });
  }

  it('a rate outside the one limits table is refused and the run keeps its rate; the smallest rate barely moves the weights', async () => {
    page = new FakePage();
    await configured();
    await page.request({ type: 'step', unit: 'batch' });
    const m = page.mark();
    page.send({ type: 'set-optimizer', patch: { learningRate: 0 } });
    const refused = await page.eventAfter(m, isError);
    expect(refused).toMatchObject({ kind: 'invalid', field: 'learningRate', command: 'set-optimizer' });
    expect(refused.message).toContain(`from ${LIMITS.learningRate.min} to ${LIMITS.learningRate.max}`);

    await page.request({ type: 'set-optimizer', patch: { learningRate: LIMITS.learningRate.min } });
    const slow = page.lastFrame().trainers[0];
    expect(slow.optimizer.learningRate).toBe(LIMITS.learningRate.min);
    const after = (await page.request({ type: 'step', unit: 'epoch' })).trainers[0];
    expect(after.step).toBeGreaterThan(slow.step);
    const moved = Math.max(...after.params.map((p, k) => Math.abs(p - slow.params[k])));
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(1e-3);

    await page.request({ type: 'set-optimizer', patch: { learningRate: 0.1 } });
    const moving = (await page.request({ type: 'step', unit: 'batch' })).trainers[0];
    expect(Math.max(...moving.params.map((p, k) => Math.abs(p - after.params[k])))).toBeGreaterThan(1e-3);
  });

  it('switching the optimiser kind keeps the weights', async () => {
    page = new FakePage();
    await configured();
    const before = (await page.request({ type: 'step', unit: 'batch' })).trainers[0];
    const switched = (await page.request({ type: 'set-optimizer', patch: { kind: 'momentum' } })).trainers[0];
    expect(switched.params).toEqual(before.params);
    expect(switched.step).toBe(before.step);
  });
});
