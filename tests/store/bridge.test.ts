/**
 * The bridge against a real TrainingSession behind a fake worker (messages cloned and
 * delivered asynchronously, as postMessage does): worker events become store updates,
 * every frame is acknowledged, errors reach runStore with the text the UI shows, and
 * config edits become the right commands.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandsForChange, startBridge, type Bridge, type WorkerLike } from '../../src/store/bridge';
import { useConfigStore } from '../../src/store/configStore';
import { DEFAULT_CONFIG } from '../../src/store/defaults';
import { frameStore } from '../../src/store/frameStore';
import { useRunStore } from '../../src/store/runStore';
import { realClock } from '../../src/worker/clock';
import type { Command, Frame, TrainerConfig, WorkerEvent } from '../../src/worker/protocol';
import { TrainingSession } from '../../src/worker/session';

interface FakeWorker extends WorkerLike {
  sent: Command[];
  frames: Frame[];
}

function fakeWorker(): FakeWorker {
  const clock = realClock();
  let terminated = false;
  const session: TrainingSession = new TrainingSession((event, transfer) => {
    if (terminated) return;
    const data = structuredClone(event, { transfer });
    if (data.type === 'frame') worker.frames.push(data.frame);
    worker.onmessage?.({ data } as MessageEvent<WorkerEvent>);
  }, clock);
  const worker: FakeWorker = {
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
  };
  return worker;
}

const initialRun = useRunStore.getState();
const runState = () => useRunStore.getState();
const until = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 10_000, interval: 5 });
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ofType = <T extends Command['type']>(w: FakeWorker, type: T) =>
  w.sent.filter((c): c is Extract<Command, { type: T }> => c.type === type);

vi.setConfig({ testTimeout: 30_000 });

let worker: FakeWorker;
let bridge: Bridge;

beforeEach(() => {
  useConfigStore.setState({ config: DEFAULT_CONFIG, problem: null, compare: null });
  useRunStore.setState(initialRun, true);
  frameStore.setState({ frame: null });
  worker = fakeWorker();
  bridge = startBridge(() => worker, (fn) => setTimeout(fn, 0));
});
afterEach(() => bridge.dispose());

describe('bridge', () => {
  it('configures on start, publishes frames, fills counters and history, and acknowledges every frame', async () => {
    expect(worker.sent[0]).toEqual({ type: 'configure', trainers: [DEFAULT_CONFIG] });
    await until(() => expect(runState().ready).toBe(true));
    expect(runState().data[0].train.count).toBe(400);
    expect(runState().history).toHaveLength(1);
    await until(() => expect(frameStore.getState().frame).not.toBeNull());
    expect(runState().counters[0].step).toBe(0);

    bridge.send({ type: 'play' });
    await until(() => expect(runState().playing).toBe(true));
    await until(() => {
      expect(runState().counters[0]?.step).toBeGreaterThan(0);
      expect(runState().history[0].size).toBeGreaterThanOrEqual(3);
      expect(worker.frames.length).toBeGreaterThanOrEqual(5);
    });
    const historyVersion = runState().historyVersion;
    expect(historyVersion).toBeGreaterThan(initialRun.historyVersion);
    const points = runState().history[0].toArray();
    for (let k = 1; k < points.length; k++) expect(points[k].step).toBeGreaterThan(points[k - 1].step);
    expect(points.every((p) => Number.isFinite(p.train))).toBe(true);

    bridge.send({ type: 'pause' });
    await until(() => expect(runState().playing).toBe(false));
    // The final frame says so; every frame the worker sent was acknowledged, once, in order.
    await until(() => {
      expect(worker.frames.at(-1)?.playing).toBe(false);
      expect(ofType(worker, 'ack').map((c) => c.id)).toEqual(worker.frames.map((f) => f.id));
    });
    const last = worker.frames[worker.frames.length - 1];
    expect(frameStore.getState().frame?.id).toBe(last.id);
    expect(runState().counters[0].step).toBe(last.trainers[0].step);
  });

  it('shows a refused configuration as an error, restores the editor, and keeps the running network', async () => {
    await until(() => expect(runState().ready).toBe(true));
    bridge.send({ type: 'step', unit: 'batch' });
    bridge.send({ type: 'step', unit: 'batch' });
    await until(() => expect(runState().counters[0]?.step).toBe(2));
    const good = useConfigStore.getState().config;

    const bad: TrainerConfig = { ...good, hidden: [{ units: 0, activation: 'tanh' }] };
    useConfigStore.getState().load(bad);
    expect(ofType(worker, 'configure')).toHaveLength(2);
    await until(() => expect(runState().error).not.toBeNull());
    expect(runState().error).toEqual({ kind: 'invalid', field: 'layers[0].units',
      message: 'layers[0].units must be an integer from 1 to 1024 (got 0)' });
    expect(useConfigStore.getState().config).toEqual(good);

    // Restoring the editor is not a new configuration: nothing is rebuilt, the error stays.
    await idle(150);
    expect(ofType(worker, 'configure')).toHaveLength(2);
    expect(runState().error?.kind).toBe('invalid');
    bridge.send({ type: 'step', unit: 'batch' });
    await until(() => expect(runState().counters[0]?.step).toBe(3));
    expect(frameStore.getState().frame?.trainers[0].layerSizes).toEqual([2, 6, 6, 1]);
  });

  it('restores the editor to what the worker really runs, and only when a configuration was refused', async () => {
    await until(() => expect(runState().ready).toBe(true));
    useConfigStore.getState().setLearningRate(0.2);
    const live = useConfigStore.getState().config;
    useConfigStore.getState().load({ ...live, hidden: [{ units: 2000, activation: 'tanh' }] });
    await until(() => expect(runState().error?.field).toBe('layers[0].units'));
    expect(useConfigStore.getState().config).toEqual(live);
    expect(worker.sent.filter((c) => c.type !== 'ack').map((c) => c.type)).toEqual(['configure', 'set-optimizer', 'configure']);

    // A refusal of something else (a training example that does not exist) leaves the editor alone.
    useConfigStore.getState().setSeed(5);
    bridge.send({ type: 'stepper-enter', example: { kind: 'row', index: 10_000 } });
    await until(() => expect(runState().error?.field).toBe('example'));
    await idle(50);
    expect(useConfigStore.getState().config.seed).toBe(5);
    expect(runState().configs[0].seed).toBe(5);
  });

  it('reports a diverged run and an unknown command, and a dead worker', async () => {
    await until(() => expect(runState().ready).toBe(true));
    bridge.send({ type: 'launch' } as unknown as Command);
    await until(() => expect(runState().error?.kind).toBe('crash'));
    expect(runState().error?.message).toContain('launch');

    useConfigStore.getState().load({ ...DEFAULT_CONFIG, hidden: [{ units: 8, activation: 'relu' }, { units: 8, activation: 'relu' }],
      output: 'linear', init: { kind: 'he', scale: 10 }, optimizer: { kind: 'sgd', learningRate: 100 },
      dataset: { kind: 'sine', count: 100, noise: 0, testFraction: 0.2 } });
    await until(() => expect(runState().configs[0]?.optimizer.learningRate).toBe(100));
    bridge.send({ type: 'play' });
    await until(() => expect(runState().error?.kind).toBe('diverged'));
    expect(runState().error?.message).toMatch(/diverged.*lower the learning rate/is);
    await until(() => expect(runState().playing).toBe(false));

    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(runState().error).toEqual({ kind: 'crash',
      message: 'The training worker stopped: out of memory. Reload the page to start again.' });
    expect(runState().playing).toBe(false);
  });

  it('turns editor changes into live commands or a rebuild', async () => {
    await until(() => expect(runState().ready).toBe(true));
    bridge.send({ type: 'step', unit: 'batch' });
    await until(() => expect(runState().counters[0]?.step).toBe(1));

    useConfigStore.getState().setLearningRate(0.2);
    expect(worker.sent.at(-1)).toEqual({ type: 'set-optimizer', patch: { kind: 'sgd', learningRate: 0.2 }, trainer: 0 });
    useConfigStore.getState().setBatchSize(25);
    expect(worker.sent.at(-1)).toEqual({ type: 'set-batch-size', batchSize: 25, trainer: 0 });
    bridge.send({ type: 'step', unit: 'batch' });
    await until(() => expect(runState().counters[0]?.step).toBe(2));
    expect(runState().counters[0].examplesSeen).toBe(10 + 25);
    expect(ofType(worker, 'configure')).toHaveLength(1);

    useConfigStore.getState().setUnits(0, 3);
    expect(worker.sent.at(-1)).toMatchObject({ type: 'configure' });
    await until(() => expect(runState().counters[0]?.step).toBe(0));
    expect(frameStore.getState().frame?.trainers[0].layerSizes).toEqual([2, 3, 6, 1]);
  });
});

describe('commandsForChange', () => {
  const a = DEFAULT_CONFIG;
  it('a learning-rate change is a live set-optimizer only', () => {
    const b = { ...a, optimizer: { ...a.optimizer, learningRate: 0.3 } };
    expect(commandsForChange([a], [b])).toEqual([{ type: 'set-optimizer', patch: b.optimizer, trainer: 0 }]);
  });
  it('a batch-size change is live; both together give both commands', () => {
    const b = { ...a, batchSize: 32 };
    expect(commandsForChange([a], [b])).toEqual([{ type: 'set-batch-size', batchSize: 32, trainer: 0 }]);
    const c = { ...b, optimizer: { ...a.optimizer, kind: 'adam' as const } };
    expect(commandsForChange([a], [c]).map((cmd) => cmd.type)).toEqual(['set-optimizer', 'set-batch-size']);
  });
  it('a layer, activation, data, seed or init change rebuilds', () => {
    const changes: TrainerConfig[] = [
      { ...a, hidden: [...a.hidden, { units: 2, activation: 'relu' }] },
      { ...a, hidden: a.hidden.map((l) => ({ ...l, activation: 'sigmoid' as const })) },
      { ...a, dataset: { ...a.dataset, kind: 'xor' } },
      { ...a, seed: 2 },
      { ...a, init: { kind: 'he', scale: 1 } },
    ];
    for (const b of changes) expect(commandsForChange([a], [b])).toEqual([{ type: 'configure', trainers: [b] }]);
  });
  it('nothing changed sends nothing; a second trainer rebuilds; live changes name their trainer', () => {
    expect(commandsForChange([a], [{ ...a }])).toEqual([]);
    expect(commandsForChange([a], [a, a])).toEqual([{ type: 'configure', trainers: [a, a] }]);
    const b = { ...a, optimizer: { ...a.optimizer, learningRate: 3 } };
    expect(commandsForChange([a, a], [a, b])).toEqual([{ type: 'set-optimizer', patch: b.optimizer, trainer: 1 }]);
  });
});
