/**
 * Fake workers for building an app in a test (createApp({ createWorker })):
 * - `sessionWorker()` runs a real TrainingSession behind the fake, messages cloned and
 *   delivered asynchronously as postMessage does (typed arrays transferred);
 * - `recordingWorker()` only records what it is sent, and a test plays the worker's part
 *   by emitting events — to see exactly which commands a click or a command posts.
 */
import { act } from '@testing-library/react';
import type { WorkerLike } from '../../src/store/workerClient';
import { realClock } from '../../src/worker/clock';
import type { Command, Frame, TrainerConfig, TrainerData, WorkerEvent } from '../../src/worker/protocol';
import { TrainingSession } from '../../src/worker/session';

export interface SessionWorker extends WorkerLike {
  /** Whether terminate() was called (the session then answers nothing, as a dead worker). */
  readonly terminated: boolean;
  sent: Command[];
  frames: Frame[];
  /** Commands of one type, in the order sent. */
  ofType<T extends Command['type']>(type: T): Extract<Command, { type: T }>[];
}

export function sessionWorker(): SessionWorker {
  const clock = realClock();
  let terminated = false;
  const session: TrainingSession = new TrainingSession((event, transfer) => {
    if (terminated) return;
    const data = structuredClone(event, { transfer });
    if (data.type === 'frame') worker.frames.push(data.frame);
    worker.onmessage?.({ data } as MessageEvent<WorkerEvent>);
  }, clock);
  const worker: SessionWorker = {
    get terminated() {
      return terminated;
    },
    sent: [],
    frames: [],
    onmessage: null,
    onerror: null,
    postMessage(cmd) {
      worker.sent.push(cmd);
      const copy = structuredClone(cmd);
      setTimeout(() => {
        if (!terminated) session.handle(copy);
      }, 0);
    },
    terminate() {
      terminated = true;
      session.handle({ type: 'dispose' });
      clock.close?.();
    },
    ofType: <T extends Command['type']>(type: T) =>
      worker.sent.filter((c): c is Extract<Command, { type: T }> => c.type === type),
  };
  return worker;
}

export interface RecordingWorker extends WorkerLike {
  /** Everything posted since the last `clear()`. */
  sent: Command[];
  /** Commands posted, without frame acknowledgements, weight selections and pings. */
  commands(): Command[];
  types(): Command['type'][];
  clear(): void;
  /** Delivers a worker event (wrapped in React's act, so rendered views update). */
  emit(event: WorkerEvent): void;
  /** The worker's answer to a configure: these configs running on this data. */
  configured(configs: TrainerConfig[], data?: TrainerData[]): void;
  terminated: boolean;
}

export function recordingWorker(): RecordingWorker {
  const worker: RecordingWorker = {
    sent: [],
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (cmd) => worker.sent.push(cmd),
    terminate() {
      worker.terminated = true;
    },
    commands: () => worker.sent.filter((c) => c.type !== 'ack' && c.type !== 'select-weight' && c.type !== 'ping'),
    types: () => worker.commands().map((c) => c.type),
    clear() {
      worker.sent.length = 0;
    },
    emit: (event) => act(() => worker.onmessage?.({ data: event } as MessageEvent<WorkerEvent>)),
    configured: (configs, data = configs.map(() => trainerData())) =>
      worker.emit({ type: 'configured', configs, data, kernels: configs.map(() => 'typescript' as const) }),
  };
  return worker;
}

/** Training data as the worker describes it: `count` rows of `inputSize` inputs. */
export function trainerData(count = 10, inputSize = 2, outputSize = 1): TrainerData {
  const points = (n: number) => ({
    inputs: Float64Array.from({ length: n * inputSize }, (_, k) => Math.sin(k)),
    targets: Float64Array.from({ length: n * outputSize }, (_, k) => k % 2),
    count: n,
  });
  return { inputSize, outputSize, task: 'classification', labels: 'zero-one', train: points(count), test: points(2) };
}
