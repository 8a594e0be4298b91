/**
 * While playing, a slice's end no longer copies the last mini-batch's gradients and statistics
 * every time (batchChecks.ts): a frame copies the batch it shows, and the checks copy only when
 * no frame did lately. Whatever the timing, every frame shows the gradients and layer statistics
 * of the mini-batch of its own step, as when every slice copied them; and with no frames at all
 * the statistics are still copied and judged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { layerStatsInto } from '../../src/engine';
import type { Clock } from '../../src/worker/clock';
import { trainLockstep } from '../../src/worker/lockstep';
import { BatchChecks, CHECK_MS, STATS_MS } from '../../src/worker/batchChecks';
import { SLICE_MS } from '../../src/worker/pacer';
import type { Frame, WorkerEvent } from '../../src/worker/protocol';
import { TrainingSession } from '../../src/worker/session';
import { buildRun } from '../../src/worker/trainerRun';
import { FakePage, smallConfig } from './harness';

/** Time moves a quarter of a millisecond at every reading; `soon` and `later` wait for `drive`. */
function tickingClock() {
  let t = 0;
  const soon: (() => void)[] = [];
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const clock: Clock = {
    now: () => (t += 0.25),
    soon: (fn) => void soon.push(fn),
    later(fn, ms) {
      const timer = { at: t + ms, fn, live: true };
      timers.push(timer);
      return () => void (timer.live = false);
    },
  };
  /** Runs queued work and due timers until `until` says stop. */
  const drive = (until: () => boolean) => {
    while (!until()) {
      const due = timers.find((x) => x.live && x.at <= t);
      if (due) {
        due.live = false;
        due.fn();
      } else soon.shift()?.();
    }
  };
  return { clock, drive };
}

describe('gradients and statistics in frames while playing', () => {
  it('every frame shows the mini-batch of its own step, between statistics checks too', () => {
    expect(CHECK_MS).toBeGreaterThan(SLICE_MS);
    const config = smallConfig({ batchSize: 4 });
    const { clock, drive } = tickingClock();
    const frames: Frame[] = [];
    const session: TrainingSession = new TrainingSession((event: WorkerEvent) => {
      if (event.type !== 'frame') return;
      // A copy, as the page receives it (the worker transfers the frame's buffers).
      frames.push(structuredClone(event.frame));
      session.handle({ type: 'ack', id: event.frame.id });
    }, clock);
    session.handle({ type: 'configure', trainers: [config] });
    session.handle({ type: 'play' });
    drive(() => frames.filter((f) => f.playing).length >= 40);
    session.handle({ type: 'dispose' });

    // The same trainer, built and trained step by step in the test.
    const replica = buildRun(config);
    const noAlarms = { alarm: () => {}, exploding: () => {} };
    const stats = new Float64Array(replica.lastStats.length);
    const playing = frames.filter((f) => f.playing);
    const steps = new Set(playing.map((f) => f.trainers[0].step));
    expect(steps.size).toBeGreaterThan(20);
    for (const frame of playing) {
      const shown = frame.trainers[0];
      while (replica.trainer.step < shown.step) trainLockstep([replica], noAlarms);
      expect(Array.from(shown.grads)).toEqual(Array.from(replica.trainer.net.grads));
      expect(Array.from(shown.stats)).toEqual(Array.from(layerStatsInto(replica.trainer.net, stats)));
    }
  });
});

describe('when the statistics are copied and judged while playing', () => {
  /** Slices of SLICE_MS for `ms`, a frame every `frameMs` (or none); when the slices' ends copied and judged. */
  function playFor(ms: number, frameMs: number | null) {
    let t = 0;
    const clock: Clock = { now: () => t, soon: () => {}, later: () => () => {} };
    let judged = 0;
    const run = buildRun(smallConfig({ batchSize: 4 }));
    const alarms = { alarm: () => {}, exploding: () => {} };
    const checks = new BatchChecks(clock, alarms);
    checks.configured([run]);
    const watch = run.watch.afterSlice.bind(run.watch);
    run.watch.afterSlice = (trainer, stats) => (judged++, watch(trainer, stats));
    const copiedAt: number[] = [];
    let nextFrame = frameMs ?? Infinity;
    for (t = SLICE_MS; t <= ms; t += SLICE_MS) {
      trainLockstep([run], alarms);
      checks.afterTraining([run], true);
      if (!run.capturePending) copiedAt.push(t);
      if (t >= nextFrame) {
        checks.beforeFrame([run]);
        expect(run.capturePending).toBe(false);
        nextFrame += frameMs!;
      }
    }
    return { copiedAt, judged };
  }

  it('with frames coming, the slices judge every CHECK_MS and leave the copying to the frames', () => {
    const { copiedAt, judged } = playFor(1000, 16);
    expect(copiedAt.filter((t) => t > 100)).toEqual([]);
    expect(judged).toBeGreaterThanOrEqual(1000 / (CHECK_MS + SLICE_MS) - 1);
    expect(judged).toBeLessThanOrEqual(1000 / CHECK_MS + 1);
  });

  it('with no frames, the slices copy every STATS_MS or so and judge every CHECK_MS', () => {
    const { copiedAt, judged } = playFor(1000, null);
    expect(copiedAt.length).toBeGreaterThanOrEqual(1000 / (STATS_MS + CHECK_MS + SLICE_MS) - 1);
    copiedAt.slice(1).forEach((t, k) => expect(t - copiedAt[k]).toBeGreaterThanOrEqual(STATS_MS));
    expect(judged).toBeGreaterThanOrEqual(1000 / (CHECK_MS + SLICE_MS) - 1);
  });
});

describe('frames after a step-through step, an alarm and a restore', () => {
  let page: FakePage | null = null;
  afterEach(() => page?.dispose());

  it('a committed step-through step keeps its statistics when Play at a set speed trains nothing yet', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [smallConfig()] });
    await page.request({ type: 'step', unit: 'batch' });
    const entered = await page.request({ type: 'stepper-enter', example: { kind: 'row', index: 0 } });
    const done = await page.request({ type: 'stepper-seek', position: entered.stepper!.phases.length });
    expect(done.stepper?.position).toBe(done.stepper?.phases.length);
    const left = await page.request({ type: 'stepper-exit' });
    expect(left.trainers[0].step).toBe(2);
    page.send({ type: 'set-speed', speed: 0.5 });
    const playing = await page.request({ type: 'play' }, (f) => f.playing);
    // No step is due yet: the frame shows the step-through step, as it was committed.
    expect(playing.trainers[0].step).toBe(2);
    expect(Array.from(playing.trainers[0].stats)).toEqual(Array.from(left.trainers[0].stats));
    expect(Array.from(playing.trainers[0].grads)).toEqual(Array.from(left.trainers[0].grads));
  });

  it('the weight report follows a restore, which keeps the step count', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [smallConfig({ optimizer: { kind: 'sgd', learningRate: 1 } })] });
    for (let k = 0; k < 3; k++) await page.request({ type: 'step', unit: 'batch' });
    const weight = { layer: 0, to: 0, from: 0 };
    const shown = await page.request({ type: 'select-weight', weight });
    const restored = await page.request({ type: 'restore', trainer: 0, step: 0 });
    expect(restored.trainers[0].step).toBe(shown.trainers[0].step);
    expect(restored.trainers[0].params[0]).not.toBe(shown.trainers[0].params[0]);
    expect(restored.weight?.value).toBe(restored.trainers[0].params[0]);
  });
});
