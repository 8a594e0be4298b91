/**
 * An app for a test: createApp on a recording fake worker (or a real session behind a
 * fake), frames acknowledged at once, and render helpers that provide it to the views.
 *
 *   const { app, worker } = testApp();      // the first configure is already sent
 *   answered(app, worker);                  // the worker's `configured`: ready, data, running
 *   renderApp(<PlaybackControls />);        // rendered with the last app made
 *   showFrame(makeFrame());                 // a frame arrives as from the worker
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AppState } from '../../src/store/appState';
import { trainerConfigsOf } from '../../src/store/compare';
import { createApp, type App, type AppOptions } from '../../src/store/createApp';
import type { WorkerLike } from '../../src/store/workerClient';
import { AppProvider } from '../../src/views/kit/appContext';
import type { Frame, TrainerConfig, TrainerData } from '../../src/worker/protocol';
import { recordingWorker, trainerData, type RecordingWorker } from './fakeWorkers';

const apps: App[] = [];
let last: { app: App; worker: RecordingWorker } | null = null;

export function testApp(
  initial?: Partial<AppState>,
  notice?: string | null,
  options: Partial<AppOptions> = {},
): { app: App; worker: RecordingWorker } {
  const worker = recordingWorker();
  // The supervisor's timers never fire here: a recording worker answers no pings (tests of
  // the supervision give it a clock of their own).
  const app = createApp({
    createWorker: () => worker,
    initial,
    notice,
    schedule: (fn) => fn(),
    now: () => 0,
    supervision: { setTimer: () => () => {} },
    ...options,
  });
  apps.push(app);
  last = { app, worker };
  return last;
}

/** The app (and its recording worker) testApp made last. */
export function current(): { app: App; worker: RecordingWorker } {
  if (!last) throw new Error('No test app: call testApp() first.');
  return last;
}

/** Renders `ui` inside the last test app (made on demand). */
export function renderApp(ui: ReactNode): RenderResult {
  const { app } = last ?? testApp();
  return render(<AppProvider app={app}>{ui}</AppProvider>);
}

/**
 * A frame arrives from the worker on the last test app. With `configs`, the worker first
 * answers a configure with them (so the running configs, the data and `ready` are set).
 */
export function showFrame(frame: Frame, configs?: TrainerConfig[], data?: TrainerData[]): void {
  const { worker } = last ?? testApp();
  if (configs) worker.configured(configs, data ?? configs.map(() => trainerData()));
  publish(worker, frame);
}

export function appOn(worker: WorkerLike, initial?: Partial<AppState>, options: Partial<AppOptions> = {}): App {
  const app = createApp({ createWorker: () => worker, initial, schedule: (fn) => setTimeout(fn, 0), ...options });
  apps.push(app);
  return app;
}

/** Disposes every app made by testApp/appOn (call in afterEach). */
export function disposeApps(): void {
  for (const app of apps.splice(0)) app.dispose();
  last = null;
}

/** Answers the app's configure as the worker would: the set-up's configs, running on `data`. */
export function answered(app: App, worker: RecordingWorker, data?: TrainerData[]): void {
  const configs = trainerConfigsOf(app.state.getState());
  worker.configured(configs, data ?? configs.map(() => trainerData()));
}

/** Publishes a frame as the worker would send it. */
export function publish(worker: RecordingWorker, frame: Frame): void {
  worker.emit({ type: 'frame', frame });
}

export function withApp(app: App, ui: ReactNode): ReactNode {
  return <AppProvider app={app}>{ui}</AppProvider>;
}
