/**
 * The presenter window's app: the same stores the views read, filled from the projected
 * window's messages, and commands that go back to it by name. It has no worker of its own:
 * everything runs in the projected window, so the two can never disagree.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialAppState, type AppState } from '../appState';
import type { Commands } from '../commands';
import type { App } from '../createApp';
import { initialFrameState, type FrameState } from '../frameState';
import { initialHistories, type HistoriesState } from '../histories';
import { initialLessonsState, type LessonsState } from '../lessonState';
import { initialRunState, type RunState } from '../runState';
import { ALIVE_MS, GONE_MS, isPresenterMessage, type ChannelLike, type PresenterMessage } from './messages';
import type { Timers } from './projected';

/** Whether the projected window answers: not yet, yes, or it closed (or stopped answering). */
export type Link = 'waiting' | 'connected' | 'gone';

export interface MirrorApp extends App {
  /** Whether the projected window answers. */
  link: StoreApi<{ link: Link }>;
}

/**
 * An argument as it can cross to the other window: a view passes a click's event to
 * commands that take nothing (`onClick={nextPhase}`); events and functions do not cross.
 */
function portable(arg: unknown): unknown {
  if (typeof arg === 'function') return undefined;
  if (typeof arg === 'object' && arg !== null && ('nativeEvent' in arg || ('target' in arg && 'type' in arg))) {
    return undefined;
  }
  return arg;
}

export function createMirrorApp(channel: ChannelLike, timers: Timers): MirrorApp {
  const state = createStore<AppState>(() => initialAppState());
  const run = createStore<RunState>(initialRunState);
  const frames = createStore<FrameState>(initialFrameState);
  const histories = createStore<HistoriesState>(initialHistories);
  const lessons = createStore<LessonsState>(() => initialLessonsState());
  const link = createStore<{ link: Link }>(() => ({ link: 'waiting' }));
  let lastHeard = timers.now();
  const post = (m: PresenterMessage) => {
    try {
      channel.postMessage(m);
    } catch {
      // An argument that cannot cross windows (none of the presenter's controls sends one).
    }
  };
  const commands = new Proxy({} as Commands, {
    get: (_, name) =>
      typeof name === 'string'
        ? (...args: unknown[]) => post({ kind: 'command', name, args: args.map(portable) })
        : undefined,
  });
  const onMessage = (e: { data: unknown }) => {
    const m = e.data;
    if (!isPresenterMessage(m)) return;
    lastHeard = timers.now();
    switch (m.kind) {
      case 'state':
        state.setState(m.state, true);
        run.setState(m.run, true);
        lessons.setState(m.lessons, true);
        link.setState({ link: 'connected' });
        return;
      case 'frame':
        return frames.setState({ frame: m.frame, outputMaps: m.outputMaps });
      case 'bye':
        if (m.from === 'projected') link.setState({ link: 'gone' });
        return;
      case 'alive':
        return; // heard: lastHeard is set above
      case 'hello':
      case 'command':
        return; // another presenter's words to the projected window
    }
  };
  channel.addEventListener('message', onMessage);
  post({ kind: 'hello' });
  // Says hello again until the projected window answers (it may still be loading), then
  // watches that it is still there.
  const watch = timers.setInterval(() => {
    const now = link.getState().link;
    if (now === 'waiting') post({ kind: 'hello' });
    else if (now === 'connected' && timers.now() - lastHeard > GONE_MS) link.setState({ link: 'gone' });
  }, ALIVE_MS);
  return {
    state,
    run,
    frames,
    histories,
    lessons,
    link,
    commands,
    snapshot: async () => null,
    dispose() {
      post({ kind: 'bye', from: 'presenter' });
      timers.clearInterval(watch);
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}
