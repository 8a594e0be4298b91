/** What `npm run bench:ui` loads into the app (through the URL hash) and times. */
import type { CompareSpec } from '../../src/store/appState';
import { trainerConfigsOf } from '../../src/store/compare';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import type { TrainerConfig } from '../../src/worker/protocol';

export interface Scenario {
  id: string;
  title: string;
  config: TrainerConfig;
  compare: CompareSpec | null;
  /** Target for the 95th-percentile frame time (DESIGN/issues 3 and 5). */
  p95TargetMs: number;
  /** The streaming-efficiency and epochs/s targets apply to network A. */
  isNetworkA: boolean;
  /** The page size (the targets for the largest network are at 1440×900). */
  viewport: { width: number; height: number };
}

const SMALL_SCREEN = { width: 1280, height: 720 };
const LARGE_SCREEN = { width: 1440, height: 900 };

/** All 500 circle points are training points, as in the engine benchmark. */
const circleAll = { kind: 'circle', count: 500, noise: 0, testFraction: 0 } as const;

/** Network A of bench/engine: 2 → [8, 8, 8] tanh → 1 tanh, MSE, SGD η = 0.03, batch 10. */
export const NETWORK_A: TrainerConfig = {
  hidden: [8, 8, 8].map((units) => ({ units, activation: 'tanh' as const })),
  output: 'tanh',
  loss: 'mse',
  init: { kind: 'xavier-uniform', scale: 1 },
  optimizer: { kind: 'sgd', learningRate: 0.03 },
  batchSize: 10,
  dataset: circleAll,
  seed: 1,
};

/** The largest network the app allows: 12 hidden layers of 64 tanh units. */
export const LARGEST: TrainerConfig = {
  ...NETWORK_A,
  hidden: Array.from({ length: 12 }, () => ({ units: 64, activation: 'tanh' as const })),
};

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'A',
    title: 'Network A: 2 → [8, 8, 8] tanh → 1, 500 points',
    config: NETWORK_A,
    compare: null,
    p95TargetMs: 20,
    isNetworkA: true,
    viewport: SMALL_SCREEN,
  },
  {
    id: 'big',
    title: 'Big: 2 → [32 × 10] tanh → 1, 500 points',
    config: { ...NETWORK_A, hidden: Array.from({ length: 10 }, () => ({ units: 32, activation: 'tanh' as const })) },
    compare: null,
    p95TargetMs: 34,
    isNetworkA: false,
    viewport: SMALL_SCREEN,
  },
  {
    id: 'compare',
    title: 'Compare: default network, tanh | relu',
    config: DEFAULT_CONFIG,
    compare: { field: 'activation', value: 'relu' },
    p95TargetMs: 20,
    isNetworkA: false,
    viewport: SMALL_SCREEN,
  },
  {
    id: 'largest',
    title: 'Largest: 2 → [64 × 12] tanh → 1, 500 points, 1440×900',
    config: LARGEST,
    compare: null,
    p95TargetMs: 20,
    isNetworkA: false,
    viewport: LARGE_SCREEN,
  },
  {
    id: 'compare-largest',
    title: 'Compare: two 2 → [64 × 12] → 1, tanh | relu, 1440×900',
    config: LARGEST,
    compare: { field: 'activation', value: 'relu' },
    p95TargetMs: 34,
    isNetworkA: false,
    viewport: LARGE_SCREEN,
  },
];

/** The configs the app's bridge sends to the worker for this set-up. */
export function workerConfigs(s: Scenario): TrainerConfig[] {
  return trainerConfigsOf({ config: s.config, compare: s.compare });
}
