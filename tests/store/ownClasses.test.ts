/**
 * Own points in K classes (issue 15): the set-up rules and edits (more than two classes
 * switch to the softmax; going below the classes the points use is refused, naming them),
 * links, set-up files and network files that carry them, a link from before that still
 * opens unchanged, the CSV both ways, and the commands behind a real TrainingSession.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, initialAppState } from '../../src/store/appState';
import * as edits from '../../src/store/classEdits';
import type { EditResult } from '../../src/store/editResult';
import { configProblem } from '../../src/store/configRules';
import { decodeLink, encodeLink } from '../../src/store/linkCodec';
import { layerSizesOf } from '../../src/store/files/networkFile';
import { parsePointsCsv, pointsToCsv } from '../../src/store/ownData/pointsCsv';
import { readSession, sessionRecord } from '../../src/store/sessionRecord';
import { LossHistory } from '../../src/store/ringBuffer';
import { GradientHistory } from '../../src/store/gradientHistory';
import { layoutOf } from '../../src/engine/layout';
import { parseSaved, serialise } from '../../src/store/schema';
import { linkStateOf } from '../../src/store/schemaState';
import type { CustomPoints, TrainerConfig } from '../../src/worker/protocol';
import { customDataset } from '../../src/worker/runData';
import { sessionWorker } from '../helpers/fakeWorkers';
import { appOn, disposeApps } from '../helpers/testApp';
import { V2_LINKS } from './fixtures/links';

const until = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 10_000, interval: 5 });
vi.setConfig({ testTimeout: 30_000 });
afterEach(() => disposeApps());

const applied = (r: EditResult): TrainerConfig => {
  if ('problem' in r) throw new Error(r.problem.message);
  return r.config;
};
const refusal = (r: EditResult): string => {
  if (!('problem' in r)) throw new Error('accepted');
  return r.problem.message;
};

const THREE: CustomPoints = {
  task: 'classification',
  rows: [
    [-3, -2, 0],
    [3, -2, 1],
    [0, 3, 2],
    [0.5, 3.5, 2],
  ],
};
const TWO: CustomPoints = { task: 'classification', rows: THREE.rows.slice(0, 2) };
/** The default set-up (tanh output, squared error) on own points of 0 and 1. */
const ownTwo = applied(edits.setOwnPoints(DEFAULT_CONFIG, TWO));

describe('the set-up rules for own points in K classes', () => {
  it('points of three classes take three classes and the softmax with cross-entropy', () => {
    const c = applied(edits.setOwnPoints(DEFAULT_CONFIG, THREE));
    expect([c.dataset.kind, c.dataset.classes, c.output, c.loss]).toEqual(['custom', 3, 'softmax', 'cce']);
    expect(configProblem(c)).toBeNull();
    // Two classes keep the output the student had; the field stays out as in older links.
    expect([ownTwo.output, 'classes' in ownTwo.dataset]).toEqual(['tanh', false]);
  });

  it('choosing 4 classes for own points switches to the softmax, as for the spiral', () => {
    const four = applied(edits.setClasses(ownTwo, 4));
    expect([four.dataset.classes, four.output, four.loss]).toEqual([4, 'softmax', 'cce']);
    expect(four.dataset.points).toEqual(TWO);
    const regression = applied(edits.setOwnPoints(DEFAULT_CONFIG, { task: 'regression', rows: [[0, 1]] }));
    expect(refusal(edits.setClasses(regression, 3))).toMatch(/more than 2 classes/);
  });

  it('going below the classes the points use is refused, naming them; nothing is lost', () => {
    const c = applied(edits.setOwnPoints(DEFAULT_CONFIG, THREE));
    expect(refusal(edits.setClasses(c, 2))).toBe(
      '2 of your points are in class 3: remove them (right-click, or Delete) before going down to 2 classes.',
    );
    expect(refusal(edits.setLoss(c, 'mse'))).toMatch(/in 3 classes, which need the softmax/);
    // Without the class-3 points, 2 classes are fine (the softmax stays, over 2 outputs).
    const fewer = applied(edits.setOwnPoints(c, TWO, 2));
    expect(applied(edits.setClasses(fewer, 2)).dataset.classes).toBeUndefined();
  });

  it('a set-up breaking the rules is refused in the reader’s words', () => {
    const c = applied(edits.setOwnPoints(DEFAULT_CONFIG, THREE));
    expect(configProblem({ ...c, output: 'tanh', loss: 'mse' })?.message).toMatch(/more than 2 classes need a softmax/);
    const beyond = { ...c, dataset: { ...c.dataset, classes: 2 } };
    expect(configProblem(beyond)).toEqual({
      path: ['dataset', 'points'],
      message: 'the points use 3 classes (class indices 0 to 2) but the set-up has 2',
    });
    expect(configProblem({ ...ownTwo, output: 'sigmoid', loss: 'bce' })).toBeNull();
    const values = applied(edits.setOwnPoints(DEFAULT_CONFIG, { task: 'regression', rows: [[0, 1]] }));
    expect(refusal(edits.setOutput(values, 'softmax'))).toMatch(/classification dataset/);
    expect(applied(edits.setOutput(ownTwo, 'softmax')).loss).toBe('cce');
  });
});

describe('links, set-up files and network files', () => {
  it('a link from before K classes opens unchanged: two classes on one output', async () => {
    const frozen = V2_LINKS.filter((l) => l.name.startsWith('own points of two classes'));
    expect(frozen).toHaveLength(2);
    for (const link of frozen) {
      const r = await decodeLink(`#${link.hash}`);
      if (!r?.ok) throw new Error('refused');
      expect(r.value.state).toEqual(link.state);
      const { config } = r.value.state;
      expect([config.output, config.dataset.classes, configProblem(config)]).toEqual(['sigmoid', undefined, null]);
      expect(Array.from(customDataset(config.dataset.points, 'zero-one').targets)).toEqual([0, 1, 1, 0]);
    }
  });

  it('a link and a set-up file carry points of five classes exactly; a point beyond K is refused', async () => {
    const five: CustomPoints = { task: 'classification', rows: [...THREE.rows, [1, 1, 3], [-1, 1, 4]] };
    const config = applied(edits.setOwnPoints(DEFAULT_CONFIG, five));
    const state = { ...linkStateOf(initialAppState()), config };
    const r = await decodeLink(`#${await encodeLink({ state, weights: null })}`);
    expect(r?.ok && r.value.state).toEqual(state);
    const saved = parseSaved(serialise({ config, compare: null }));
    expect(saved.ok && saved.value.config).toEqual(config);
    const bad = parseSaved(
      serialise({ config: { ...config, dataset: { ...config.dataset, classes: 4 } }, compare: null }),
    );
    expect(bad.ok ? 'accepted' : bad.message).toMatch(/the points use 5 classes .* but the set-up has 4/);
  });
});

describe('a saved session', () => {
  it('restores own points in three classes with the softmax network’s weights', async () => {
    const config = applied(edits.setOwnPoints(DEFAULT_CONFIG, THREE));
    expect(layerSizesOf(config)).toEqual([2, 6, 6, 3]);
    const n = layoutOf(layerSizesOf(config)).paramCount;
    const trainer = {
      params: Float64Array.from({ length: n }, (_, k) => k / n),
      optimizer: { velocity: new Float64Array(0), secondMoment: new Float64Array(0), steps: 4 },
      counters: { step: 4, epoch: 1, examplesSeen: 4 },
    };
    const state = { ...linkStateOf(initialAppState()), config };
    const restored = await readSession(
      sessionRecord(
        state,
        [trainer],
        { loss: [new LossHistory().save()], gradients: [new GradientHistory(3).save()] },
        1,
      ),
    );
    if (!restored?.ok) throw new Error(restored ? restored.message : 'nothing');
    expect(restored.value.state).toEqual(state);
    expect(restored?.ok && Array.from(restored.value.resume[0].params)).toEqual(Array.from(trainer.params));
  });
});

describe('points as CSV in K classes', () => {
  it('reads labels 0 to 4, refuses 5 naming the line, and keeps K from its comment', () => {
    const r = parsePointsCsv('# classes: 5\nx1,x2,label\n1,1,4\n2,2,2\n3,3,5\n');
    expect(r.points?.rows).toEqual([
      [1, 1, 4],
      [2, 2, 2],
    ]);
    expect(r.problems).toEqual([
      { line: 5, message: 'label is 5; a label is a class index, a whole number from 0 to 4' },
    ]);
    expect(r.classes).toBe(5);
  });

  it('writes K back: a class without points yet survives the round trip', () => {
    const text = pointsToCsv(TWO, 3);
    expect(text).toBe('# classes: 3\nx1,x2,label\n-3,-2,0\n3,-2,1\n');
    expect(parsePointsCsv(text)).toEqual({ points: TWO, problems: [], classes: 3 });
    expect(pointsToCsv(TWO, 2)).toBe('x1,x2,label\n-3,-2,0\n3,-2,1\n');
  });
});

describe('own points in K classes in the app', () => {
  const csv = 'x1,x2,label\n-3,-2,0\n3,-2,1\n0,3,2\n0.5,3.5,2\n';

  it('a CSV of three classes is offered with its classes, then trains on a softmax of three outputs', async () => {
    const worker = sessionWorker();
    const app = appOn(worker);
    await until(() => expect(app.run.getState().ready).toBe(true));
    const offer = app.commands.importPoints('three.csv', csv);
    expect(offer).toEqual({
      applied: false,
      problems: ['three.csv has points in 3 classes (labels 0 to 2); the set-up has 2.'],
      good: THREE,
      classes: 3,
    });
    expect(app.state.getState().config.dataset.kind).toBe('circle');
    app.commands.setPoints(offer.good!, offer.classes!);
    const config = app.state.getState().config;
    expect([config.dataset.classes, config.output, config.loss]).toEqual([3, 'softmax', 'cce']);
    await until(() => expect(app.run.getState().data[0]).toMatchObject({ outputSize: 3, labels: 'one-hot' }));

    app.commands.addPoint(0, 4, 2);
    expect(app.state.getState().config.dataset.points?.rows.at(-1)).toEqual([0, 4, 2]);
    app.commands.setClasses(2);
    expect(app.run.getState().problem?.message).toMatch(/3 of your points are in class 3/);
    expect(app.state.getState().config.dataset.classes).toBe(3);
    expect(app.commands.pointsCsv()).toBe(`# classes: 3\n${csv}0,4,2\n`);

    // The network file carries the three outputs and opens in a fresh app to the same network.
    await until(() => expect(app.run.getState().data[0].train.count + app.run.getState().data[0].test.count).toBe(5));
    app.commands.step('epoch');
    await until(() => expect(app.run.getState().counters[0]?.epoch).toBe(1));
    // The data set's CSV names each point's class and the network's winning class, and reads back as the points.
    const dataCsv = (await app.commands.exportDataset()).text;
    expect(dataCsv.split('\n')[0]).toBe('x1,x2,label,split,prediction,p0,p1,p2');
    const sorted = (rows: number[][]) => rows.map((r) => r.join()).sort();
    expect(sorted(parsePointsCsv(dataCsv).points!.rows)).toEqual(
      sorted(app.state.getState().config.dataset.points!.rows),
    );
    const file = await app.commands.exportNetwork();
    expect(JSON.parse(file.text).layerSizes).toEqual([2, 6, 6, 3]);
    const other = appOn(sessionWorker());
    await until(() => expect(other.run.getState().ready).toBe(true));
    expect(other.commands.importNetwork(file.fileName, file.text)).toBe(true);
    await until(() => expect(other.run.getState().counters[0]?.epoch).toBe(1));
    expect((await other.commands.exportNetwork()).text).toBe(file.text);
  });

  it('a CSV with bad lines and more classes names both, and its good lines raise K when taken', async () => {
    const app = appOn(sessionWorker());
    await until(() => expect(app.run.getState().ready).toBe(true));
    const r = app.commands.importPoints('mixed.csv', 'x1,x2,label\n1,1,3\n2,2,x\n');
    expect(r.problems).toEqual([
      'mixed.csv was not loaded:',
      'Line 3: label is "x", not a number.',
      'Its good lines have points in 4 classes; taking them switches to 4.',
    ]);
    expect(r.classes).toBe(4);
    app.commands.setPoints(r.good!, r.classes!);
    expect(app.state.getState().config.dataset.classes).toBe(4);
  });

  it('undo takes back the classes an import raised, with the output they switched', async () => {
    const app = appOn(sessionWorker());
    await until(() => expect(app.run.getState().ready).toBe(true));
    app.commands.addPoint(1, 1, 1);
    const before = app.state.getState().config;
    app.commands.setPoints(THREE, 3);
    expect(app.state.getState().config.output).toBe('softmax');
    app.commands.undoPoints();
    const after = app.state.getState().config;
    expect([after.output, after.loss, after.dataset]).toEqual([before.output, before.loss, before.dataset]);
  });

  it('own points copied from a 3-class spiral keep their classes', async () => {
    const app = appOn(sessionWorker());
    await until(() => expect(app.run.getState().ready).toBe(true));
    app.commands.setDataset('spiral');
    app.commands.setClasses(3);
    await until(() => expect(app.run.getState().data[0]?.outputSize).toBe(3));
    app.commands.useOwnPoints();
    const { dataset, output } = app.state.getState().config;
    expect([dataset.kind, dataset.classes, output]).toEqual(['custom', 3, 'softmax']);
    expect(new Set(dataset.points?.rows.map((r) => r[2]))).toEqual(new Set([0, 1, 2]));
  });
});
