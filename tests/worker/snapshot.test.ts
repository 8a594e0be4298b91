/**
 * The snapshot command: the worker hands over each trainer's trained state — weights,
 * optimiser moments, counters — transferred, not shared; resuming from it gives a network
 * that predicts identically, with the same optimiser moments. (The order of the next
 * mini-batches is the resumed run's own: the shuffle is not part of the state.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TrainerResume, WorkerEvent } from '../../src/worker/protocol';
import { FakePage, smallConfig } from './harness';

let pages: FakePage[] = [];
afterEach(() => {
  pages.forEach((p) => p.dispose());
  pages = [];
});

const page = () => {
  const p = new FakePage();
  pages.push(p);
  return p;
};
const isSnapshot = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'snapshot' }> => e.type === 'snapshot';

async function snapshotOf(p: FakePage, id: number) {
  const m = p.mark();
  p.send({ type: 'snapshot', id });
  const event = await p.eventAfter(m, isSnapshot);
  const delivered = p.log.find((d) => d.event === event)!;
  return { event, delivered };
}

describe('snapshot', () => {
  it.each(['sgd', 'momentum', 'adam'] as const)(
    'hands over the %s trainer state, transferred, with the id it was asked with',
    async (kind) => {
      const p = page();
      const config = smallConfig({ optimizer: { kind, learningRate: 0.01 } });
      await p.request({ type: 'configure', trainers: [config] });
      await p.request({ type: 'step', unit: 'epoch' });
      const frame = p.lastFrame().trainers[0];
      const { event, delivered } = await snapshotOf(p, 7);
      expect(event.id).toBe(7);
      expect(event.trainers).toHaveLength(1);
      const [t] = event.trainers;
      expect(t.params).toEqual(frame.params);
      expect(t.counters).toEqual({ step: frame.step, epoch: frame.epoch, examplesSeen: frame.examplesSeen });
      expect(t.optimizer!.steps).toBe(frame.step);
      expect(t.optimizer!.velocity.length).toBe(kind === 'sgd' ? 0 : frame.params.length);
      expect(t.optimizer!.secondMoment.length).toBe(kind === 'adam' ? frame.params.length : 0);
      if (kind !== 'sgd') expect(t.optimizer!.velocity.some((v) => v !== 0)).toBe(true);
      // Every array went as a transferable (the worker kept its own copy, so it trains on).
      const posted = delivered.posted as typeof event;
      expect(posted.trainers[0].params.byteLength).toBe(0);
      expect(delivered.transfer).toHaveLength(3);
      const after = await p.request({ type: 'step', unit: 'batch' });
      expect(after.trainers[0].step).toBe(frame.step + 1);
    },
  );

  it('answers with one state per network in compare mode, and none before a configure', async () => {
    const p = page();
    expect((await snapshotOf(p, 1)).event.trainers).toEqual([]);
    await p.request({ type: 'configure', trainers: [smallConfig(), smallConfig({ seed: 2 })] });
    const { event } = await snapshotOf(p, 2);
    expect(event.trainers).toHaveLength(2);
    expect(event.trainers[0].params).not.toEqual(event.trainers[1].params);
  });

  it('resuming from it gives the same weights, predictions, optimiser moments and counters', async () => {
    const config = smallConfig({ optimizer: { kind: 'adam', learningRate: 0.01 } });
    const a = page();
    await a.request({ type: 'configure', trainers: [config] });
    await a.request({ type: 'step', unit: 'epoch' });
    const state: TrainerResume = (await snapshotOf(a, 1)).event.trainers[0];
    const b = page();
    const resumed = await b.request({ type: 'configure', trainers: [config], resume: [state] });
    expect(resumed.trainers[0].params).toEqual(a.lastFrame().trainers[0].params);
    expect(resumed.trainers[0].outputMap).toEqual(a.lastFrame().trainers[0].outputMap ?? resumed.trainers[0].outputMap);
    const stepA = (await snapshotOf(a, 2)).event.trainers[0];
    const stepB = (await snapshotOf(b, 2)).event.trainers[0];
    expect(stepB.optimizer).toEqual(stepA.optimizer);
    expect(stepB.counters).toEqual(stepA.counters);
  });
});
