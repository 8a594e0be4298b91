/**
 * Compare mode's right-hand network differs from the left in exactly the one chosen
 * setting: same data, seed and (where the shapes allow) layer sizes; unrelated changes
 * send the worker nothing.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type CompareSpec } from '../../src/store/appState';
import { trainerConfigsOf, variantOf } from '../../src/store/compare';
import { disposeApps, testApp } from '../helpers/testApp';
import type { TrainerConfig } from '../../src/worker/protocol';

const base: TrainerConfig = {
  ...DEFAULT_CONFIG,
  hidden: [
    { units: 5, activation: 'tanh' },
    { units: 3, activation: 'sigmoid' },
  ],
  init: { kind: 'xavier-normal', scale: 1.2 },
  seed: 17,
};

/** Everything except the fields the comparison may change. */
function rest(c: TrainerConfig, field: CompareSpec['field']): unknown {
  const copy: Partial<TrainerConfig> = structuredClone(c);
  if (field === 'activation' || field === 'depth') delete copy.hidden;
  if (field === 'init') delete copy.init;
  if (field === 'learningRate' || field === 'optimizer') delete copy.optimizer;
  return copy;
}

describe('variantOf', () => {
  it('activation: every hidden layer switches, sizes and output stay', () => {
    const b = variantOf(base, { field: 'activation', value: 'relu' });
    expect(b.hidden).toEqual([
      { units: 5, activation: 'relu' },
      { units: 3, activation: 'relu' },
    ]);
    expect(b.output).toBe(base.output);
    expect(rest(b, 'activation')).toEqual(rest(base, 'activation'));
  });

  it('init: the kind changes, the scale stays', () => {
    const b = variantOf(base, { field: 'init', value: 'he' });
    expect(b.init).toEqual({ kind: 'he', scale: 1.2 });
    expect(rest(b, 'init')).toEqual(rest(base, 'init'));
    expect(b.hidden).toEqual(base.hidden);
  });

  it('learning rate: only η changes', () => {
    const b = variantOf(base, { field: 'learningRate', value: 3 });
    expect(b.optimizer).toEqual({ ...base.optimizer, learningRate: 3 });
    expect(rest(b, 'learningRate')).toEqual(rest(base, 'learningRate'));
  });

  it('optimiser: only the kind changes', () => {
    const b = variantOf(base, { field: 'optimizer', value: 'adam' });
    expect(b.optimizer).toEqual({ kind: 'adam', learningRate: base.optimizer.learningRate });
    expect(rest(b, 'optimizer')).toEqual(rest(base, 'optimizer'));
  });

  it('depth: deeper repeats the last layer, shallower keeps the first layers', () => {
    const deeper = variantOf(base, { field: 'depth', value: 4 });
    expect(deeper.hidden).toEqual([...base.hidden, base.hidden[1], base.hidden[1]]);
    expect(rest(deeper, 'depth')).toEqual(rest(base, 'depth'));
    expect(variantOf(base, { field: 'depth', value: 1 }).hidden).toEqual([base.hidden[0]]);
    expect(variantOf(base, { field: 'depth', value: 0 }).hidden).toEqual([]);
    // From no hidden layers, new ones are 4 tanh neurons (as + Layer adds).
    expect(variantOf({ ...base, hidden: [] }, { field: 'depth', value: 2 }).hidden).toEqual([
      { units: 4, activation: 'tanh' },
      { units: 4, activation: 'tanh' },
    ]);
  });

  it('depth is kept within 0 to 12 hidden layers', () => {
    expect(variantOf(base, { field: 'depth', value: 40 }).hidden).toHaveLength(12);
    expect(variantOf(base, { field: 'depth', value: -3 }).hidden).toHaveLength(0);
  });

  it('never changes the left-hand config', () => {
    const snapshot = structuredClone(base);
    for (const spec of [
      { field: 'activation', value: 'relu' },
      { field: 'init', value: 'he' },
      { field: 'learningRate', value: 1 },
      { field: 'optimizer', value: 'adam' },
      { field: 'depth', value: 6 },
    ] as CompareSpec[]) {
      variantOf(base, spec);
    }
    expect(base).toEqual(snapshot);
  });
});

describe('trainerConfigsOf', () => {
  it('one trainer normally, two in compare mode', () => {
    expect(trainerConfigsOf({ config: base, compare: null })).toEqual([base]);
    const spec: CompareSpec = { field: 'activation', value: 'relu' };
    const pair = trainerConfigsOf({ config: base, compare: spec });
    expect(pair).toHaveLength(2);
    expect(pair[0]).toBe(base);
    expect(pair[1]).toEqual(variantOf(base, spec));
  });
  it('an unrelated change (the selection, the edge encoding) sends the worker no configuration', () => {
    const { app, worker } = testApp({ config: base, compare: { field: 'depth', value: 3 } });
    worker.clear();
    app.commands.setEdgeMode('weight');
    app.commands.setHighlightedLayer(1);
    app.commands.select({ kind: 'neuron', layer: 0, unit: 0 });
    expect(worker.commands()).toEqual([]);
    disposeApps();
  });
});
