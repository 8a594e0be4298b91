/**
 * Editing the set-up refuses bad values with a message instead of passing them on, so a
 * typo never costs the student the running network (configEdits.ts and classEdits.ts
 * through the app's commands, on a fake worker that only records).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/engine';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import type { App } from '../../src/store/createApp';
import type { RecordingWorker } from '../helpers/fakeWorkers';
import { disposeApps, testApp } from '../helpers/testApp';

let app: App;
let worker: RecordingWorker;
/** The commands, with the set-up being edited and the last refusal, as one object. */
const store = () => ({ ...app.commands, config: app.state.getState().config, problem: app.run.getState().problem });

beforeEach(() => {
  ({ app, worker } = testApp());
  worker.clear();
});
afterEach(() => disposeApps());

/** Runs `act` and expects it to be refused: a problem naming `field`, the config untouched. */
function expectRefused(act: () => void, field: string): void {
  const before = store().config;
  const snapshot = JSON.stringify(before);
  const sent = worker.sent.length;
  act();
  expect(worker.sent.length).toBe(sent);
  expect(store().config).toBe(before);
  expect(JSON.stringify(store().config)).toBe(snapshot);
  expect(store().problem?.field).toBe(field);
  expect(store().problem?.message.length).toBeGreaterThan(10);
}

describe('editing the set-up', () => {
  it('refuses impossible layer sizes', () => {
    for (const units of [0, 65, 2.5, -1, NaN, Infinity]) {
      expectRefused(() => store().setUnits(0, units), 'hidden.0.units');
    }
    expect(store().problem?.message).toMatch(/1 to 64/);
    store().setUnits(1, 64);
    expect(store().problem).toBeNull();
    expect(store().config.hidden[1].units).toBe(64);
    expect(store().config.hidden[0].units).toBe(DEFAULT_CONFIG.hidden[0].units);
  });

  it('refuses a learning rate that is not a number in range', () => {
    for (const lr of [NaN, 0, -0.1, 11, Infinity]) expectRefused(() => store().setLearningRate(lr), 'learningRate');
    store().setLearningRate(0.5);
    expect(store().config.optimizer).toEqual({ ...DEFAULT_CONFIG.optimizer, learningRate: 0.5 });
    expect(store().problem).toBeNull();
  });

  it('refuses other out-of-range settings', () => {
    for (const b of [0, 501, 2.5, NaN]) expectRefused(() => store().setBatchSize(b), 'batchSize');
    for (const n of [-1, 3.5, NaN]) expectRefused(() => store().setNoise(n), 'noise');
    for (const f of [-0.1, 0.6, NaN]) expectRefused(() => store().setTestFraction(f), 'testFraction');
    for (const s of [-1, 1.5, 1e7, NaN]) expectRefused(() => store().setSeed(s), 'seed');
    for (const s of [0, 11, NaN]) expectRefused(() => store().setInit('he', s), 'init.scale');
  });

  it('limits the number of hidden layers', () => {
    for (let k = DEFAULT_CONFIG.hidden.length; k < LIMITS.hiddenLayers.max; k++) store().addLayer();
    expect(store().config.hidden).toHaveLength(LIMITS.hiddenLayers.max);
    expectRefused(() => store().addLayer(), 'hidden');
    while (store().config.hidden.length > 0) store().removeLayer();
    expectRefused(() => store().removeLayer(), 'hidden');
    store().addLayer();
    expect(store().config.hidden).toEqual([{ units: 4, activation: 'tanh' }]);
  });

  it('choosing cross-entropy switches the output to sigmoid, and keeps it there', () => {
    expect(store().config.output).toBe('tanh');
    store().setLoss('bce');
    expect(store().config.loss).toBe('bce');
    expect(store().config.output).toBe('sigmoid');
    expectRefused(() => store().setOutput('tanh'), 'output');
    store().setLoss('mse');
    store().setOutput('tanh');
    expect(store().config.output).toBe('tanh');
    expect(store().problem).toBeNull();
  });

  it('a valid change clears the last problem; others keep their values', () => {
    store().setBatchSize(0);
    expect(store().problem).not.toBeNull();
    store().setInit('he');
    expect(store().problem).toBeNull();
    expect(store().config.init).toEqual({ kind: 'he', scale: 1 });
    store().setActivation('all', 'relu');
    expect(store().config.hidden.every((l) => l.activation === 'relu')).toBe(true);
    expect(store().config.batchSize).toBe(DEFAULT_CONFIG.batchSize);
  });
});
