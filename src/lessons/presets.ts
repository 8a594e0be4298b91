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

/**
 * The third cure: ten sigmoid layers of 8, as deep as the vanishing gets, with and without
 * a skip connection around every layer after the first. Checked over ten seeds
 * (tests/worker/skipPreset.test.ts): after 3000 steps the right side classifies the circle
 * (> 90%) while the left stays at chance, its first layer's gradient ~10⁶× smaller.
 */
export const DEEP_SIGMOID_SKIPS: Preset = {
  id: 'deep-sigmoid-skips',
  title: 'Deep sigmoid, with and without skips',
  watch:
    'Ten sigmoid layers of 8. On the left the first layers get almost no gradient and the loss stalls; on the right each ' +
    'skip connection adds a path around the σ′ factors (drawn as arcs), the first layer gets orders of magnitude more, ' +
    'and the circle is learnt.',
  config: {
    hidden: Array.from({ length: 10 }, () => ({ units: 8, activation: 'sigmoid' as const })),
    output: 'sigmoid',
    loss: 'bce',
    init: { kind: 'xavier-uniform', scale: 1 },
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batchSize: 10,
    dataset: circle,
    seed: 1,
  },
  compare: { field: 'skips', value: 'on' },
};

/** More than two classes: a softmax over three outputs with cross-entropy, on a three-arm spiral. */
export const SPIRAL_3: Preset = {
  id: 'spiral-3',
  title: 'Three-class spiral (softmax)',
  watch:
    'Three outputs, one per arm, turned into probabilities by a softmax. The map colours each point by the winning ' +
    'class, lighter where the network is unsure; step through one example to see −ln of its true class’s probability.',
  config: {
    hidden: Array.from({ length: 3 }, () => ({ units: 16, activation: 'relu' as const })),
    output: 'softmax',
    loss: 'cce',
    init: { kind: 'xavier-uniform', scale: 1 },
    optimizer: { kind: 'adam', learningRate: 0.01 },
    batchSize: 10,
    dataset: { kind: 'spiral', count: 500, noise: 0, testFraction: 0.2, classes: 3 },
    seed: 1,
  },
};

export const PRESETS: readonly Preset[] = [FOUR_NEURON, DEEP_SIGMOID_VS_RELU, DEEP_SIGMOID_SKIPS, SPIRAL_3, EXPLODING];
