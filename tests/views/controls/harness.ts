/**
 * Shared set-up for the control, step-through and mode tests: a fresh test app on a fake
 * worker that only records what it is sent (so a test sees exactly the commands a click
 * posts), rendered with renderApp.
 *
 *   const worker = startRecording();   // in beforeEach; worker.sent lists the commands
 *   worker.configured(data);           // the worker's answer: ready, data, running configs
 *   worker.app.state.getState()        // what the learner is looking at
 */
import { trainerConfigsOf } from '../../../src/store/compare';
import type { App } from '../../../src/store/createApp';
import type { AppState } from '../../../src/store/appState';
import type { Command, TrainerData, WorkerEvent } from '../../../src/worker/protocol';
import { trainerData } from '../../helpers/fakeWorkers';
import { testApp } from '../../helpers/testApp';

export { trainerData };

export interface Recorder {
  app: App;
  /** Commands posted since start (the app's own first configure is dropped). */
  sent: Command[];
  /** Commands posted, without frame acknowledgements and weight selections. */
  commands(): Command[];
  types(): Command['type'][];
  /** Delivers the worker's `configured` answer for the current set-up (ready, data, running). */
  configured(data?: TrainerData[]): void;
  emit(event: WorkerEvent): void;
}

export function startRecording(initial?: Partial<AppState>): Recorder {
  const { app, worker } = testApp(initial);
  worker.clear();
  return {
    app,
    sent: worker.sent,
    commands: worker.commands,
    types: worker.types,
    configured: (data) => {
      const configs = trainerConfigsOf(app.state.getState());
      worker.configured(configs, data ?? configs.map(() => trainerData()));
    },
    emit: worker.emit,
  };
}
