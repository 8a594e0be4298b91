/**
 * One app: its stores, its worker client and its commands, made by one factory with no
 * module-global state, so two apps can live on one page (a test, an embedded view) and a
 * test can build one on a fake worker. main.tsx calls it once and provides it to the views
 * through React context. The app watches its worker (supervisor.ts) and, when it dies,
 * starts a new one on the same set-up from the weights of the latest frame.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrainerResume } from '../worker/protocol';
import { initialAppState, type AppState } from './appState';
import { createCommands, type Commands } from './commands';
import { trainerConfigsOf } from './compare';
import { configure, type AppStores, type Ctx } from './context';
import { createEventHandler } from './events';
import { createFrameIntake } from './frameIntake';
import { initialFrameState, type FrameState } from './frameState';
import { initialHistories, type HistoriesState } from './histories';
import { restartNotice } from './failureText';
import { initialLessonsState, type LessonsState } from './lessonState';
import { resumeFromFrame, resumedStep } from './resumeFromFrame';
import { initialRunState, type RunState } from './runState';
import type { SavedHistories } from './sessionHistories';
import { configureResumed, watchResumes } from './sessionRestore';
import { failSnapshots, requestSnapshot } from './snapshot';
import { DEFAULT_SUPERVISION, createSupervisor, type SupervisionOptions } from './supervisor';
import { connectWorker, type WorkerClient, type WorkerLike } from './workerClient';

export interface AppOptions {
  /** Makes a worker; called again to replace one that died. */
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
  /** How the worker is watched (tests pass their own timer). */
  supervision?: Partial<SupervisionOptions>;
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
  let client: WorkerClient | null = null;
  const ctx: Ctx = {
    ...stores,
    send: (cmd) => {
      client?.send(cmd);
      supervisor.sent(cmd);
    },
    inFlight: { configures: [], snapshots: new Map(), resuming: null },
    onStartFresh: options.onStartFresh ?? (() => {}),
  };
  const supervision = { ...DEFAULT_SUPERVISION, ...options.supervision };
  const supervisor = createSupervisor(supervision, {
    ping: (id) => client?.send({ type: 'ping', id }),
    now,
    restart: (reason) => start(reason),
    giveUp(reason) {
      client?.dispose();
      client = null;
      failSnapshots(ctx);
      const seconds = Math.round(supervision.retryWindowMs / 1000);
      stores.run.setState({
        ready: false,
        playing: false,
        error: {
          kind: 'crash',
          message:
            `The training worker failed again within ${seconds} seconds of being restarted (${reason}), so it ` +
            'was not restarted again. Reload the page to start it; your set-up is kept in the address bar.',
        },
      });
    },
  });
  const intake = createFrameIntake({ ...stores, ack: (id) => ctx.send({ type: 'ack', id }), schedule, now });
  const onEvent = watchResumes(ctx, createEventHandler(ctx, intake, supervisor));

  /** Starts a worker on the set-up: the first one, or (with `failure`) one replacing a worker that died. */
  function start(failure?: string): void {
    const wasPlaying = stores.run.getState().playing;
    client?.dispose();
    client = connectWorker(options.createWorker(), {
      event: onEvent,
      died: (message) => supervisor.failed(message),
    });
    const { speed } = stores.state.getState();
    if (speed !== null) ctx.send({ type: 'set-speed', speed });
    // The first set-up may come from a link or a saved session: its phase is kept.
    if (failure === undefined) {
      if (options.restored) return configureResumed(ctx, options.restored.resume, options.restored.histories, true);
      return configure(ctx, { keepPhase: true });
    }
    // The dead worker answers nothing more: what waited for it is dropped or failed.
    failSnapshots(ctx);
    ctx.inFlight.configures = [];
    ctx.inFlight.resuming = null;
    const resume = resumeFromFrame(
      stores.frames.getState().frame,
      trainerConfigsOf(stores.state.getState()),
      stores.run.getState().data,
    );
    stores.run.setState({ playing: false, notice: restartNotice(failure, resumedStep(resume), wasPlaying) });
    configure(ctx, { resume, keepPhase: true, continuing: true });
    if (wasPlaying) ctx.send({ type: 'play' });
  }

  const lessons = createStore<LessonsState>(() => initialLessonsState(options.lessons));
  const commands = createCommands(ctx, lessons);
  start();
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
      supervisor.dispose();
      failSnapshots(ctx);
      client?.dispose();
      client = null;
    },
  };
}
