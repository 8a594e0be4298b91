/**
 * Weight initialisers. Each draws every weight of a layer from a seeded Rng, layer by
 * layer and row by row, so the same seed gives the same network. Biases start at 0.
 * `scale` multiplies the drawn weights: a teacher can make them too small (vanishing)
 * or too large (exploding) on purpose.
 */
import type { Rng } from './rng';

export const INIT_NAMES = ['xavier-uniform', 'xavier-normal', 'he', 'uniform', 'zeros'] as const;
export type InitName = (typeof INIT_NAMES)[number];

export interface InitSpec {
  kind: InitName;
  /** Multiplies every drawn weight; default 1. For `uniform` the range is ±scale·0.5. */
  scale?: number;
}

/** Half-width of the `uniform` initialiser before scaling. */
export const UNIFORM_HALF_WIDTH = 0.5;

/** Fills W (nOut × nIn) in place. */
export function initWeights(W: Float64Array, nIn: number, nOut: number, init: InitSpec, rng: Rng): void {
  const scale = init.scale ?? 1;
  switch (init.kind) {
    case 'xavier-uniform': {
      const a = Math.sqrt(6 / (nIn + nOut)) * scale;
      for (let k = 0; k < W.length; k++) W[k] = rng.uniform(-a, a);
      break;
    }
    case 'xavier-normal': {
      const sd = Math.sqrt(2 / (nIn + nOut)) * scale;
      for (let k = 0; k < W.length; k++) W[k] = rng.normal() * sd;
      break;
    }
    case 'he': {
      const sd = Math.sqrt(2 / nIn) * scale;
      for (let k = 0; k < W.length; k++) W[k] = rng.normal() * sd;
      break;
    }
    case 'uniform': {
      const a = UNIFORM_HALF_WIDTH * scale;
      for (let k = 0; k < W.length; k++) W[k] = rng.uniform(-a, a);
      break;
    }
    case 'zeros':
      W.fill(0);
      break;
  }
}
