/**
 * A training slice ends when a delayed frame falls due: a timer runs only between slices, so
 * a frame held back by the frame interval would otherwise wait out the rest of the slice
 * (up to SLICE_MS) and miss the page's next animation frame.
 */
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/worker/clock';
import { FrameGate, MIN_FRAME_MS } from '../../src/worker/frameGate';
import { MIN_SLICE_MS, Pacer, SLICE_MS } from '../../src/worker/pacer';

/** A clock that moves only when told; `soon` and `later` are queued for the test to run. */
function handClock() {
  const clock = {
    t: 0,
    soon: [] as (() => void)[],
    timers: [] as { at: number; fn: () => void; live: boolean }[],
  };
  const api: Clock = {
    now: () => clock.t,
    soon: (fn) => void clock.soon.push(fn),
    later(fn, ms) {
      const timer = { at: clock.t + ms, fn, live: true };
      clock.timers.push(timer);
      return () => void (timer.live = false);
    },
  };
  return { clock, api };
}

/** A pacer whose every mini-batch takes `batchMs`; `wanted` is what attentionAt answers. */
function pacerWith(wanted: () => number, batchMs = 1) {
  const { clock, api } = handClock();
  let batches = 0;
  const pacer = new Pacer(api, {
    playing: () => true,
    trainOnce: () => {
      batches++;
      clock.t += batchMs;
      return true;
    },
    afterSlice: () => {},
    guard: (work) => work(),
    attentionAt: wanted,
  });
  const slice = () => {
    const before = batches;
    pacer.schedule();
    clock.soon.shift()?.();
    return batches - before;
  };
  return { clock, slice, pacer };
}

describe('training slices and due frames', () => {
  it('a slice trains for SLICE_MS when no frame is due', () => {
    const { slice } = pacerWith(() => Infinity);
    expect(slice()).toBe(SLICE_MS);
  });

  it('a slice ends when a frame falls due, and trains at least one mini-batch when it is already due', () => {
    const { clock, slice } = pacerWith(() => 3);
    expect(slice()).toBe(3);
    expect(clock.t).toBe(3);
    // Due now (or past): one mini-batch, then the worker looks at its timers and messages.
    expect(slice()).toBe(1);
    expect(MIN_SLICE_MS).toBeLessThan(1);
  });

  /** A frame went out at 0; the page acknowledged it at 4 ms with a change waiting: the next is held back. */
  function heldBackFrame() {
    const { clock, api } = handClock();
    const sent: number[] = [];
    const gate = new FrameGate(
      api,
      (id) => sent.push(id),
      () => true,
    );
    expect(gate.attentionAt()).toBe(Infinity);
    gate.request();
    clock.t = 4;
    gate.request();
    gate.acknowledge(1);
    expect(sent).toEqual([1]);
    return { clock, gate, sent };
  }

  it('the gate says when its held-back frame is due, and nothing once it went out', () => {
    const { clock, gate, sent } = heldBackFrame();
    expect(gate.attentionAt()).toBe(MIN_FRAME_MS);
    clock.t = MIN_FRAME_MS;
    clock.timers.filter((x) => x.live && x.at <= clock.t).forEach((x) => x.fn());
    expect(sent).toEqual([1, 2]);
    expect(gate.attentionAt()).toBe(Infinity);
  });

  it('a frame sent at its due time by a request, before its timer ran, leaves nothing due', () => {
    const { clock, gate, sent } = heldBackFrame();
    expect(gate.attentionAt()).toBe(MIN_FRAME_MS);
    // The slice ended at the due time and its end asks for a frame: it goes out now.
    clock.t = MIN_FRAME_MS;
    gate.request();
    expect(sent).toEqual([1, 2]);
    expect(gate.attentionAt()).toBe(Infinity);
    expect(clock.timers.filter((x) => x.live)).toHaveLength(0);
  });

  it('a run behind its chosen speed goes on at once, without waiting on a timer', () => {
    // Mini-batches of 2 ms: slower than the 1,000 steps a second asked for.
    const { clock, slice, pacer } = pacerWith(() => Infinity, 2);
    pacer.setSpeed(1000);
    clock.t = 10;
    expect(slice()).toBe(SLICE_MS / 2);
    // Steps are still due: the next slice is queued as a task, not behind a (clamped) timer.
    expect(clock.soon).toHaveLength(1);
    expect(clock.timers.filter((x) => x.live)).toHaveLength(0);
  });
});
