/**
 * Opening the app and keeping it: a link opens its whole state (mode, phase, selection); a
 * reload restores the saved session; a damaged link or stored value is named in a sentence
 * and the next source is used; the address bar follows every change even when storage is
 * full; a link pasted into an open tab applies at once, asking first if a trained network
 * would be lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, FOUR_NEURON } from '../../../src/lessons/presets';
import { V1_LINKS } from '../../store/fixtures/links';
import { DEFAULT_CONFIG, initialAppState } from '../../../src/store/appState';
import type { App } from '../../../src/store/createApp';
import { decodeLink, encodeLink, setupLink, type Link } from '../../../src/store/linkCodec';
import {
  browserPage,
  startPersistence,
  STORAGE_KEY,
  STORAGE_PROBLEM,
  type Persistence,
} from '../../../src/store/persistence';
import { readStart } from '../../../src/store/persistenceStart';
import { linkStateOf } from '../../../src/store/schemaState';
import { serialise } from '../../../src/store/schema';
import { sessionRecord } from '../../../src/store/sessionRecord';
import { LossHistory } from '../../../src/store/ringBuffer';
import { memoryStore, type MemoryStore } from '../../helpers/memoryStore';
import { answered, testApp } from '../../helpers/testApp';
import type { RecordingWorker } from '../../helpers/fakeWorkers';

let persistence: Persistence | null = null;
const until = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 5000, interval: 10 });

/** Opens the app as main.tsx does: where to start, the app, then kept up to date. */
async function open(store: MemoryStore | null = memoryStore()): Promise<{ app: App; worker: RecordingWorker }> {
  const page = browserPage();
  const start = await readStart(page, store);
  const made = testApp(start.initial, start.notice, { restored: start.restored });
  persistence = startPersistence(made.app, page, store, start);
  // Without a good link in the address, the app writes one at once: let it land first.
  if (!start.linkInAddress) await until(async () => expect((await decodeLink(window.location.hash))?.ok).toBe(true));
  return made;
}

const go = (hash: string) => window.history.replaceState(null, '', `/${hash}`);
const stepLink: Link = {
  state: linkStateOf(
    initialAppState({
      config: FOUR_NEURON.config,
      mode: 'step',
      stepThrough: { example: { kind: 'row', index: 0 }, phase: 5 },
      selection: { kind: 'weight', layer: 1, to: 1, from: 0 },
      view: { ...initialAppState().view, edgeScale: 'log' },
    }),
  ),
  weights: null,
};

beforeEach(() => {
  localStorage.clear();
  go('');
});
afterEach(() => {
  persistence?.stop();
  persistence = null;
  vi.restoreAllMocks();
});

describe('opening a link', () => {
  it('opens a first-version link (compare mode) over the stored set-up', async () => {
    go(`#${V1_LINKS[1].hash}`);
    localStorage.setItem(STORAGE_KEY, serialise({ config: FOUR_NEURON.config, compare: null }));
    const { app } = await open();
    expect(app.state.getState().config).toEqual(DEEP_SIGMOID_VS_RELU.config);
    expect(app.state.getState().mode).toBe('compare');
    expect(app.run.getState().notice).toBeNull();
  });

  it('comes back at the same phase with the same weight selected', async () => {
    go(`#${await encodeLink(stepLink)}`);
    const { app, worker } = await open();
    expect(app.state.getState().mode).toBe('step');
    expect(app.state.getState().view.edgeScale).toBe('log');
    worker.clear();
    answered(app, worker);
    expect(worker.sent).toContainEqual({ type: 'stepper-enter', example: { kind: 'row', index: 0 }, position: 5 });
    expect(worker.sent).toContainEqual({ type: 'select-weight', weight: { layer: 1, to: 1, from: 0 }, trainer: 0 });
    expect(app.state.getState().stepThrough.phase).toBe(5);
  });

  it('a link with weights starts the network from them', async () => {
    const params = Float64Array.from({ length: 13 }, (_, k) => k / 8);
    go(
      `#${await encodeLink({ ...stepLink, weights: [{ params, counters: { step: 40, epoch: 40, examplesSeen: 40 } }] })}`,
    );
    const { worker } = await open();
    const configure = worker.sent.find((c) => c.type === 'configure');
    expect(configure).toMatchObject({ resume: [{ params, counters: { step: 40, epoch: 40, examplesSeen: 40 } }] });
  });

  it.each([
    [
      '#s=@@@',
      'This link could not be opened: it has characters a link never contains. Starting from your last set-up instead.',
    ],
    [
      `#${setupLink({ ...DEFAULT_CONFIG, batchSize: 0 })}`,
      'This link could not be opened: the batch size must be a whole number from 1 to 500 (it is 0). Starting from your last set-up instead.',
    ],
  ])('reports a damaged link %s in words and starts from the last set-up', async (hash, notice) => {
    go(hash);
    localStorage.setItem(STORAGE_KEY, serialise({ config: FOUR_NEURON.config, compare: null }));
    const { app } = await open();
    expect(app.run.getState().notice).toBe(notice);
    expect(app.state.getState().config).toEqual(FOUR_NEURON.config);
  });

  it('reports a corrupt stored set-up and starts from the default', async () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"config":{"hidden":"lots"}}');
    const { app } = await open();
    expect(app.state.getState().config).toEqual(DEFAULT_CONFIG);
    expect(app.run.getState().notice).toBe(
      'Your saved set-up could not be read: the list of hidden layers must be a list of at most 12 layers (it is “lots”). Starting from the default network.',
    );
  });
});

describe('a reload', () => {
  const saved = (state = stepLink.state) =>
    sessionRecord(
      state,
      [
        {
          params: Float64Array.from({ length: 13 }, (_, k) => k / 10),
          optimizer: { velocity: new Float64Array(0), secondMoment: new Float64Array(0), steps: 99 },
          counters: { step: 99, epoch: 99, examplesSeen: 99 },
        },
      ],
      { loss: [new LossHistory().save()], gradients: [] },
      1,
    );

  it('restores the saved session when the link names the same state', async () => {
    go(`#${await encodeLink(stepLink)}`);
    const { worker } = await open(memoryStore(saved()));
    expect(worker.sent.find((c) => c.type === 'configure')).toMatchObject({ resume: [{ counters: { step: 99 } }] });
  });

  it('restores it when the address has no link, and a different link wins over it', async () => {
    const first = await open(memoryStore(saved()));
    expect(first.worker.sent.find((c) => c.type === 'configure')).toHaveProperty('resume');
    persistence!.stop();
    go(`#${setupLink(DEFAULT_CONFIG)}`);
    const second = await open(memoryStore(saved()));
    expect(second.worker.sent.find((c) => c.type === 'configure')).not.toHaveProperty('resume');
    expect(second.app.state.getState().config).toEqual(DEFAULT_CONFIG);
  });

  it('a restored session is put in the address bar at once', async () => {
    await open(memoryStore(saved()));
    await until(async () => {
      const link = await decodeLink(window.location.hash);
      expect(link?.ok && link.value.state).toEqual(stepLink.state);
    });
  });

  it('a damaged session is named, and its set-up is kept with fresh weights', async () => {
    const record = saved();
    record.trainers[0].params[2] = NaN;
    const { app, worker } = await open(memoryStore(record));
    expect(app.run.getState().notice).toBe(
      'Your last session could not be restored: the saved weights of network 1 must be a list of ordinary numbers (it is 13 packed numbers).',
    );
    expect(app.state.getState().config).toEqual(FOUR_NEURON.config);
    expect(worker.sent.find((c) => c.type === 'configure')).not.toHaveProperty('resume');
  });
});

describe('the address bar', () => {
  it('follows every change of the state once it settles', async () => {
    const { app } = await open();
    app.commands.setSeed(6);
    app.commands.setEdgeScale('log');
    await until(async () => {
      const link = await decodeLink(window.location.hash);
      expect(link?.ok && link.value.state.config.seed).toBe(6);
      expect(link?.ok && link.value.state.view.edgeScale).toBe('log');
    });
    expect((await decodeLink(localStorage.getItem(STORAGE_KEY)!))?.ok).toBe(true);
  });

  it('keeps updating when localStorage and IndexedDB are full, and says so once', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const store = memoryStore();
    store.failing = 'full';
    const { app, worker } = await open(store);
    answered(app, worker);
    app.commands.setSeed(7);
    await until(async () => {
      const link = await decodeLink(window.location.hash);
      expect(link?.ok && link.value.state.config.seed).toBe(7);
    });
    app.commands.setSeed(8);
    await until(async () => {
      const link = await decodeLink(window.location.hash);
      expect(link?.ok && link.value.state.config.seed).toBe(8);
    });
    expect(app.run.getState().notice).toBe(STORAGE_PROBLEM);
    expect(app.run.getState().error).toBeNull();
  });
});

describe('a link pasted into an open tab', () => {
  const paste = async (link: Link) => {
    window.location.hash = await encodeLink(link);
  };

  it('applies at once when nothing has trained', async () => {
    const { app } = await open();
    await paste(stepLink);
    await until(() => expect(app.state.getState().mode).toBe('step'));
    expect(app.state.getState().config).toEqual(FOUR_NEURON.config);
    expect(app.run.getState().question).toBeNull();
  });

  it('asks before it throws a trained network away; "keep" restores the address', async () => {
    const { app, worker } = await open();
    answered(app, worker);
    worker.emit({ type: 'frame', frame: frameAtStep(120) });
    await paste(stepLink);
    await until(() =>
      expect(app.run.getState().question?.text).toBe(
        'Open the link? It replaces the network you trained for 120 steps.',
      ),
    );
    expect(app.state.getState().mode).toBe('train');
    app.commands.answerQuestion(false);
    // The address bar shows the network that stayed, not the link that was declined.
    await until(async () => {
      const now = await decodeLink(window.location.hash);
      expect(now?.ok && now.value.state.config).toEqual(DEFAULT_CONFIG);
    });
    expect(app.state.getState().config).toEqual(DEFAULT_CONFIG);

    await paste(stepLink);
    await until(() => expect(app.run.getState().question).not.toBeNull());
    app.commands.answerQuestion(true);
    expect(app.state.getState().mode).toBe('step');
    expect(app.state.getState().config).toEqual(FOUR_NEURON.config);
  });

  it('a damaged pasted link is named and nothing changes', async () => {
    const { app } = await open();
    window.location.hash = 's2=@@';
    await until(() =>
      expect(app.run.getState().notice).toBe(
        'This link could not be opened: it has characters a link never contains. Your network is kept as it was.',
      ),
    );
    expect(app.state.getState().config).toEqual(DEFAULT_CONFIG);
  });
});

/** A frame of the default network at `step` (only the counters matter here). */
function frameAtStep(step: number) {
  return {
    id: 1,
    playing: false,
    examplesPerSecond: 0,
    stepper: null,
    weight: null,
    trainers: [
      {
        step,
        epoch: 1,
        examplesSeen: step * 10,
        batchLoss: 0.1,
        trainLoss: 0.1,
        testLoss: 0.1,
        trainAccuracy: 0.9,
        testAccuracy: 0.9,
        evalStep: step,
        layerSizes: [2, 6, 6, 1],
        params: new Float64Array(67),
        grads: new Float64Array(67),
        stats: new Float64Array(15),
        edgeMax: new Float64Array(6),
        skips: [false, false, false],
        skipGrads: new Float64Array(0),
        computed: null,
        nonFinite: { params: 0, grads: 0 },
        probe: {
          input: new Float64Array(2),
          target: new Float64Array(1),
          z: new Float64Array(13),
          a: new Float64Array(13),
          delta: new Float64Array(13),
          df: new Float64Array(13),
          dA: new Float64Array(13),
          status: new Uint8Array(13),
          loss: 0,
        },
        optimizer: { kind: 'sgd' as const, learningRate: 0.03 },
        batchSize: 10,
        outputMap: null,
      },
    ],
  };
}
