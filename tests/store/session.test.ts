/**
 * Saving and restoring a session, against the real training session behind a fake worker:
 * the saver writes on pause (and while playing), the record reads back whole, and an app
 * started from it has the same step count, identical weights and predictions, the same
 * optimiser moments, the same charts, mode and selection. A failing storage is reported
 * and nothing else changes; "Start fresh" forgets it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import type { App } from '../../src/store/createApp';
import { LossHistory } from '../../src/store/ringBuffer';
import { readSession, sessionRecord, type SessionRecord } from '../../src/store/sessionRecord';
import { startSessionSaving, type SessionSaving } from '../../src/store/sessionSaver';
import { linkStateOf } from '../../src/store/schemaState';
import { sessionWorker } from '../helpers/fakeWorkers';
import { memoryStore } from '../helpers/memoryStore';
import { appOn, disposeApps } from '../helpers/testApp';

vi.setConfig({ testTimeout: 30_000 });
const until = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 10_000, interval: 5 });

let savers: SessionSaving[] = [];
afterEach(() => {
  savers.forEach((s) => s.stop());
  savers = [];
  disposeApps();
});

const config = { ...DEFAULT_CONFIG, optimizer: { kind: 'adam' as const, learningRate: 0.01 } };

async function trainedApp(): Promise<{ app: App; store: ReturnType<typeof memoryStore>; failures: unknown[] }> {
  const app = appOn(sessionWorker(), { config });
  const store = memoryStore();
  const failures: unknown[] = [];
  savers.push(startSessionSaving(app, store, { failed: (e) => failures.push(e) }));
  await until(() => expect(app.run.getState().ready).toBe(true));
  app.commands.play();
  await until(() => expect(app.run.getState().counters[0]?.step).toBeGreaterThan(30));
  app.commands.pause();
  await until(() => expect(app.run.getState().playing).toBe(false));
  app.commands.select({ kind: 'weight', layer: 1, to: 2, from: 3 });
  return { app, store, failures };
}

describe('a saved session', () => {
  it('is written on pause and restores the step count, weights, predictions, moments, charts and selection', async () => {
    const { app, store } = await trainedApp();
    // The pause's save, then the selection's (a moment later).
    await until(() => expect((store.record as SessionRecord | undefined)?.link).toBeDefined());
    await until(async () => {
      const saved = await readSession(structuredClone(store.record));
      expect(saved?.ok && saved.value.state.selection).toEqual({ kind: 'weight', layer: 1, to: 2, from: 3 });
    });
    const before = await app.snapshot();
    const frame = app.frames.getState().frame!.trainers[0];
    const loss = app.histories.getState().loss[0].toArray();
    const gradients = app.histories.getState().gradients[0].series(0, 'meanAbsGrad');

    const saved = await readSession(structuredClone(store.record));
    if (!saved?.ok) throw new Error(`refused: ${saved?.message}`);
    const restored = appOn(sessionWorker(), saved.value.state, {
      restored: { resume: saved.value.resume, histories: saved.value.histories },
    });
    await until(() => expect(restored.frames.getState().frame?.trainers[0].step).toBe(frame.step));
    const again = restored.frames.getState().frame!.trainers[0];
    expect(again.params).toEqual(frame.params);
    // Identical predictions: the probe example's every value, computed afresh from the weights.
    expect(again.probe.a).toEqual(frame.probe.a);
    expect(again.probe.loss).toBe(frame.probe.loss);
    expect((await restored.snapshot())![0].optimizer).toEqual(before![0].optimizer);
    // The charts come back whole (a fresh evaluation at the restored step may follow).
    expect(restored.histories.getState().loss[0].toArray().slice(0, loss.length)).toEqual(loss);
    expect(restored.histories.getState().gradients[0].series(0, 'meanAbsGrad').slice(0, gradients.length)).toEqual(
      gradients,
    );
    expect(restored.state.getState().selection).toEqual({ kind: 'weight', layer: 1, to: 2, from: 3 });
    // The selected weight's report is asked for again.
    await until(() => expect(restored.frames.getState().frame?.weight?.weight).toEqual({ layer: 1, to: 2, from: 3 }));
  });

  it('is written every few seconds while training plays, without pausing it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    try {
      const app = appOn(sessionWorker(), { config });
      const store = memoryStore();
      savers.push(startSessionSaving(app, store, { failed: () => {} }));
      await until(() => expect(app.run.getState().ready).toBe(true));
      app.commands.play();
      await until(() => expect(app.run.getState().playing).toBe(true));
      vi.advanceTimersByTime(4000);
      await until(() => expect(store.saves).toBe(1));
      vi.advanceTimersByTime(4000);
      await until(() => expect(store.saves).toBe(2));
      expect(app.run.getState().playing).toBe(true);
      const saved = await readSession(structuredClone(store.record));
      expect(saved?.ok && saved.value.resume[0].counters!.step).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a full storage is reported on every failed write and changes nothing else', async () => {
    const app = appOn(sessionWorker(), { config });
    const store = memoryStore();
    store.failing = 'full';
    const failures: unknown[] = [];
    const saver = startSessionSaving(app, store, { failed: (e) => failures.push(e) });
    savers.push(saver);
    await until(() => expect(app.run.getState().ready).toBe(true));
    await saver.saveNow();
    expect(failures).toHaveLength(1);
    app.commands.step('batch');
    await until(() => expect(app.run.getState().counters[0]?.step).toBe(1));
    expect(app.run.getState().error).toBeNull();
  });

  it('"clear" forgets it, and a save in progress is not written after it', async () => {
    const { app, store } = await trainedApp();
    const saver = savers[0];
    await until(() => expect(store.record).toBeDefined());
    const pending = saver.saveNow();
    await saver.clear();
    await pending;
    expect(store.record).toBeUndefined();
    void app;
  });
});

describe('readSession refuses a damaged record whole, naming what is wrong', () => {
  const good = (): SessionRecord => {
    const params = Float64Array.from({ length: 67 }, (_, k) => k / 100);
    const optimizer = { velocity: new Float64Array(0), secondMoment: new Float64Array(0), steps: 3 };
    return sessionRecord(
      linkStateOf({ ...appStateFor() }),
      [{ params, optimizer, counters: { step: 3, epoch: 0, examplesSeen: 30 } }],
      { loss: [new LossHistory().save()], gradients: [] },
      1,
    );
  };
  const appStateFor = () => ({
    ...linkStateOf({
      config: DEFAULT_CONFIG,
      compare: null,
      running: [],
      mode: 'train',
      stepThrough: { example: { kind: 'row', index: 0 }, phase: 0 },
      selection: null,
      selectedTrainer: 0,
      view: {
        edgeMode: 'gradient',
        edgeScale: 'linear',
        highlightedLayer: null,
        highlightedPath: null,
        gradientMetric: 'meanAbsGrad',
        lossLog: false,
        lectureChart: 'gradient-chart',
        theme: 'auto',
        compareScale: null,
      },
      speed: null,
      note: null,
      lesson: null,
      lecture: false,
    }),
    running: [],
    note: null,
  });

  it('accepts a good one', async () => {
    expect((await readSession(good()))?.ok).toBe(true);
    expect(await readSession(undefined)).toBeNull();
  });

  it.each<[string, (r: Record<string, unknown> & SessionRecord) => void, RegExp]>([
    ['a newer version', (r) => void (r.version = 2), /newer version of Backprop Lab/],
    [
      'weights that are not numbers',
      (r) => void ((r.trainers[0] as { params: unknown }).params = [1, 2]),
      /^the saved weights of network 1 must be a list of ordinary numbers/,
    ],
    [
      'a NaN weight',
      (r) => void (r.trainers[0].params[5] = NaN),
      /^the saved weights of network 1 must be a list of ordinary numbers/,
    ],
    ['negative counters', (r) => void (r.trainers[0].counters.step = -4), /^the saved step counters of network 1/],
    ['a damaged set-up', (r) => void (r.link = 's2=@@'), /^its set-up could not be read/],
    ['two networks for a one-network set-up', (r) => void r.trainers.push(r.trainers[0]), /do not match its set-up/],
    [
      'a chart that is not one',
      (r) => void (r.histories.loss = [{ width: 2 } as never]),
      /^the saved loss chart of network 1 must be a saved chart/,
    ],
    ['a chart of the wrong shape', (r) => void (r.histories.loss[0].length = 5000), /charts are damaged/],
  ])('%s', async (_, edit, message) => {
    const record = good() as Record<string, unknown> & SessionRecord;
    edit(record);
    const r = await readSession(record);
    expect(r?.ok).toBe(false);
    expect(!r?.ok && r?.message).toMatch(message);
  });
});
