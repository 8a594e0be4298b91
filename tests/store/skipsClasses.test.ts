/**
 * The set-up rules for skip connections, the softmax output and the number of classes:
 * the edits keep a set-up valid (or refuse with a sentence), links and files go through
 * the same rules, compare mode can vary skips, and the compare edge scale defaults per field.
 */
import { describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_SKIPS, SPIRAL_3 } from '../../src/lessons/presets';
import { DEFAULT_CONFIG, DEFAULT_VIEW, compareScaleOf } from '../../src/store/appState';
import { variantOf } from '../../src/store/compare';
import * as classEdits from '../../src/store/classEdits';
import * as edits from '../../src/store/configEdits';
import type { EditResult } from '../../src/store/editResult';
import { configProblem, skipFits } from '../../src/store/configRules';
import { parseSaved, serialise } from '../../src/store/schema';
import type { TrainerConfig } from '../../src/worker/protocol';
import { disposeApps, testApp } from '../helpers/testApp';

const four = (units: number[]): TrainerConfig => ({
  ...DEFAULT_CONFIG,
  hidden: units.map((u) => ({ units: u, activation: 'sigmoid' as const })),
});

function applied(r: EditResult): TrainerConfig {
  if ('problem' in r) throw new Error(r.problem.message);
  return r.config;
}

function refusal(r: EditResult): string {
  if (!('problem' in r)) throw new Error('accepted');
  return r.problem.message;
}

describe('skip connections in a set-up', () => {
  it('fit around a hidden layer (not the first) as wide as the one before', () => {
    const c = four([8, 8, 4, 4]);
    expect(c.hidden.map((_, k) => skipFits(c.hidden, k))).toEqual([false, true, false, true]);
  });

  it('"all" puts one wherever it fits and removes every one; a single layer is refused with the reason', () => {
    const on = applied(edits.setSkip(four([8, 8, 4, 4]), 'all', true));
    expect(on.hidden.map((l) => l.skip === true)).toEqual([false, true, false, true]);
    expect(applied(edits.setSkip(on, 'all', false)).hidden.some((l) => 'skip' in l)).toBe(false);
    expect(refusal(edits.setSkip(four([8, 8, 4, 4]), 2, true))).toMatch(/same number of neurons/);
    expect(refusal(edits.setSkip(four([8, 8]), 0, true))).toMatch(/first hidden layer/);
  });

  it('go when a width or depth change means they no longer fit', () => {
    const on = applied(edits.setSkip(four([8, 8, 8]), 'all', true));
    const narrower = applied(edits.setUnits(on, 1, 5));
    // Layer 2 now differs from layer 1 and layer 3 from layer 2: both skips go.
    expect(narrower.hidden.map((l) => l.skip === true)).toEqual([false, false, false]);
    expect(applied(edits.addLayer(on)).hidden.map((l) => l.skip === true)).toEqual([false, true, true, true]);
  });

  it("setting the whole stack keeps the skips that still fit and gives added layers the last one's", () => {
    const on = applied(edits.setSkip(four([8, 8, 8]), 'all', true));
    const deep = applied(edits.setShape(on, 5, 64));
    expect(deep.hidden.map((l) => l.units)).toEqual([64, 64, 64, 64, 64]);
    expect(deep.hidden.map((l) => l.skip === true)).toEqual([false, true, true, true, true]);
    // Two inputs: a first layer of 2 units could take a skip, but it never had one.
    expect(applied(edits.setShape(on, 2, 2)).hidden.map((l) => l.skip === true)).toEqual([false, true]);
    expect(applied(edits.setShape(on, 0, 64)).hidden).toEqual([]);
    expect(refusal(edits.setShape(on, 2.5, 8))).toMatch(/0 to 12 hidden layers/);
    expect(refusal(edits.setShape(on, 3, 0))).toMatch(/1 to 64 neurons/);
  });
});

describe('softmax and classes in a set-up', () => {
  it('choosing the softmax output takes cross-entropy over K classes; leaving it goes back to two classes', () => {
    const soft = applied(classEdits.setOutput(DEFAULT_CONFIG, 'softmax'));
    expect([soft.output, soft.loss]).toEqual(['softmax', 'cce']);
    expect(refusal(classEdits.setOutput(soft, 'tanh'))).toMatch(/softmax/);
    const three = applied(classEdits.setClasses({ ...soft, dataset: { ...soft.dataset, kind: 'spiral' } }, 3));
    expect(three.dataset.classes).toBe(3);
    const back = applied(classEdits.setLoss(three, 'mse'));
    expect([back.output, back.loss, back.dataset.classes]).toEqual(['tanh', 'mse', undefined]);
    expect(applied(classEdits.setLoss(three, 'bce')).output).toBe('sigmoid');
    expect(applied(classEdits.setLoss(DEFAULT_CONFIG, 'cce')).output).toBe('softmax');
  });

  it('3–5 classes only for the spiral and the clusters, switching to the softmax; another dataset goes back to 2', () => {
    const spiral = { ...DEFAULT_CONFIG, dataset: { ...DEFAULT_CONFIG.dataset, kind: 'spiral' as const } };
    const four = applied(classEdits.setClasses(spiral, 4));
    expect([four.output, four.loss, four.dataset.classes]).toEqual(['softmax', 'cce', 4]);
    expect(refusal(classEdits.setClasses(DEFAULT_CONFIG, 3))).toMatch(
      /spiral, the Gaussian clusters and your own points/,
    );
    expect(refusal(classEdits.setClasses(spiral, 6))).toMatch(/2 to 5/);
    const circle = applied(classEdits.setDataset(four, 'circle'));
    expect([circle.output, circle.dataset.classes]).toEqual(['softmax', undefined]);
    expect(refusal(classEdits.setDataset(four, 'sine'))).toMatch(/classification/);
    expect(
      refusal(
        classEdits.setOutput({ ...DEFAULT_CONFIG, dataset: { ...DEFAULT_CONFIG.dataset, kind: 'sine' } }, 'softmax'),
      ),
    ).toMatch(/classification dataset/);
  });

  it('every preset keeps the rules', () => {
    for (const c of [
      DEEP_SIGMOID_SKIPS.config,
      variantOf(DEEP_SIGMOID_SKIPS.config, DEEP_SIGMOID_SKIPS.compare!),
      SPIRAL_3.config,
    ]) {
      expect(configProblem(c)).toBeNull();
    }
  });
});

describe('links and files', () => {
  it('carry skips, classes, the softmax and a skips comparison, and give them back exactly', () => {
    for (const [config, compare] of [
      [DEEP_SIGMOID_SKIPS.config, DEEP_SIGMOID_SKIPS.compare!],
      [variantOf(DEEP_SIGMOID_SKIPS.config, { field: 'skips', value: 'on' }), { field: 'skips', value: 'off' }],
      [SPIRAL_3.config, null],
    ] as const) {
      const r = parseSaved(serialise({ config, compare }));
      expect(r.ok && r.value).toEqual({ config, compare });
    }
  });

  it.each([
    [
      'a skip that does not fit',
      { ...DEFAULT_CONFIG, hidden: [{ units: 3, activation: 'tanh', skip: true }] },
      /^the skip connection of hidden layer 1 does not go with the rest: a skip connection needs a layer as wide/,
    ],
    ['a softmax with squared error', { ...DEFAULT_CONFIG, output: 'softmax' }, /output/],
    ['cross-entropy over K classes on a tanh output', { ...DEFAULT_CONFIG, loss: 'cce' }, /output/],
    [
      'three classes of a circle',
      { ...SPIRAL_3.config, dataset: { ...SPIRAL_3.config.dataset, kind: 'circle' } },
      /^the number of classes does not go with the rest: more than 2 classes need/,
    ],
    [
      'six classes',
      { ...SPIRAL_3.config, dataset: { ...SPIRAL_3.config.dataset, classes: 6 } },
      /^the number of classes must be a whole number from 2 to 5/,
    ],
    [
      'a softmax on the sine',
      { ...SPIRAL_3.config, dataset: { ...SPIRAL_3.config.dataset, kind: 'sine', classes: 2 } },
      /output/,
    ],
  ])('refuse %s with a sentence naming the field', (_name, config, field) => {
    const r = parseSaved(JSON.stringify({ version: 1, config, compare: null }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(field);
  });

  it('refuses a skips comparison with another value', () => {
    const r = parseSaved(
      JSON.stringify({ version: 1, config: DEFAULT_CONFIG, compare: { field: 'skips', value: 'yes' } }),
    );
    expect(r.ok).toBe(false);
  });
});

describe('compare mode', () => {
  it('a skips comparison puts a skip wherever it fits on the right, and takes them all away with "off"', () => {
    const right = variantOf(DEEP_SIGMOID_SKIPS.config, { field: 'skips', value: 'on' });
    expect(right.hidden.map((l) => l.skip === true)).toEqual([false, ...Array(9).fill(true)]);
    expect(right.hidden.map((l) => l.units)).toEqual(DEEP_SIGMOID_SKIPS.config.hidden.map((l) => l.units));
    expect(variantOf(right, { field: 'skips', value: 'off' })).toEqual(DEEP_SIGMOID_SKIPS.config);
  });

  it('scales edges per network by default for the cures (activation, init, skips), shared for the others', () => {
    const scale = (field: 'activation' | 'init' | 'skips' | 'learningRate' | 'optimizer' | 'depth') =>
      compareScaleOf(DEFAULT_VIEW, { field, value: 0 });
    expect(['activation', 'init', 'skips'].map((f) => scale(f as 'init'))).toEqual(['own', 'own', 'own']);
    expect(['learningRate', 'optimizer', 'depth'].map((f) => scale(f as 'depth'))).toEqual([
      'shared',
      'shared',
      'shared',
    ]);
    expect(compareScaleOf({ compareScale: 'shared' }, { field: 'skips', value: 'on' })).toBe('shared');
  });

  it('a choice of scale holds until another setting is compared, which brings its own default', () => {
    const { app } = testApp({ mode: 'compare', compare: { field: 'activation', value: 'relu' } });
    app.commands.setCompareScale('shared');
    app.commands.setCompare({ field: 'activation', value: 'tanh' });
    expect(app.state.getState().view.compareScale).toBe('shared');
    app.commands.setCompare({ field: 'skips', value: 'on' });
    expect(app.state.getState().view.compareScale).toBeNull();
    disposeApps();
  });
});
