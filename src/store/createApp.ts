/**
 * One app: its stores, its worker client and its commands, made by one factory with no
 * module-global state, so two apps can live on one page (a test, an embedded view) and a
 * test can build one on a fake worker. main.tsx calls it once and provides it to the views
 * through React context.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrainerResume } from '../worker/protocol';
import { initialAppState, type AppState } from './appState';
import { createCommands, type Commands } from './commands';
import { configure, type AppStores, type Ctx } from './context';
import { createEventHandler } from './events';
import { createFrameIntake } from './frameIntake';
import { initialFrameState, type FrameState } from './frameState';
import { initialHistories, type HistoriesState } from './histories';
import { initialLessonsState, type LessonsState } from './lessonState';
import { initialRunState, type RunState } from './runState';
import type { SavedHistories } from './sessionHistories';
import { configureResumed, watchResumes } from './sessionRestore';
import { failSnapshots, requestSnapshot } from './snapshot';
import { connectWorker, type WorkerLike } from './workerClient';

export interface AppOptions {
  createWorker(): WorkerLike;
  /** The app state to start from (a link, a stored session, a test); the rest is the default. */
  initial?: Partial<AppState>;
  /** Trained networks to start from (a restored session, a link with weights), and the charts' histories. */
  restored?: { resume: (TrainerResume | null)[]; histories: SavedHistories | null } | null;
  /** A message to show from the start (e.g. a link that could not be read). */
  notice?: string | null;
  /** Lessons loaded before, progress and the welcome's answer, as remembered (lessonMemory.ts). */
  lessons?: Partial<LessonsState>;
  /** "Start fresh" was confirmed: forget the saved session (main.tsx clears the storage). */
  onStartFresh?(): void;
  /** Runs fn after the page's next animation frame (frame acknowledgements); tests pass their own. */
  schedule?(fn: () => void): void;
  now?(): number;
}

export interface App extends AppStores {
  /** Loaded lessons, progress, the first-visit welcome (lessonState.ts). */
  lessons: StoreApi<LessonsState>;
  commands: Commands;
  /** Every network's trained state (weights, optimiser moments, counters), or null if the worker cannot say. */
  snapshot(): Promise<TrainerResume[] | null>;
  dispose(): void;
}

export function createApp(options: AppOptions): App {
  const stores: AppStores = {
    state: createStore<AppState>(() => initialAppState({ ...options.initial, running: [] })),
    run: createStore<RunState>(() => ({ ...initialRunState(), notice: options.notice ?? null })),
    frames: createStore<FrameState>(initialFrameState),
    histories: createStore<HistoriesState>(initialHistories),
  };
  const schedule = options.schedule ?? ((fn: () => void) => requestAnimationFrame(() => fn()));
  const now = options.now ?? (() => performance.now());
  let send: Ctx['send'] = () => {};
  const ctx: Ctx = {
    ...stores,
    send: (cmd) => send(cmd),
    inFlight: { configures: [], snapshots: new Map(), resuming: null },
    onStartFresh: options.onStartFresh ?? (() => {}),
  };
  const intake = createFrameIntake({ ...stores, ack: (id) => send({ type: 'ack', id }), schedule, now });
  const onEvent = watchResumes(ctx, createEventHandler(ctx, intake));
  const client = connectWorker(options.createWorker(), {
    event: onEvent,
    died: (message) => {
      failSnapshots(ctx);
      stores.run.setState({
        playing: false,
        error: { kind: 'crash', message: `The training worker stopped: ${message}. Reload the page to start again.` },
      });
    },
  });
  send = client.send;
  const lessons = createStore<LessonsState>(() => initialLessonsState(options.lessons));
  const commands = createCommands(ctx, lessons);
  const { speed } = stores.state.getState();
  if (speed !== null) send({ type: 'set-speed', speed });
  // The first set-up may come from a link or a saved session: its phase is kept.
  if (options.restored) configureResumed(ctx, options.restored.resume, options.restored.histories, true);
  else configure(ctx, undefined, true);
  return {
    ...stores,
    lessons,
    commands,
    snapshot: () =>
      requestSnapshot(ctx).then(
        (s) => s.trainers,
        () => null,
      ),
    dispose: () => {
      failSnapshots(ctx);
      client.dispose();
    },
  };
}

/** The store type views and tests read; re-exported so they need not import zustand's. */
export type { StoreApi };
