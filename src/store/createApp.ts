/**
 * One app: its stores, its worker client and its commands, made by one factory with no
 * module-global state, so two apps can live on one page (a test, an embedded view) and a
 * test can build one on a fake worker. main.tsx calls it once and provides it to the views
 * through React context. The app watches its worker (supervisor.ts) and, when it dies,
 * starts a new one on the same set-up from the weights of the latest frame.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialAppState, type AppState } from './appState';
import { createCommands, type Commands } from './commands';
import { trainerConfigsOf } from './compare';
import { configure, type AppStores, type Ctx } from './context';
import { createEventHandler } from './events';
import { createFrameIntake } from './frameIntake';
import { initialFrameState, type FrameState } from './frameState';
import { initialHistories, type HistoriesState } from './histories';
import { resumeFromFrame, resumedStep } from './resumeFromFrame';
import { initialRunState, type RunState } from './runState';
import { DEFAULT_SUPERVISION, createSupervisor, type SupervisionOptions } from './supervisor';
import { connectWorker, type WorkerClient, type WorkerLike } from './workerClient';

export interface AppOptions {
  /** Makes a worker; called again to replace one that died. */
  createWorker(): WorkerLike;
  /** The app state to start from (a link, a stored session, a test); the rest is the default. */
  initial?: Partial<AppState>;
  /** A message to show from the start (e.g. a link that could not be read). */
  notice?: string | null;
  /** Runs fn after the page's next animation frame (frame acknowledgements); tests pass their own. */
  schedule?(fn: () => void): void;
  now?(): number;
  /** How the worker is watched (tests pass their own timer). */
  supervision?: Partial<SupervisionOptions>;
}

export interface App extends AppStores {
  commands: Commands;
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
    inFlight: { configures: 0, restorePhase: true, continuing: false },
  };
  const supervision = { ...DEFAULT_SUPERVISION, ...options.supervision };
  const supervisor = createSupervisor(supervision, {
    ping: (id) => client?.send({ type: 'ping', id }),
    now,
    restart: (reason) => start(reason),
    giveUp(reason) {
      client?.dispose();
      client = null;
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
  const onEvent = createEventHandler(ctx, intake, supervisor);

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
    if (failure === undefined) return configure(ctx);
    const resume = resumeFromFrame(
      stores.frames.getState().frame,
      trainerConfigsOf(stores.state.getState()),
      stores.run.getState().data,
    );
    ctx.inFlight = { configures: 0, restorePhase: true, continuing: true };
    stores.run.setState({ playing: false, notice: restartNotice(failure, resumedStep(resume), wasPlaying) });
    configure(ctx, resume);
    if (wasPlaying) ctx.send({ type: 'play' });
  }

  const commands = createCommands(ctx);
  start();
  return {
    ...stores,
    commands,
    dispose: () => {
      supervisor.dispose();
      client?.dispose();
      client = null;
    },
  };
}

function restartNotice(failure: string, step: number | null, playing: boolean): string {
  const from = step === null ? 'from its first weights' : `from the weights of step ${step.toLocaleString('en-US')}`;
  return `The training worker stopped (${failure}) and was restarted ${from}${playing ? '; training goes on' : ''}.`;
}

/** The store type views and tests read; re-exported so they need not import zustand's. */
export type { StoreApi };
