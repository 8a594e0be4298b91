/**
 * Own points and network files against a real TrainingSession behind a fake worker: a
 * click's point reaches the worker as data and the network keeps its weights; undo brings
 * the data back; a network exported from one app and imported into a fresh one predicts
 * identically (same weights, same evaluation); a refused file changes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/store/createApp';
import { sessionWorker, type SessionWorker } from '../helpers/fakeWorkers';
import { appOn, disposeApps } from '../helpers/testApp';

const until = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 10_000, interval: 5 });
vi.setConfig({ testTimeout: 30_000 });
afterEach(() => disposeApps());

function start(): { app: App; worker: SessionWorker } {
  const worker = sessionWorker();
  return { app: appOn(worker), worker };
}

/** The trained network as the export writes it. */
async function snapshot(app: App) {
  const file = await app.commands.exportNetwork();
  return JSON.parse(file.text) as { layers: { weights: number[][]; biases: number[] }[]; counters: { step: number } };
}

describe('own points', () => {
  it('turns the data into own points on the first click, trains on them, keeps the weights, and undoes', async () => {
    const { app, worker } = start();
    await until(() => expect(app.run.getState().ready).toBe(true));
    app.commands.step('epoch');
    await until(() => expect(app.run.getState().counters[0]?.epoch).toBe(1));
    const before = await snapshot(app);

    app.commands.addPoint(0.5, -0.25, 1);
    const config = app.state.getState().config;
    expect(config.dataset.kind).toBe('custom');
    expect(config.dataset.points?.rows).toHaveLength(501);
    expect(config.dataset.points?.rows.at(-1)).toEqual([0.5, -0.25, 1]);
    await until(() => expect(app.run.getState().data[0].train.count + app.run.getState().data[0].test.count).toBe(501));
    const configure = worker.ofType('configure').at(-1)!;
    expect(configure.trainers[0].dataset.kind).toBe('custom');
    expect(configure.resume?.[0]?.params).toBeInstanceOf(Float64Array);
    // Same network, continued: the weights and the step count survive the new data.
    const after = await snapshot(app);
    expect(after.layers).toEqual(before.layers);
    expect(after.counters.step).toBe(before.counters.step);

    app.commands.removePoint(0);
    expect(app.state.getState().config.dataset.points?.rows).toHaveLength(500);
    app.commands.undoPoints();
    expect(app.state.getState().config.dataset.points?.rows).toHaveLength(501);
    app.commands.undoPoints();
    expect(app.state.getState().config.dataset.kind).toBe('circle');
    expect(app.commands.canUndoPoints()).toBe(false);
  });

  it('imports a CSV only when every line is good, and says which lines are not', async () => {
    const { app } = start();
    await until(() => expect(app.run.getState().ready).toBe(true));
    const bad = app.commands.importPoints('mine.csv', 'x1,x2,label\n1,1,1\n2,two,0\n-1,-1,0\n3,3,7\n');
    expect(bad.applied).toBe(false);
    expect(bad.problems).toEqual([
      'mine.csv was not loaded:',
      'Line 3: x2 is "two", not a number.',
      'Line 5: label is 7; a label is a class index, a whole number from 0 to 4.',
    ]);
    expect(bad.good?.rows).toEqual([
      [1, 1, 1],
      [-1, -1, 0],
    ]);
    expect(app.state.getState().config.dataset.kind).toBe('circle');
    const good = app.commands.importPoints('mine.csv', 'x1,x2,label\n1,1,1\n-1,-1,0\n');
    expect(good.applied).toBe(true);
    await until(() => expect(app.run.getState().data[0].train.count).toBe(2));
    expect(app.commands.pointsCsv()).toBe('x1,x2,label\n1,1,1\n-1,-1,0\n');
  });
});

describe('network file', () => {
  it('exported from a trained app and imported into a fresh one gives the same weights and the same evaluation', async () => {
    const a = start().app;
    await until(() => expect(a.run.getState().ready).toBe(true));
    a.commands.setOptimizer('adam');
    a.commands.step('epoch');
    a.commands.step('epoch');
    await until(() => expect(a.run.getState().counters[0]?.epoch).toBe(2));
    const file = await a.commands.exportNetwork();
    const dataA = await a.commands.exportDataset();

    const b = start().app;
    await until(() => expect(b.run.getState().ready).toBe(true));
    expect(b.commands.importNetwork(file.fileName, file.text)).toBe(true);
    await until(() => expect(b.run.getState().counters[0]?.epoch).toBe(2));
    expect((await b.commands.exportNetwork()).text).toBe(file.text);
    // Every point's prediction (17 significant digits) and the worker's own evaluation agree.
    expect((await b.commands.exportDataset()).text).toBe(dataA.text);
    await until(() => expect(b.run.getState().counters[0].testLoss).toBe(a.run.getState().counters[0].testLoss));
  });

  it('refuses a damaged file with the line and field, and the running network carries on untouched', async () => {
    const { app, worker } = start();
    await until(() => expect(app.run.getState().ready).toBe(true));
    const file = await app.commands.exportNetwork();
    const configures = worker.ofType('configure').length;
    const damaged = file.text.replace('"epoch": 0', '"epoch": -3');
    expect(app.commands.importNetwork('net.json', damaged)).toBe(false);
    expect(app.run.getState().problem?.message).toMatch(
      /^net\.json was not loaded: line \d+, counters\.epoch: .*found -3\.$/,
    );
    expect(worker.ofType('configure')).toHaveLength(configures);
  });
});
