/**
 * The words the screen uses for the engine's names: menus, legends, titles. They live
 * with the views (the engine knows names, not wording).
 */
import type { DatasetName, InitName, LossName, OptimizerName, OutputActivationName, UnitStatus } from '../../engine';
import type { CompareField } from '../../store/appState';

export const ACTIVATION_LABELS: Readonly<Record<OutputActivationName, string>> = {
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  'leaky-relu': 'Leaky ReLU',
  linear: 'Linear',
  softmax: 'Softmax',
};

export const INIT_LABELS: Readonly<Record<InitName, string>> = {
  'xavier-uniform': 'Xavier/Glorot uniform',
  'xavier-normal': 'Xavier/Glorot normal',
  he: 'He (normal)',
  uniform: 'Small uniform (±0.5 × scale)',
  zeros: 'Zeros (shows symmetry)',
};

export const OPTIMIZER_LABELS: Readonly<Record<OptimizerName, string>> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  adam: 'Adam',
};

export const LOSS_LABELS: Readonly<Record<LossName, string>> = {
  mse: 'Mean squared error (½(ŷ−y)²)',
  bce: 'Binary cross-entropy',
  cce: 'Cross-entropy (softmax, K classes)',
};

export const DATASET_LABELS: Readonly<Record<DatasetName, string>> = {
  circle: 'Circle',
  xor: 'XOR',
  gaussian: 'Gaussian clusters',
  spiral: 'Spiral',
  moons: 'Two moons',
  sine: 'Sine (regression)',
  line: 'Line (regression)',
  toy: 'One example (by hand)',
};

export const COMPARE_FIELD_LABELS: Readonly<Record<CompareField, string>> = {
  activation: 'Hidden activation',
  init: 'Initialiser',
  learningRate: 'Learning rate',
  optimizer: 'Optimiser',
  depth: 'Depth (hidden layers)',
  skips: 'Skip connections',
};

/**
 * What f′(z) ≈ 0 means for a unit, in the app's one wording (engine: unitStatusCode):
 * a short word for marks and lists, and a sentence for the tooltip and the inspector.
 */
export const STATUS_WORDS: Readonly<Record<UnitStatus, { word: string; sentence: string }>> = {
  ok: { word: '', sentence: '' },
  saturated: {
    word: 'saturated',
    sentence:
      'Saturated: f′(z) is under 1 % of its maximum, so almost no error passes back through this neuron, and the weights into it barely change.',
  },
  inactive: {
    word: 'inactive',
    sentence:
      'Inactive for this example: z ≤ 0, so the slope is (almost) 0 and (almost) no error passes back through this neuron; the weights into it (almost) do not change.',
  },
};
