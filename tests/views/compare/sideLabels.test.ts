/** Compare mode names each side by the one setting that differs. */
import { describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_VS_RELU } from '../../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import type { TrainerConfig } from '../../../src/worker/protocol';
import { sideLabels } from '../../../src/views/compare/sideLabels';

const base: TrainerConfig = {
  ...DEFAULT_CONFIG,
  hidden: [
    { units: 5, activation: 'tanh' },
    { units: 3, activation: 'sigmoid' },
  ],
  init: { kind: 'xavier-normal', scale: 1.2 },
  seed: 17,
};

describe('sideLabels', () => {
  it('names what differs on each side', () => {
    expect(sideLabels(DEEP_SIGMOID_VS_RELU.config, DEEP_SIGMOID_VS_RELU.compare!)).toEqual(['Sigmoid', 'ReLU']);
    expect(sideLabels(base, { field: 'learningRate', value: 3 })).toEqual(['η = 0.03', 'η = 3']);
    expect(sideLabels(base, { field: 'depth', value: 40 })).toEqual(['2 hidden layers', '12 hidden layers']);
    expect(sideLabels(base, { field: 'init', value: 'he' })).toEqual(['Xavier/Glorot normal', 'He (normal)']);
    expect(sideLabels(base, { field: 'optimizer', value: 'adam' })).toEqual(['SGD', 'Adam']);
  });
});
