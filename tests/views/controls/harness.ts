/**
 * Shared set-up for the control, step-through and mode tests: the stores back at their
 * first values, and the real bridge started on a fake worker that only records what it
 * is sent (so a test sees exactly the commands a click posts, config changes included).
 *
 *   const worker = startRecording();   // in beforeEach; worker.sent lists the commands
 *   worker.configured(data);           // the worker's answer: runStore.ready, data
 *   worker.dispose();                  // in afterEach
 */
import { act } from '@testing-library/react';
import { startBridge, type WorkerLike } from '../../../src/store/bridge';
import { useConfigStore } from '../../../src/store/configStore';
import { DEFAULT_CONFIG } from '../../../src/store/defaults';
import { frameStore } from '../../../src/store/frameStore';
import { useRunStore } from '../../../src/store/runStore';
import { useSelectionStore } from '../../../src/store/selectionStore';
import { useUiStore } from '../../../src/store/uiStore';
import type { Command, TrainerData, WorkerEvent } from '../../../src/worker/protocol';

const initialRun = useRunStore.getState();
const initialSelection = useSelectionStore.getState();

export function resetStores(): void {
  useConfigStore.setState({ config: DEFAULT_CONFIG, compare: null, problem: null });
  useRunStore.setState(initialRun, true);
  useUiStore.setState({ mode: 'train' });
  useSelectionStore.setState(initialSelection, true);
  frameStore.setState({ frame: null });
}

export interface Recorder {
  /** Commands posted since start (the bridge's own first configure is dropped). */
  sent: Command[];
  /** Commands posted, without frame acknowledgements and weight selections. */
  commands(): Command[];
  types(): Command['type'][];
  /** Delivers the worker's `configured` answer (the runStore becomes ready). */
  configured(data?: TrainerData[]): void;
  emit(event: WorkerEvent): void;
  dispose(): void;
}

export function startRecording(): Recorder {
  const sent: Command[] = [];
  const worker: WorkerLike = {
    postMessage: (cmd) => sent.push(cmd),
    onmessage: null,
    onerror: null,
    terminate() {},
  };
  const bridge = startBridge(() => worker, () => {}, () => 0);
  sent.length = 0;
  const commands = () => sent.filter((c) => c.type !== 'ack' && c.type !== 'select-weight');
  const emit = (event: WorkerEvent) => act(() => worker.onmessage?.({ data: event } as MessageEvent<WorkerEvent>));
  return {
    sent,
    commands,
    types: () => commands().map((c) => c.type),
    configured: (data = [trainerData()]) => emit({ type: 'configured', data, configs: [useConfigStore.getState().config] }),
    emit,
    dispose: () => bridge.dispose(),
  };
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
