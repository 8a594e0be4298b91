/**
 * Which trainer configurations the worker runs: one normally; in compare mode a second
 * that differs from the first in exactly one setting (same data, seed and, where the
 * shapes allow, the same initial weights).
 */
import {
  ACTIVATION_LABELS, INIT_LABELS, OPTIMIZER_LABELS, type ActivationName, type InitName, type OptimizerName,
} from '../engine';
import type { CompareField, CompareSpec } from '../lessons/presets';
import type { TrainerConfig } from '../worker/protocol';
import { UI_LIMITS } from './defaults';

export const COMPARE_FIELD_LABELS: Readonly<Record<CompareField, string>> = {
  activation: 'Hidden activation',
  init: 'Initialiser',
  learningRate: 'Learning rate',
  optimizer: 'Optimiser',
  depth: 'Depth (hidden layers)',
};

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
      const depth = Math.max(UI_LIMITS.hiddenLayers.min, Math.min(UI_LIMITS.hiddenLayers.max, Math.round(Number(spec.value))));
      const last = a.hidden[a.hidden.length - 1] ?? { units: 4, activation: 'tanh' as const };
      return { ...a, hidden: Array.from({ length: depth }, (_, k) => ({ ...(a.hidden[k] ?? last) })) };
    }
  }
}

/** Short label of each side, e.g. "Sigmoid" / "ReLU" or "η = 0.03" / "η = 3". */
export function sideLabels(a: TrainerConfig, spec: CompareSpec): [string, string] {
  const b = variantOf(a, spec);
  const label = <K extends string>(labels: Readonly<Record<K, string>>, v: string) => labels[v as K] ?? v;
  switch (spec.field) {
    case 'activation':
      return [label(ACTIVATION_LABELS, a.hidden[0]?.activation ?? a.output), label(ACTIVATION_LABELS, String(spec.value))];
    case 'init': return [label(INIT_LABELS, a.init.kind), label(INIT_LABELS, String(spec.value))];
    case 'learningRate': return [`η = ${a.optimizer.learningRate}`, `η = ${b.optimizer.learningRate}`];
    case 'optimizer': return [label(OPTIMIZER_LABELS, a.optimizer.kind), label(OPTIMIZER_LABELS, String(spec.value))];
    case 'depth': return [`${a.hidden.length} hidden layers`, `${b.hidden.length} hidden layers`];
  }
}

let lastConfig: TrainerConfig | null = null;
let lastCompare: CompareSpec | null = null;
let lastOutput: TrainerConfig[] = [];

/** Memoised, so an unrelated store update yields the same array and sends nothing. */
export function trainerConfigsOf(state: { config: TrainerConfig; compare: CompareSpec | null }): TrainerConfig[] {
  if (state.config !== lastConfig || state.compare !== lastCompare) {
    lastConfig = state.config;
    lastCompare = state.compare;
    lastOutput = state.compare ? [state.config, variantOf(state.config, state.compare)] : [state.config];
  }
  return lastOutput;
}
