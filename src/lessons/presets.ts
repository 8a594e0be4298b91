/**
 * Ready-made set-ups teachers use in class. Data only: a config (and, for compare
 * presets, the one setting that differs), a title and a sentence on what to watch.
 */
import type { CompareSpec } from '../store/appState';
import type { TrainerConfig } from '../worker/protocol';

export interface Preset {
  id: string;
  title: string;
  /** What to look at, one or two sentences. */
  watch: string;
  config: TrainerConfig;
  compare?: CompareSpec;
  /** Opens step-through mode on the preset. */
  stepThrough?: boolean;
}

const circle = { kind: 'circle', count: 500, noise: 0, testFraction: 0.2 } as const;

export const FOUR_NEURON: Preset = {
  id: 'four-neuron',
  title: 'The four-neuron example',
  watch: 'x → O11 → {O21, O22} → O31: the gradient of the first weight is the sum of exactly two paths.',
  config: {
    hidden: [
      { units: 1, activation: 'sigmoid' },
      { units: 2, activation: 'sigmoid' },
    ],
    output: 'sigmoid',
    loss: 'mse',
    init: { kind: 'xavier-uniform', scale: 1 },
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batchSize: 1,
    dataset: { kind: 'toy', count: 1, noise: 0, testFraction: 0 },
    seed: 7,
  },
  stepThrough: true,
};

const deep = (activation: 'sigmoid' | 'relu'): TrainerConfig => ({
  hidden: Array.from({ length: 6 }, () => ({ units: 8, activation })),
  output: 'sigmoid',
  loss: 'mse',
  init: { kind: 'he', scale: 1 },
  optimizer: { kind: 'sgd', learningRate: 0.03 },
  batchSize: 10,
  dataset: circle,
  seed: 1,
});

export const DEEP_SIGMOID_VS_RELU: Preset = {
  id: 'deep-sigmoid-vs-relu',
  title: 'Deep sigmoid vs deep ReLU',
  watch:
    "Six hidden layers of 8. On the left the first layers' gradients are thousands of times smaller than the last layer's; on the right they stay alive.",
  config: deep('sigmoid'),
  compare: { field: 'activation', value: 'relu' },
};

export const EXPLODING: Preset = {
  id: 'exploding',
  title: 'Exploding gradients',
  watch:
    'Weights 1.5× larger than He initialisation in a deep linear network: the error signal |δ| grows layer by ' +
    'layer toward the input, the app warns, and a few steps after Play training stops just before the numbers overflow.',
  config: {
    hidden: Array.from({ length: 6 }, () => ({ units: 8, activation: 'linear' as const })),
    output: 'linear',
    loss: 'mse',
    init: { kind: 'he', scale: 1.5 },
    optimizer: { kind: 'sgd', learningRate: 0.0001 },
    batchSize: 10,
    dataset: circle,
    seed: 1,
  },
};

export const PRESETS: readonly Preset[] = [FOUR_NEURON, DEEP_SIGMOID_VS_RELU, EXPLODING];
