/**
 * Which trainer configurations the worker runs: one normally; in compare mode a second
 * that differs from the first in exactly one setting (same data, seed and, where the
 * shapes allow, the same initial weights).
 */
import { LIMITS, type ActivationName, type InitName, type OptimizerName } from '../engine';
import type { TrainerConfig } from '../worker/protocol';
import type { CompareSpec } from './appState';
import { withSkips } from './configRules';

/** The right-hand network: the left one with a single setting changed. */
export function variantOf(a: TrainerConfig, spec: CompareSpec): TrainerConfig {
  switch (spec.field) {
    case 'activation':
      return { ...a, hidden: a.hidden.map((l) => ({ ...l, activation: spec.value as ActivationName })) };
    case 'init':
      return { ...a, init: { ...a.init, kind: spec.value as InitName } };
    case 'learningRate':
      return { ...a, optimizer: { ...a.optimizer, learningRate: Number(spec.value) } };
    case 'optimizer':
      return { ...a, optimizer: { ...a.optimizer, kind: spec.value as OptimizerName } };
    case 'depth': {
      const { min, max } = LIMITS.hiddenLayers;
      const depth = Math.max(min, Math.min(max, Math.round(Number(spec.value))));
      const last = a.hidden[a.hidden.length - 1] ?? { units: 4, activation: 'tanh' as const };
      return { ...a, hidden: Array.from({ length: depth }, (_, k) => ({ ...(a.hidden[k] ?? last) })) };
    }
    case 'skips':
      return { ...a, hidden: withSkips(a.hidden, spec.value === 'on') };
  }
}

/** The configurations the worker should run for this set-up: one, or two in compare mode. */
export function trainerConfigsOf(state: { config: TrainerConfig; compare: CompareSpec | null }): TrainerConfig[] {
  return state.compare ? [state.config, variantOf(state.config, state.compare)] : [state.config];
}
