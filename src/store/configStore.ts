/**
 * The configuration the student edits. Every action validates against UI_LIMITS and
 * refuses bad values with a message (kept in `problem`) instead of passing them on, so
 * the running network is never lost to a typo.
 */
import { create } from 'zustand';
import type { ActivationName, DatasetName, InitName, LossName, OptimizerName } from '../engine';
import type { CompareSpec } from '../lessons/presets';
import type { TrainerConfig } from '../worker/protocol';
import { DEFAULT_CONFIG, UI_LIMITS } from './defaults';

export interface ConfigProblem {
  field: string;
  message: string;
}

export interface ConfigState {
  config: TrainerConfig;
  problem: ConfigProblem | null;
  /** Compare mode: the one setting the right-hand network changes (null: one network). */
  compare: CompareSpec | null;
  /** Replaces the whole config (presets, shared links); assumed validated by the caller. */
  load(config: TrainerConfig, compare?: CompareSpec | null): void;
  setCompare(compare: CompareSpec | null): void;
  addLayer(): void;
  removeLayer(): void;
  setUnits(layer: number, units: number): void;
  setActivation(layer: number | 'all', activation: ActivationName): void;
  setOutput(activation: ActivationName): void;
  setLoss(loss: LossName): void;
  setInit(kind: InitName, scale?: number): void;
  setOptimizer(kind: OptimizerName): void;
  setLearningRate(lr: number): void;
  setBatchSize(batchSize: number): void;
  setDataset(kind: DatasetName): void;
  setNoise(noise: number): void;
  setTestFraction(fraction: number): void;
  setSeed(seed: number): void;
  clearProblem(): void;
}

type Limit = { min: number; max: number };

function inRange(v: number, { min, max }: Limit, integer = false): boolean {
  return Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
}

export const useConfigStore = create<ConfigState>()((set, get) => {
  const update = (patch: Partial<TrainerConfig>) => set({ config: { ...get().config, ...patch }, problem: null });
  const refuse = (field: string, message: string) => set({ problem: { field, message } });
  const hidden = () => get().config.hidden;
  return {
    config: DEFAULT_CONFIG,
    problem: null,
    compare: null,
    load: (config, compare) => set(compare === undefined ? { config, problem: null } : { config, compare, problem: null }),
    setCompare: (compare) => set({ compare, problem: null }),
    addLayer() {
      const h = hidden();
      if (h.length >= UI_LIMITS.hiddenLayers.max) return refuse('hidden', `At most ${UI_LIMITS.hiddenLayers.max} hidden layers.`);
      const last = h[h.length - 1] ?? { units: 4, activation: 'tanh' as const };
      update({ hidden: [...h, { ...last }] });
    },
    removeLayer() {
      const h = hidden();
      if (h.length <= UI_LIMITS.hiddenLayers.min) return refuse('hidden', 'There are no hidden layers left to remove.');
      update({ hidden: h.slice(0, -1) });
    },
    setUnits(layer, units) {
      if (!inRange(units, UI_LIMITS.units, true)) {
        return refuse(`hidden.${layer}.units`, `A layer has ${UI_LIMITS.units.min} to ${UI_LIMITS.units.max} neurons (whole numbers).`);
      }
      update({ hidden: hidden().map((l, k) => (k === layer ? { ...l, units } : l)) });
    },
    setActivation(layer, activation) {
      update({ hidden: hidden().map((l, k) => (layer === 'all' || k === layer ? { ...l, activation } : l)) });
    },
    setOutput(output) {
      const { loss } = get().config;
      if (loss === 'bce' && output !== 'sigmoid') {
        return refuse('output', 'Cross-entropy needs a sigmoid output; choose mean squared error first.');
      }
      update({ output });
    },
    // Cross-entropy only makes sense on a sigmoid output, so choosing it switches the output.
    setLoss: (loss) => update(loss === 'bce' ? { loss, output: 'sigmoid' } : { loss }),
    setInit(kind, scale) {
      const s = scale ?? get().config.init.scale ?? 1;
      if (!inRange(s, UI_LIMITS.initScale)) {
        return refuse('init.scale', `The weight scale must be from ${UI_LIMITS.initScale.min} to ${UI_LIMITS.initScale.max}.`);
      }
      update({ init: { kind, scale: s } });
    },
    setOptimizer: (kind) => update({ optimizer: { ...get().config.optimizer, kind } }),
    setLearningRate(learningRate) {
      if (!inRange(learningRate, UI_LIMITS.learningRate)) {
        return refuse('learningRate', `The learning rate must be a number from ${UI_LIMITS.learningRate.min} to ${UI_LIMITS.learningRate.max}.`);
      }
      update({ optimizer: { ...get().config.optimizer, learningRate } });
    },
    setBatchSize(batchSize) {
      if (!inRange(batchSize, UI_LIMITS.batchSize, true)) {
        return refuse('batchSize', `The batch size must be a whole number from ${UI_LIMITS.batchSize.min} to ${UI_LIMITS.batchSize.max}.`);
      }
      update({ batchSize });
    },
    setDataset: (kind) => update({ dataset: { ...get().config.dataset, kind } }),
    setNoise(noise) {
      if (!inRange(noise, UI_LIMITS.noise)) return refuse('noise', `Noise goes from ${UI_LIMITS.noise.min} to ${UI_LIMITS.noise.max}.`);
      update({ dataset: { ...get().config.dataset, noise } });
    },
    setTestFraction(testFraction) {
      if (!inRange(testFraction, UI_LIMITS.testFraction)) {
        return refuse('testFraction', `The test share goes from 0% to ${UI_LIMITS.testFraction.max * 100}%.`);
      }
      update({ dataset: { ...get().config.dataset, testFraction } });
    },
    setSeed(seed) {
      if (!inRange(seed, UI_LIMITS.seed, true)) return refuse('seed', `The seed is a whole number from 0 to ${UI_LIMITS.seed.max}.`);
      update({ seed });
    },
    clearProblem: () => set({ problem: null }),
  };
});
