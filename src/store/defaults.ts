/** The network a student sees first, and the limits the UI states next to its controls. */
import type { TrainerConfig } from '../worker/protocol';

export const DEFAULT_CONFIG: TrainerConfig = {
  hidden: [
    { units: 6, activation: 'tanh' },
    { units: 6, activation: 'tanh' },
  ],
  output: 'tanh',
  loss: 'mse',
  init: { kind: 'xavier-uniform', scale: 1 },
  optimizer: { kind: 'sgd', learningRate: 0.03 },
  batchSize: 10,
  dataset: { kind: 'circle', count: 500, noise: 0, testFraction: 0.2 },
  seed: 1,
};

export const UI_LIMITS = {
  hiddenLayers: { min: 0, max: 12 },
  units: { min: 1, max: 64 },
  learningRate: { min: 0.00001, max: 10 },
  batchSize: { min: 1, max: 500 },
  noise: { min: 0, max: 3 },
  testFraction: { min: 0, max: 0.5 },
  initScale: { min: 0.01, max: 10 },
  seed: { min: 0, max: 999999 },
} as const;
