/**
 * The worker protocol as a page sees it: configure, play, pause, reset, and how frames
 * travel (transferred buffers, one frame in flight until the page acknowledges it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACK_TIMEOUT_MS } from '../../src/worker/session';
import { transferablesOf, type Frame, type TrainerFrame } from '../../src/worker/frameContract';
import { FakePage, isConfigured, isState, smallConfig, ROUND_TRIPS_TIMEOUT } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

describe('protocol round-trip', () => {
  it('configure → play streams growing counters; pause stops them (a light frame at once, then the full one)', async () => {
    page = new FakePage();
    const m0 = page.mark();
    page.send({ type: 'configure', trainers: [smallConfig()] });
    const configured = await page.eventAfter(m0, isConfigured);
    expect(configured.configs).toHaveLength(1);
    expect(configured.data[0].inputSize).toBe(2);
    const first = await page.frameAfter(m0);
    expect(first.playing).toBe(false);
    expect(first.trainers[0].step).toBe(0);

    const m1 = page.mark();
    page.send({ type: 'play' });
    expect(page.since(m1)[0]).toEqual({ type: 'state', playing: true });
    // Frames keep coming and their counters grow.
    await vi.waitFor(
      () => {
        const steps = page.framesSince(m1).map((f) => f.trainers[0].step);
        expect(steps.length).toBeGreaterThanOrEqual(3);
        expect(steps[steps.length - 1]).toBeGreaterThan(steps[0]);
      },
      { timeout: 10_000, interval: 5 },
    );
    const playing = page.framesSince(m1);
    for (let k = 1; k < playing.length; k++) {
      expect(playing[k].id).toBeGreaterThan(playing[k - 1].id);
      expect(playing[k].trainers[0].step).toBeGreaterThanOrEqual(playing[k - 1].trainers[0].step);
      expect(playing[k].trainers[0].examplesSeen).toBeGreaterThanOrEqual(playing[k - 1].trainers[0].examplesSeen);
    }

    const m2 = page.mark();
    page.send({ type: 'pause' });
    const afterPause = page.since(m2);
    expect(afterPause[0]).toEqual({ type: 'state', playing: false });
    await page.idle(300);
    const framesAfterPause = page.framesSince(m2);
    expect(framesAfterPause.length).toBeGreaterThanOrEqual(1);
    expect(framesAfterPause.length).toBeLessThanOrEqual(2);
    expect(framesAfterPause.every((f) => !f.playing)).toBe(true);
    // Both show the step training stopped at; the last one carries a fresh evaluation.
    expect(new Set(framesAfterPause.map((f) => f.trainers[0].step)).size).toBe(1);
    const full = framesAfterPause[framesAfterPause.length - 1].trainers[0];
    expect(full.evalStep).toBe(full.step);
    expect(page.since(m2).filter(isState)).toHaveLength(1);
    const stopped = page.lastFrame().trainers[0];

    // Nothing more arrives by itself, and asking for a fresh frame shows the same counters.
    const m3 = page.mark();
    await page.idle(300);
    expect(page.since(m3)).toHaveLength(0);
    const fresh = await page.request({ type: 'select-weight', weight: null });
    expect(fresh.playing).toBe(false);
    expect(fresh.trainers[0].step).toBe(stopped.step);
    expect(fresh.trainers[0].examplesSeen).toBe(stopped.examplesSeen);
    expect(fresh.trainers[0].params).toEqual(stopped.params);
  });

  it('play and pause are idempotent: a repeated command sends no second state event', async () => {
    page = new FakePage();
    page.send({ type: 'configure', trainers: [smallConfig()] });
    const m = page.mark();
    page.send({ type: 'pause' });
    page.send({ type: 'play' });
    page.send({ type: 'play' });
    page.send({ type: 'pause' });
    page.send({ type: 'pause' });
    expect(
      page
        .since(m)
        .filter(isState)
        .map((e) => e.playing),
    ).toEqual([true, false]);
  });
});

function sameTrainerFrame(a: TrainerFrame, b: TrainerFrame): void {
  expect(b.step).toBe(a.step);
  expect(b.params).toEqual(a.params);
  expect(b.grads).toEqual(a.grads);
  expect(b.stats).toEqual(a.stats);
  expect(b.probe).toEqual(a.probe);
  expect(b.batchLoss).toBe(a.batchLoss);
  expect(b.trainLoss).toBe(a.trainLoss);
  expect(b.testLoss).toBe(a.testLoss);
  expect(b.trainAccuracy).toBe(a.trainAccuracy);
  expect(b.outputMap).toEqual(a.outputMap);
}

describe('reset', () => {
  it('with the same seed reproduces the first frame exactly; another seed gives other weights', async () => {
    page = new FakePage();
    const firstFrame = await page.request({ type: 'configure', trainers: [smallConfig({ seed: 11 })] });
    const initial = firstFrame.trainers[0];
    expect(initial.step).toBe(0);
    expect(Number.isFinite(initial.batchLoss)).toBe(true);
    expect(Number.isFinite(initial.trainLoss)).toBe(true);

    // Train a little so that a reset has something to undo.
    await page.request({ type: 'step', unit: 'epoch' });
    const trained = await page.request({ type: 'step', unit: 'batch' });
    expect(trained.trainers[0].params).not.toEqual(initial.params);

    const again = await page.request({ type: 'reset', seed: 11 });
    sameTrainerFrame(initial, again.trainers[0]);

    // Reset without a seed keeps the current one.
    await page.request({ type: 'step', unit: 'batch' });
    const kept = await page.request({ type: 'reset' });
    sameTrainerFrame(initial, kept.trainers[0]);

    const other = await page.request({ type: 'reset', seed: 12 });
    expect(other.trainers[0].step).toBe(0);
    expect(other.trainers[0].params).not.toEqual(initial.params);
    expect(other.trainers[0].params.length).toBe(initial.params.length);
  });
});

/** Every typed array a trainer frame carries. */
/** Every typed array anywhere in a frame (found by walking it, so a new field cannot be missed). */
function arraysOf(frame: Frame): ArrayBufferView[] {
  const found: ArrayBufferView[] = [];
  const walk = (v: unknown) => {
    if (ArrayBuffer.isView(v)) found.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(frame);
  return found;
}

describe('frame transport', () => {
  it('transfers every typed array of a frame, each in its own buffer', async () => {
    for (const kind of ['circle', 'sine'] as const) {
      page = new FakePage();
      const m = page.mark();
      page.send({
        type: 'configure',
        trainers: [
          smallConfig({ dataset: { kind, count: 60, noise: 0, testFraction: 0.2 } }),
          smallConfig({ seed: 8, dataset: { kind, count: 60, noise: 0, testFraction: 0.2 } }),
        ],
      });
      await page.frameAfter(m);
      const delivered = page.log.find((d) => d.event.type === 'frame')!;
      const posted = delivered.posted as Extract<typeof delivered.posted, { type: 'frame' }>;
      const received = (delivered.event as typeof posted).frame;
      expect(received.trainers[0].outputMap?.kind).toBe(kind === 'circle' ? 'grid' : 'curve');

      const list = transferablesOf(received);
      const buffers = arraysOf(received).map((a) => a.buffer);
      expect(list).toHaveLength(buffers.length);
      expect(new Set(list).size).toBe(list.length);
      expect(new Set(list)).toEqual(new Set(buffers));
      for (const b of list) expect(b).toBeInstanceOf(ArrayBuffer);
      // Each array owns its whole buffer (no views into shared memory that would travel along).
      for (const a of arraysOf(received)) expect(a.byteLength).toBe(a.buffer.byteLength);

      // The worker passed exactly these as transferables: its own copies are now detached.
      expect(delivered.transfer).toHaveLength(list.length);
      for (const a of arraysOf(posted.frame)) expect(a.buffer.byteLength).toBe(0);
      page.dispose();
    }
  });

  it('never sends a second frame before the previous one is acknowledged (until the timeout)', async () => {
    page = new FakePage({ autoAck: false });
    page.send({ type: 'configure', trainers: [smallConfig()] });
    page.send({ type: 'play' });
    await page.idle(ACK_TIMEOUT_MS + 300);
    const frames = page.log.filter((d) => d.event.type === 'frame');
    expect(frames.length).toBeGreaterThanOrEqual(1);
    // Measured on the session's own clock: a second frame only after the ack timeout.
    for (let k = 1; k < frames.length; k++)
      expect(frames[k].at - frames[k - 1].at).toBeGreaterThanOrEqual(ACK_TIMEOUT_MS);
    expect(frames.length).toBeLessThanOrEqual(1 + Math.floor((page.clock.now() - frames[0].at) / ACK_TIMEOUT_MS));

    // Acknowledging the last one lets the next through, with training having gone on meanwhile.
    const last = page.lastFrame();
    const m = page.mark();
    page.send({ type: 'ack', id: last.id });
    const next = await page.frameAfter(m);
    expect(next.id).toBe(last.id + 1);
    expect(next.trainers[0].step).toBeGreaterThan(last.trainers[0].step);

    // A stale acknowledgement does not release a frame.
    const frameCount = page.frames().length;
    page.send({ type: 'ack', id: last.id });
    expect(page.frames()).toHaveLength(frameCount);
  });

  it(
    'a page that never acknowledges still gets the frame of a paused change after the timeout',
    async () => {
      page = new FakePage({ autoAck: false });
      const first = await page.request({ type: 'configure', trainers: [smallConfig()] });
      const m = page.mark();
      page.send({ type: 'step', unit: 'batch' });
      expect(page.framesSince(m)).toHaveLength(0);
      const next = await page.frameAfter(m, () => true, ACK_TIMEOUT_MS + 4000);
      expect(next.id).toBe(first.id + 1);
      expect(next.trainers[0].step).toBe(1);
      const d = page.log.filter((e) => e.event.type === 'frame');
      expect(d[1].at - d[0].at).toBeGreaterThanOrEqual(ACK_TIMEOUT_MS);
    },
    ACK_TIMEOUT_MS + 10_000,
  );
});
