/**
 * The schema of the app state a link or a saved session carries (`LinkState`): the set-up
 * and everything the learner was looking at — mode, step-through example and phase,
 * selection, view settings, speed, lecture mode, lesson. Not `running` (the worker says
 * what runs) nor the preset's note. Fields a link leaves out take the defaults given here
 * (frozen: changing one would change what old links open to), so a link stays short.
 * Cross-field rules (a phase within the step, a selection inside the network) are checked
 * here too, so a state is accepted whole or refused whole.
 */
import { LIMITS, phasesFor } from '../engine';
import type { TrainerConfig } from '../worker/protocol';
import type { AppState } from './appState';
import { trainerConfigsOf } from './compare';
import { compareSchema, configSchema, int, num } from './schema';
import { clause } from './schemaMessages';
import { z } from './schemaZod';

const index = (max: number) => int({ min: 0, max });
const finite = z.number().finite();
const MAX_UNITS = LIMITS.units.max;
const MAX_LAYER = LIMITS.hiddenLayers.max;

const exampleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('row'), index: index(LIMITS.datasetCount.max - 1) }),
  z.object({
    kind: z.literal('custom'),
    input: z.array(finite).min(1).max(LIMITS.inputSize.max),
    target: z.array(finite).min(1).max(LIMITS.inputSize.max),
  }),
]);

const selectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('neuron'), layer: index(MAX_LAYER), unit: index(MAX_UNITS - 1) }),
  z.object({
    kind: z.literal('weight'),
    layer: index(MAX_LAYER),
    to: index(MAX_UNITS - 1),
    from: index(MAX_UNITS - 1),
  }),
  z.object({ kind: z.literal('bias'), layer: index(MAX_LAYER), unit: index(MAX_UNITS - 1) }),
  z.object({ kind: z.literal('layer'), layer: index(MAX_LAYER) }),
]);

const viewSchema = z.object({
  edgeMode: z.enum(['gradient', 'weight']).default('gradient'),
  edgeScale: z.enum(['linear', 'log']).default('linear'),
  highlightedLayer: index(MAX_LAYER).nullable().default(null),
  highlightedPath: z
    .object({
      layer: index(MAX_LAYER),
      from: index(MAX_UNITS - 1),
      units: z.array(index(MAX_UNITS - 1)).max(MAX_LAYER + 1),
    })
    .nullable()
    .default(null),
  gradientMetric: z.enum(['meanAbsGrad', 'gradNorm']).default('meanAbsGrad'),
  lossLog: z.boolean().default(false),
  lectureChart: z.enum(['gradient-chart', 'loss', 'activation-curve', 'output']).default('gradient-chart'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto'),
  compareScale: z.enum(['own', 'shared']).nullable().default(null),
});

/** The absent values of a link: what a field it leaves out means. */
export const LINK_DEFAULTS = {
  compare: null,
  mode: 'train',
  stepThrough: { example: { kind: 'row', index: 0 }, phase: 0 },
  selection: null,
  selectedTrainer: 0,
  view: viewSchema.parse({}),
  speed: null,
  lecture: false,
  lesson: null,
} as const satisfies Omit<LinkState, 'config'>;

export const linkStateSchema = z
  .object({
    config: configSchema,
    compare: compareSchema.nullable().default(null),
    mode: z.enum(['train', 'step', 'compare']).default('train'),
    stepThrough: z
      .object({ example: exampleSchema.default({ kind: 'row', index: 0 }), phase: index(999).default(0) })
      .default(() => ({ example: { kind: 'row' as const, index: 0 }, phase: 0 })),
    selection: selectionSchema.nullable().default(null),
    selectedTrainer: index(1).default(0),
    view: viewSchema.default(() => viewSchema.parse({})),
    speed: num({ min: LIMITS.speed.min, max: LIMITS.speed.max })
      .refine((v) => v > LIMITS.speed.min)
      .nullable()
      .default(null),
    lecture: z.boolean().default(false),
    lesson: z
      .object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/), step: index(999) })
      .nullable()
      .default(null),
  })
  .superRefine((s, ctx) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', ...clause(message, path) });
    if ((s.mode === 'compare') !== (s.compare !== null)) {
      problem(
        ['mode'],
        s.compare ? 'a comparison is given but the mode is not compare' : 'compare mode needs a comparison',
      );
    }
    if (s.selectedTrainer === 1 && s.compare === null) {
      problem(['selectedTrainer'], 'the selection is on the right-hand network, but there is no comparison');
    }
    const configs = trainerConfigsOf({ config: s.config as TrainerConfig, compare: s.compare });
    const phases = phasesFor(s.config.hidden.length + 1).length;
    if (s.stepThrough.phase > phases) {
      problem(
        ['stepThrough', 'phase'],
        `the step-through phase must be from 0 to ${phases} (it is ${s.stepThrough.phase})`,
      );
    }
    const where = selectionProblem(s.selection, configs[s.selectedTrainer] ?? configs[0]);
    if (where) problem(['selection', where.field], where.message);
  });

/** What a link and a saved session carry of the app state. */
export type LinkState = Pick<
  AppState,
  | 'config'
  | 'compare'
  | 'mode'
  | 'stepThrough'
  | 'selection'
  | 'selectedTrainer'
  | 'view'
  | 'speed'
  | 'lecture'
  | 'lesson'
>;

/** The link state of an app state (the same objects, no copy). */
export function linkStateOf(s: AppState): LinkState {
  const { config, compare, mode, stepThrough, selection, selectedTrainer, view, speed, lecture, lesson } = s;
  return { config, compare, mode, stepThrough, selection, selectedTrainer, view, speed, lecture, lesson };
}

/** A selected layer or unit beyond the network (the output layer's width depends on the data, so it is not checked). */
function selectionProblem(
  sel: z.output<typeof selectionSchema> | null,
  config: TrainerConfig,
): { field: string; message: string } | null {
  if (!sel) return null;
  const hidden = config.hidden;
  if (sel.layer > hidden.length) {
    return {
      field: 'layer',
      message: `the selected layer must be from 1 to ${hidden.length + 1} (it is ${sel.layer + 1})`,
    };
  }
  const width = hidden[sel.layer]?.units;
  const unit = sel.kind === 'weight' ? sel.to : sel.kind === 'layer' ? 0 : sel.unit;
  if (width !== undefined && unit >= width) {
    return {
      field: sel.kind === 'weight' ? 'to' : 'unit',
      message: `the selected neuron is not in layer ${sel.layer + 1}, which has ${width}`,
    };
  }
  const before = sel.layer > 0 ? hidden[sel.layer - 1]?.units : LIMITS.inputSize.max;
  if (sel.kind === 'weight' && before !== undefined && sel.from >= before) {
    return {
      field: 'from',
      message: `the selected weight comes from a neuron the layer before does not have (it has ${before})`,
    };
  }
  return null;
}
