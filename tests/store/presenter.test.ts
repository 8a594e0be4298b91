// The presenter link between two windows, on a pair of fake channels and a real training
// session: a presenter's hello is answered with the whole state, its commands act on the
// projected app, frames reach it at most every PREVIEW_FRAME_MS, and a closed or silent
// projected window is noticed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOUR_NEURON } from '../../src/lessons/presets';
import { ALIVE_MS, GONE_MS, type ChannelLike, type PresenterMessage } from '../../src/store/presenter/messages';
import { createMirrorApp } from '../../src/store/presenter/mirror';
import { servePresenter, type Timers } from '../../src/store/presenter/projected';
import { sessionWorker } from '../helpers/fakeWorkers';
import { appOn, disposeApps } from '../helpers/testApp';

/** Two ends of one channel: what one posts, the other hears (cloned, a task later), as BroadcastChannel does. */
function channelPair(): [ChannelLike & { posted: PresenterMessage[] }, ChannelLike & { posted: PresenterMessage[] }] {
  const make = () => {
    const listeners = new Set<(e: { data: unknown }) => void>();
    const end = {
      posted: [] as PresenterMessage[],
      other: null as null | { listeners: typeof listeners },
      listeners,
      closed: false,
      postMessage(m: PresenterMessage) {
        // A closed BroadcastChannel throws (InvalidStateError) rather than post.
        if (end.closed) throw new Error('InvalidStateError: the channel is closed');
        end.posted.push(m);
        const data = structuredClone(m);
        setTimeout(() => end.other?.listeners.forEach((l) => l({ data })), 0);
      },
      addEventListener: (_: 'message', l: (e: { data: unknown }) => void) => void listeners.add(l),
      removeEventListener: (_: 'message', l: (e: { data: unknown }) => void) => void listeners.delete(l),
      close: () => {
        end.closed = true;
        listeners.clear();
      },
    };
    return end;
  };
  const a = make();
  const b = make();
  a.other = b;
  b.other = a;
  return [a, b];
}

const timers = (): Timers => ({
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
  now: () => Date.now(),
});

const until = (check: () => void, timeout = 5000) => vi.waitFor(check, { timeout, interval: 10 });

afterEach(() => {
  vi.useRealTimers();
  disposeApps();
});

describe('the presenter link', () => {
  it('mirrors the projected app and drives it: a preset, phases, lecture mode', async () => {
    const projected = appOn(sessionWorker());
    const [there, here] = channelPair();
    const stop = servePresenter(projected, there, timers());
    const presenter = createMirrorApp(here, timers());
    await until(() => expect(presenter.link.getState().link).toBe('connected'));
    // A presenter puts the projected window in lecture mode, and sees it.
    await until(() => expect(presenter.state.getState().lecture).toBe(true));
    expect(projected.state.getState().lecture).toBe(true);

    presenter.commands.applyPreset(FOUR_NEURON);
    await until(() => expect(projected.frames.getState().frame?.stepper?.position).toBe(0));
    // A click's event passed along (onClick={nextPhase}) is dropped on the way, not a failure.
    (presenter.commands.nextPhase as (e: unknown) => void)({ type: 'click', target: null, nativeEvent: {} });
    presenter.commands.nextPhase();
    await until(() => expect(projected.frames.getState().frame?.stepper?.position).toBe(2));
    await until(() => expect(presenter.frames.getState().frame?.stepper?.position).toBe(2));
    expect(presenter.state.getState().config).toEqual(FOUR_NEURON.config);
    expect(presenter.state.getState().mode).toBe('step');

    // The projected window closes: the presenter is told.
    stop();
    await until(() => expect(presenter.link.getState().link).toBe('gone'));
    presenter.dispose();
  });

  it('sends frames a few times a second however fast they come, and notices a silent window', async () => {
    const projected = appOn(sessionWorker());
    const [there, here] = channelPair();
    const stop = servePresenter(projected, there, timers());
    const presenter = createMirrorApp(here, timers());
    await until(() => expect(presenter.link.getState().link).toBe('connected'));
    projected.commands.togglePlay();
    await new Promise((r) => setTimeout(r, 1000));
    projected.commands.togglePlay();
    const frames = there.posted.filter((m) => m.kind === 'frame').length;
    // About one per PREVIEW_FRAME_MS (100 ms) over the second: never one per worker frame.
    expect(frames).toBeGreaterThan(2);
    expect(frames).toBeLessThanOrEqual(13);
    expect(there.posted.some((m) => m.kind === 'alive')).toBe(true);

    // The projected window stops answering (a crash, a closed lid): gone after GONE_MS.
    there.close();
    expect(GONE_MS).toBeGreaterThan(2 * ALIVE_MS);
    await until(() => expect(presenter.link.getState().link).toBe('gone'), GONE_MS + 3 * ALIVE_MS);
    stop();
    presenter.dispose();
  }, 15_000);

  it('a closing presenter changes nothing in the projected window', async () => {
    const projected = appOn(sessionWorker());
    const [there, here] = channelPair();
    servePresenter(projected, there, timers());
    const presenter = createMirrorApp(here, timers());
    await until(() => expect(presenter.link.getState().link).toBe('connected'));
    const before = projected.state.getState();
    presenter.dispose();
    await new Promise((r) => setTimeout(r, 50));
    expect(projected.state.getState()).toBe(before);
    expect(here.posted.at(-1)).toEqual({ kind: 'bye', from: 'presenter' });
    // It still answers commands of its own.
    projected.commands.step('batch');
    await until(() => expect(projected.run.getState().counters[0]?.step).toBe(1));
  });
});
