/**
 * Slow motion, driven by a hand-stepped clock: the session trains exactly as many steps
 * as the speed allows, and a tick that trains nothing leaves what the frames show alone.
 */
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/worker/clock';
import type { Frame, WorkerEvent } from '../../src/worker/protocol';
import { TrainingSession } from '../../src/worker/session';
import { smallConfig } from './harness';

/** A clock whose time moves only when the test says so. */
function manualClock() {
  let t = 0;
  let soon: (() => void)[] = [];
  let timers: { at: number; fn: () => void; live: boolean }[] = [];
  const clock: Clock = {
    now: () => t,
    soon: (fn) => void soon.push(fn),
    later(fn, ms) {
      const timer = { at: t + ms, fn, live: true };
      timers.push(timer);
      return () => void (timer.live = false);
    },
  };
  /** Runs queued work, then moves time forward to `to`, firing timers that fall due on the way. */
  const advance = (to: number) => {
    for (;;) {
      const now = soon;
      soon = [];
      now.forEach((fn) => fn());
      const due = timers.filter((x) => x.live && x.at <= to).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      t = Math.max(t, due.at);
      timers = timers.filter((x) => x !== due);
      due.fn();
    }
    t = to;
  };
  return { clock, advance };
}

describe('slow motion', () => {
  it('trains one step per tick at 1 step/s; a tick with nothing due changes no numbers', async () => {
    const { clock, advance } = manualClock();
    const frames: Frame[] = [];
    const session = new TrainingSession((e: WorkerEvent) => {
      if (e.type === 'frame') {
        frames.push(e.frame);
        queueMicrotask(() => session.handle({ type: 'ack', id: e.frame.id }));
      }
    }, clock);
    const settle = async (to: number) => {
      advance(to);
      await Promise.resolve();
      advance(to);
    };
    session.handle({ type: 'configure', trainers: [smallConfig()] });
    await settle(0);
    expect(frames).toHaveLength(1);
    const idle = frames[0].trainers[0];
    session.handle({ type: 'set-speed', speed: 1 });
    session.handle({ type: 'play' });
    // At t = 0 nothing is due yet: the tick trains nothing, and the next frame shows the same numbers.
    await settle(100);
    const early = frames.at(-1)!.trainers[0];
    expect(frames.at(-1)!.playing).toBe(true);
    expect(early.step).toBe(0);
    expect(early.stats).toEqual(idle.stats);
    expect(early.grads).toEqual(idle.grads);
    expect(early.params).toEqual(idle.params);
    // One step per second.
    for (let s = 1; s <= 3; s++) {
      await settle(s * 1000 + 100);
      expect(frames.at(-1)!.trainers[0].step).toBe(s);
    }
    session.handle({ type: 'dispose' });
  });
});
