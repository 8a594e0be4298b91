/**
 * The lesson format: a JSON-serialisable value (validated by src/store/lessonSchema.ts when
 * it comes from outside). A lesson opens on a starting set-up — the app state's own fields —
 * then walks through steps. A step has text (a small markup, see LessonText), what to point
 * at on the screen (by meaning: a neuron, a weight, a layer, a panel, a control), optionally
 * an action the learner must take (detected from the app state), a question asked before the
 * answer is revealed, and a state change applied when the step opens. docs/lessons.md
 * documents it with a complete example.
 */
import type { ActivationName, WeightRef } from '../engine';
import type { CompareSpec, Mode, Selection, ViewSettings } from '../store/appState';
import type { StepperExample, TrainerConfig } from '../worker/protocol';

export interface Lesson {
  /** Unique, URL-safe: letters, digits and dashes. */
  id: string;
  title: string;
  /** One line: what the learner will be able to say at the end. */
  goal: string;
  start: LessonSetup;
  steps: LessonStep[];
}

/** A set-up a lesson opens (or a step switches to): the app state's own fields. */
export interface LessonSetup {
  config?: TrainerConfig;
  compare?: CompareSpec | null;
  mode?: Mode;
  example?: StepperExample;
  /** Phases done in step-through (applied once the networks stand). */
  phase?: number;
  selection?: Selection | null;
  view?: Partial<Pick<ViewSettings, 'edgeMode' | 'edgeScale' | 'highlightedLayer' | 'gradientMetric' | 'lossLog'>>;
}

export type Panel = 'graph' | 'inspector' | 'gradient-chart' | 'activation-curve' | 'loss' | 'output' | 'step-bar';
export type Control = 'play' | 'next' | 'previous' | 'activation' | 'learning-rate' | 'compare' | 'step-through';

/** What a step points at, by meaning; the views draw a ring or a glow that does not hide it. */
export type Highlight =
  | { kind: 'neuron'; layer: number; unit: number }
  | { kind: 'weight'; layer: number; to: number; from: number }
  | { kind: 'layer'; layer: number }
  | { kind: 'panel'; panel: Panel }
  | { kind: 'control'; control: Control };

/** What a step waits for, read from the app state (and the run's counters for training). */
export type Await =
  /** Step-through has done at least this many phases. */
  | { kind: 'phase'; atLeast: number }
  /** This neuron, weight, bias or layer is selected. */
  | { kind: 'select'; target: Selection }
  /** The hidden layers (all, or one) use this activation. */
  | { kind: 'activation'; is: ActivationName; layer?: number }
  /** η lies in [min, max]. */
  | { kind: 'learning-rate'; min: number; max: number }
  /** Training reached an epoch, a step, or a training loss below a value. */
  | { kind: 'train'; epoch?: number; step?: number; lossBelow?: number }
  | { kind: 'mode'; is: Mode };

/** A number the engine computed, read from the current frame. */
export type ValueRef =
  | { quantity: 'z' | 'a' | 'delta' | 'df'; layer: number; unit: number }
  | ({ quantity: 'w' | 'grad' | 'w-new' } & WeightRef)
  | { quantity: 'b' | 'bias-grad'; layer: number; unit: number }
  | { quantity: 'x'; unit: number }
  | { quantity: 'y' | 'yhat'; unit?: number }
  | { quantity: 'loss' | 'lr' };

/** Where the right answer of a choice comes from: fixed, or the engine's own numbers. */
export type ChoiceAnswer =
  | { index: number }
  /** Option k is the chain-rule path through unit units[k] of `layer`; the largest |product| is right. */
  | { largestPathVia: { layer: number; units: number[] } }
  /** The right option depends on the sign of an engine value (e.g. which way a weight moves). */
  | { bySign: { value: ValueRef; negative: number; zero: number; positive: number } };

/** A fixed layer, or the one whose mean |∂L/∂W| (gradient) or mean |δ| (error signal) is smallest or largest now. */
export type LayerAnswer =
  { layer: number } | 'smallest-gradient' | 'largest-gradient' | 'smallest-delta' | 'largest-delta';

interface QuestionBase {
  prompt: string;
  /** Shown after a wrong answer. */
  hint: string;
  /** Shown with the reveal: why the answer is what it is. */
  why: string;
}

export type Question =
  | (QuestionBase & { kind: 'choice'; options: string[]; answer: ChoiceAnswer })
  | (QuestionBase & { kind: 'number'; value: ValueRef; tolerance: { relative?: number; absolute?: number } })
  | (QuestionBase & { kind: 'layer'; answer: LayerAnswer });

export interface LessonStep {
  /** Paragraphs (a blank line apart), *emphasis*, $inline$ and $$display$$ TeX, [[value]] placeholders. */
  text: string;
  highlight?: Highlight[];
  await?: Await;
  question?: Question;
  /** Applied when the step opens (going forward or back). */
  enter?: LessonSetup;
  /** For the teacher (the presenter view), not shown to students. */
  notes?: string;
}
