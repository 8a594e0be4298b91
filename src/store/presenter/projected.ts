/**
 * The projected window's side of the presenter link: it answers a presenter's hello with
 * its whole state, sends every change and a few frames a second, says it is alive, and runs
 * the commands the presenter sends. A presenter that connects puts it in lecture mode; one
 * that closes changes nothing here.
 */
import type { App } from '../createApp';
import { ALIVE_MS, PREVIEW_FRAME_MS, isPresenterMessage, type ChannelLike, type PresenterMessage } from './messages';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  now(): number;
}

export const browserTimers = (): Timers => ({
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
  now: () => performance.now(),
});

/** Serves presenters until the returned function is called (the page closes). */
export function servePresenter(app: App, channel: ChannelLike, timers: Timers): () => void {
  let connected = false;
  let alive: unknown = null;
  let lastFrameAt = -Infinity;
  let frameTimer: unknown = null;
  const post = (m: PresenterMessage) => {
    try {
      channel.postMessage(m);
    } catch {
      // A value that cannot be cloned (never expected): the presenter catches up with the next change.
    }
  };
  const sendState = () =>
    post({ kind: 'state', state: app.state.getState(), run: app.run.getState(), lessons: app.lessons.getState() });
  const sendFrame = () => {
    frameTimer = null;
    const { frame, outputMaps } = app.frames.getState();
    if (!connected || !frame) return;
    lastFrameAt = timers.now();
    post({ kind: 'frame', frame, outputMaps });
  };
  const frameArrived = () => {
    if (!connected || frameTimer !== null) return;
    const wait = lastFrameAt + PREVIEW_FRAME_MS - timers.now();
    if (wait <= 0) sendFrame();
    else frameTimer = timers.setTimeout(sendFrame, wait);
  };
  const connect = () => {
    connected = true;
    if (alive === null) alive = timers.setInterval(() => post({ kind: 'alive' }), ALIVE_MS);
    // The projected window shows the lecture view while a presenter drives it.
    if (!app.state.getState().lecture) app.commands.setLecture(true);
    sendState();
    sendFrame();
  };
  const run = (name: string, args: unknown[]) => {
    const command = (app.commands as unknown as Record<string, unknown>)[name];
    if (typeof command === 'function' && Array.isArray(args)) (command as (...a: unknown[]) => void)(...args);
  };
  const onMessage = (e: { data: unknown }) => {
    const m = e.data;
    if (!isPresenterMessage(m)) return;
    if (m.kind === 'hello') return connect();
    if (m.kind === 'command' && connected) return run(m.name, m.args);
    if (m.kind === 'bye' && m.from === 'presenter') connected = false;
  };
  channel.addEventListener('message', onMessage);
  const stops = [
    app.state.subscribe(() => connected && sendState()),
    app.run.subscribe(() => connected && sendState()),
    app.lessons.subscribe(() => connected && sendState()),
    app.frames.subscribe(frameArrived),
  ];
  return () => {
    if (connected) post({ kind: 'bye', from: 'projected' });
    stops.forEach((stop) => stop());
    if (alive !== null) timers.clearInterval(alive);
    if (frameTimer !== null) timers.clearTimeout(frameTimer);
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}
