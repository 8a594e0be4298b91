/**
 * The app factory against a real TrainingSession behind a fake worker (messages cloned and
 * delivered asynchronously, as postMessage does): worker events become store updates,
 * every frame is acknowledged, errors reach the run store with the text the UI shows, and
 * each command tells the worker exactly what changed — no configuration diffing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/engine';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import type { App } from '../../src/store/createApp';
import type { Command, TrainerConfig } from '../../src/worker/protocol';
import { sessionWorker, type SessionWorker } from '../helpers/fakeWorkers';
import { appOn, disposeApps } from '../helpers/testApp';

const until = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 10_000, interval: 5 });
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

vi.setConfig({ testTimeout: 30_000 });

let worker: SessionWorker;
let app: App;
const run = () => app.run.getState();
const state = () => app.state.getState();
const frame = () => app.frames.getState().frame;
const withoutAcks = () =>
  worker.sent.filter((c) => c.type !== 'ack' && c.type !== 'select-weight' && c.type !== 'ping').map((c) => c.type);

function start(initial?: Parameters<typeof appOn>[1]): void {
  worker = sessionWorker();
  app = appOn(worker, initial);
}

afterEach(() => disposeApps());

describe('createApp', () => {
  it('configures on start, publishes frames, fills counters and history, and acknowledges every frame', async () => {
    start();
    expect(worker.sent[0]).toEqual({ type: 'configure', trainers: [DEFAULT_CONFIG] });
    await until(() => expect(run().ready).toBe(true));
    expect(state().running).toEqual([DEFAULT_CONFIG]);
    expect(run().data[0].train.count).toBe(400);
    expect(app.histories.getState().loss).toHaveLength(1);
    await until(() => expect(frame()).not.toBeNull());
    expect(run().counters[0].step).toBe(0);

    app.commands.play();
    await until(() => expect(run().playing).toBe(true));
    await until(() => {
      expect(run().counters[0]?.step).toBeGreaterThan(0);
      expect(app.histories.getState().loss[0].size).toBeGreaterThanOrEqual(3);
      expect(worker.frames.length).toBeGreaterThanOrEqual(5);
    });
    const points = app.histories.getState().loss[0].toArray();
    for (let k = 1; k < points.length; k++) expect(points[k].step).toBeGreaterThan(points[k - 1].step);
    expect(points.every((p) => Number.isFinite(p.train))).toBe(true);
    expect(app.histories.getState().gradients[0].size).toBeGreaterThan(0);

    app.commands.pause();
    await until(() => expect(run().playing).toBe(false));
    // The final frame says so; every frame the worker sent was acknowledged, once, in order.
    await until(() => {
      expect(worker.frames.at(-1)?.playing).toBe(false);
      expect(worker.ofType('ack').map((c) => c.id)).toEqual(worker.frames.map((f) => f.id));
    });
    const last = worker.frames[worker.frames.length - 1];
    expect(frame()?.id).toBe(last.id);
    expect(run().counters[0].step).toBe(last.trainers[0].step);
  });

  it('a live η change reaches the worker once, with no rebuild, and the worker confirms it', async () => {
    start();
    await until(() => expect(run().ready).toBe(true));
    app.commands.step('batch');
    await until(() => expect(run().counters[0]?.step).toBe(1));
    worker.sent.length = 0;

    app.commands.setLearningRate(0.2);
    expect(worker.sent).toEqual([{ type: 'set-optimizer', patch: { kind: 'sgd', learningRate: 0.2 } }]);
    expect(state().config.optimizer.learningRate).toBe(0.2);
    await until(() => expect(state().running[0].optimizer.learningRate).toBe(0.2));
    await until(() => expect(frame()?.trainers[0].optimizer.learningRate).toBe(0.2));
    app.commands.setBatchSize(25);
    expect(worker.sent.at(-1)).toEqual({ type: 'set-batch-size', batchSize: 25 });
    app.commands.step('batch');
    await until(() => expect(run().counters[0]?.step).toBe(2));
    expect(run().counters[0].examplesSeen).toBe(10 + 25);
    expect(worker.ofType('configure')).toHaveLength(0);

    app.commands.setUnits(0, 3);
    expect(worker.sent.at(-1)).toMatchObject({ type: 'configure' });
    await until(() => expect(run().counters[0]?.step).toBe(0));
    expect(frame()?.trainers[0].layerSizes).toEqual([2, 3, 6, 1]);
  });

  it('refuses a bad value before it reaches the worker, naming the field, with the one limits table', async () => {
    start();
    await until(() => expect(run().ready).toBe(true));
    worker.sent.length = 0;
    for (const lr of [NaN, 0, -1, 11]) {
      app.commands.setLearningRate(lr);
      expect(run().problem?.field).toBe('learningRate');
      expect(run().problem?.message).toContain(`${LIMITS.learningRate.min} to ${LIMITS.learningRate.max}`);
    }
    app.commands.setUnits(0, 65);
    expect(run().problem).toEqual({ field: 'hidden.0.units', message: 'A layer has 1 to 64 neurons (whole numbers).' });
    expect(worker.sent).toEqual([]);
    expect(state().config).toEqual(DEFAULT_CONFIG);
  });

  it('shows a refused configuration as an error, restores the editor to what runs, and keeps training it', async () => {
    start();
    await until(() => expect(run().ready).toBe(true));
    app.commands.step('batch');
    app.commands.step('batch');
    await until(() => expect(run().counters[0]?.step).toBe(2));
    app.commands.setLearningRate(0.2);
    const good = state().config;

    // A file the schema would never pass: handed to the command directly, the worker refuses it.
    const bad: TrainerConfig = { ...good, hidden: [{ units: 2000, activation: 'tanh' }] };
    app.commands.loadSetup({ config: bad, compare: null });
    await until(() => expect(run().error?.field).toBe('layers[0].units'));
    expect(run().error).toEqual({
      kind: 'invalid',
      field: 'layers[0].units',
      command: 'configure',
      message: 'layers[0].units must be an integer from 1 to 64 (got 2000)',
    });
    expect(state().config).toEqual(good);
    expect(withoutAcks()).toEqual(['configure', 'step', 'step', 'set-optimizer', 'configure']);

    // Restoring the editor is not a new configuration: nothing is rebuilt, the error stays.
    await idle(150);
    expect(worker.ofType('configure')).toHaveLength(2);
    app.commands.step('batch');
    await until(() => expect(run().counters[0]?.step).toBe(3));
    expect(frame()?.trainers[0].layerSizes).toEqual([2, 6, 6, 1]);
  });

  it('reports an overflow caught before commit, an unknown command and an unknown event', async () => {
    start();
    await until(() => expect(run().ready).toBe(true));
    worker.postMessage({ type: 'launch' } as unknown as Command);
    await until(() => expect(run().error?.kind).toBe('crash'));
    expect(run().error?.message).toBe(
      'The command "launch" failed inside the training worker (unknown command "launch"). ' +
        'Nothing else changed: the network and its weights are as they were.',
    );

    app.commands.loadSetup({
      config: {
        ...DEFAULT_CONFIG,
        hidden: [
          { units: 8, activation: 'relu' },
          { units: 8, activation: 'relu' },
        ],
        output: 'linear',
        init: { kind: 'he', scale: 10 },
        optimizer: { kind: 'sgd', learningRate: 10 },
        dataset: { kind: 'sine', count: 100, noise: 0, testFraction: 0.2 },
      },
      compare: null,
    });
    await until(() => expect(state().running[0]?.optimizer.learningRate).toBe(10));
    app.commands.play();
    await until(() => expect(run().alarm?.kind).toBe('overflow'));
    expect(run().alarm?.cause).toBe('weights');
    await until(() => expect(run().playing).toBe(false));
    await until(() => expect(frame()?.playing).toBe(false));
    expect(frame()?.trainers[0].params.every(Number.isFinite)).toBe(true);

    worker.onmessage?.({ data: { type: 'telemetry' } } as unknown as MessageEvent);
    expect(run().error).toEqual({
      kind: 'crash',
      message: 'The page received an unknown message from the training worker "telemetry" and ignored it.',
    });
  });

  it('steps through one example: the app state holds the phase, the frame confirms it', async () => {
    start();
    await until(() => expect(run().ready).toBe(true));
    app.commands.enterStepThrough();
    await until(() => expect(frame()?.stepper?.position).toBe(0));
    app.commands.nextPhase();
    app.commands.nextPhase();
    app.commands.nextPhase();
    expect(state().stepThrough.phase).toBe(3);
    await until(() => expect(frame()?.stepper?.position).toBe(3));
    app.commands.previousPhase();
    await until(() => expect(frame()?.stepper?.position).toBe(2));
    // The phase cannot go past the step's end (2 · 3 layers · 2 + loss + update = 14).
    app.commands.seekPhase(99);
    expect(state().stepThrough.phase).toBe(14);
    await until(() => expect(frame()?.stepper?.position).toBe(14));
    // Play ends the step-through on both sides; the completed step counts.
    app.commands.play();
    expect(state().mode).toBe('train');
    await until(() => expect(frame()?.stepper).toBeNull());
    app.commands.pause();
    await until(() => expect(run().playing).toBe(false));
  });

  it('importing a set-up during step-through leaves step-through in the worker too', async () => {
    start();
    await until(() => expect(run().ready).toBe(true));
    app.commands.enterStepThrough();
    await until(() => expect(frame()?.stepper).not.toBeNull());
    // The same network again: nothing to rebuild by a diff, yet the worker must leave the step.
    app.commands.loadSetup({ config: state().config, compare: null });
    expect(state().mode).toBe('train');
    expect(withoutAcks().slice(-2)).toEqual(['stepper-exit', 'configure']);
    await until(() => expect(frame()?.stepper).toBeNull());
  });

  it('two apps on one page keep their own state', async () => {
    start();
    const first = app;
    const firstWorker = worker;
    start();
    await until(() => expect(first.run.getState().ready && app.run.getState().ready).toBe(true));
    first.commands.setLearningRate(0.5);
    app.commands.enterCompare();
    expect(first.state.getState().mode).toBe('train');
    expect(app.state.getState().config.optimizer.learningRate).toBe(DEFAULT_CONFIG.optimizer.learningRate);
    expect(firstWorker.ofType('configure')).toHaveLength(1);
    await until(() => expect(app.state.getState().running).toHaveLength(2));
    expect(first.state.getState().running).toHaveLength(1);
  });
});
