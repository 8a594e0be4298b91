/**
 * The app state: one plain, serialisable value that says what the learner is looking at —
 * the set-up being edited and the one the worker confirmed it runs, the screen mode, the
 * step-through's example and phase, the selection, the view settings, and the place of a
 * guided lesson and of lecture mode. A link, a saved session, a lesson and a test can set
 * and read it whole; views read it through narrow selectors and change it only through
 * the app's commands (commands.ts), which also tell the worker what to do.
 */
import type { WeightRef } from '../engine';
import type { Speed, StepperExample, TrainerConfig } from '../worker/protocol';

export type Mode = 'train' | 'step' | 'compare';

/** The settings compare mode can vary between the two networks. */
export type CompareField = 'activation' | 'init' | 'learningRate' | 'optimizer' | 'depth' | 'skips';

export interface CompareSpec {
  field: CompareField;
  /**
   * The right-hand network's value of that field (activation/init/optimizer name, a rate, a
   * depth, or 'on'/'off' for skip connections around every layer where one fits).
   */
  value: string | number;
}

/**
 * Compare mode's edge widths: `own` — each network relative to its own largest edge (a
 * converged network's small gradients do not look vanished next to a fresh one); `shared` —
 * one scale for both (magnitudes compare directly).
 */
export type CompareScale = 'own' | 'shared';

/** What the learner points at in a network (layers, units and weights are 0-based engine indices). */
export type Selection =
  | { kind: 'neuron'; layer: number; unit: number }
  | { kind: 'weight'; layer: number; to: number; from: number }
  | { kind: 'bias'; layer: number; unit: number }
  | { kind: 'layer'; layer: number };

/** Edge width shows |∂L/∂w| (default) or |w|. */
export type EdgeMode = 'gradient' | 'weight';
/** linear: relative to the largest edge (vanished looks vanished); log: decades stay readable. */
export type EdgeScale = 'linear' | 'log';
/** The gradient chart's measure per layer. */
export type GradientMetric = 'meanAbsGrad' | 'gradNorm';
/** The one chart lecture mode shows beside the network. */
export type LectureChart = 'gradient-chart' | 'loss' | 'activation-curve' | 'output';
/** Light, dark, or as the system prefers (until chosen). Lecture mode uses its projector theme. */
export type Theme = 'auto' | 'light' | 'dark';

/** A chain-rule path highlighted from the inspector: the unit visited per layer from `layer` on. */
export interface HighlightedPath {
  layer: number;
  from: number;
  units: number[];
  /** Per hop after the first unit (units[q] → units[q + 1]): along a skip connection rather than a weight. */
  skips?: boolean[];
}

export interface ViewSettings {
  edgeMode: EdgeMode;
  edgeScale: EdgeScale;
  /** Engine layer highlighted from the gradient chart, the graph's headers or the activation curve. */
  highlightedLayer: number | null;
  highlightedPath: HighlightedPath | null;
  gradientMetric: GradientMetric;
  /** The loss chart's log scale. */
  lossLog: boolean;
  lectureChart: LectureChart;
  theme: Theme;
  /** Compare mode's edge scale; null: the compared field's default (compareScaleOf). */
  compareScale: CompareScale | null;
}

/** What a preset asks the class to watch, shown until dismissed. */
export interface Note {
  title: string;
  watch: string;
}

export interface AppState {
  /** The set-up the controls show and edit. */
  config: TrainerConfig;
  /** Compare mode: the one setting the right-hand network changes (null: one network). */
  compare: CompareSpec | null;
  /** The configurations the worker confirmed it is running (empty until it first answers). */
  running: TrainerConfig[];
  mode: Mode;
  /** Step-through on the first network: the example and the phases done (meaningful in step mode). */
  stepThrough: { example: StepperExample; phase: number };
  selection: Selection | null;
  /** Which network the selection was made on (1 is the right-hand network in compare mode). */
  selectedTrainer: number;
  view: ViewSettings;
  /** Training pace: optimiser steps per second, or null for as fast as possible. */
  speed: Speed;
  note: Note | null;
  /**
   * A guided lesson and the step the learner is on (null: none); `answered` once the step's
   * question is answered right or its answer shown.
   */
  lesson: { id: string; step: number; answered?: boolean } | null;
  /** The projector layout and theme. */
  lecture: boolean;
}

/** The network a student sees first. */
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

export const DEFAULT_VIEW: ViewSettings = {
  edgeMode: 'gradient',
  edgeScale: 'linear',
  highlightedLayer: null,
  highlightedPath: null,
  gradientMetric: 'meanAbsGrad',
  lossLog: false,
  lectureChart: 'gradient-chart',
  theme: 'auto',
  compareScale: null,
};

/**
 * The edge scale compare mode uses: the one chosen, else per network when the compared
 * setting is a cure for vanishing gradients (activation, initialisation, skips), whose
 * whole point is where gradients flow within each network, and shared otherwise.
 */
export function compareScaleOf(view: Pick<ViewSettings, 'compareScale'>, compare: CompareSpec | null): CompareScale {
  if (view.compareScale) return view.compareScale;
  const field = compare?.field;
  return field === 'activation' || field === 'init' || field === 'skips' ? 'own' : 'shared';
}

export const FIRST_ROW: StepperExample = { kind: 'row', index: 0 };

export function initialAppState(patch: Partial<AppState> = {}): AppState {
  return {
    config: DEFAULT_CONFIG,
    compare: null,
    running: [],
    mode: 'train',
    stepThrough: { example: FIRST_ROW, phase: 0 },
    selection: null,
    selectedTrainer: 0,
    view: DEFAULT_VIEW,
    speed: null,
    note: null,
    lesson: null,
    lecture: false,
    ...patch,
  };
}

/** The weight a selection points at, or null. */
export function selectedWeight(selection: Selection | null): WeightRef | null {
  return selection?.kind === 'weight' ? { layer: selection.layer, to: selection.to, from: selection.from } : null;
}
