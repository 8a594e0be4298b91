/**
 * The one table of what each quantity may be. The app's controls state these ranges next
 * to their inputs, the schema checks links and files against them, and the engine's own
 * validation refuses anything outside them with the same numbers — so a value the app
 * accepts is one the engine accepts, and a refusal quotes the same range everywhere.
 */
export interface Range {
  readonly min: number;
  readonly max: number;
}

export const LIMITS = {
  /** Input features x_i. */
  inputSize: { min: 1, max: 64 },
  /** Hidden layers (the output layer comes on top). */
  hiddenLayers: { min: 0, max: 12 },
  /** Neurons per layer. */
  units: { min: 1, max: 64 },
  /** η */
  learningRate: { min: 0.00001, max: 10 },
  /** Examples per mini-batch. */
  batchSize: { min: 1, max: 500 },
  /** Jitter of the generated points. */
  noise: { min: 0, max: 3 },
  /** Share of the points held out as the test set. */
  testFraction: { min: 0, max: 0.5 },
  /** Multiplier of the initialiser's spread. */
  initScale: { min: 0.01, max: 10 },
  /** Seed of the weights, the data and the shuffling. */
  seed: { min: 0, max: 999999 },
  /** Classes of a classification dataset (more than 2 needs a softmax output). */
  classes: { min: 2, max: 5 },
  /** Points in a generated dataset. */
  datasetCount: { min: 1, max: 5000 },
  /** Paced training speed, optimiser steps per second (null: as fast as possible). */
  speed: { min: 0, max: 100000 },
} as const satisfies Record<string, Range>;

export type LimitName = keyof typeof LIMITS;

/** Whether v lies in the named range (and is a whole number when `integer`). */
export function withinLimit(name: LimitName, v: number, integer = false): boolean {
  const { min, max } = LIMITS[name];
  return Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
}
