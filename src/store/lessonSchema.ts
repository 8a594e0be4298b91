/**
 * The schema of a lesson from outside (a teacher's file or link): every field checked, and a
 * refusal names the step and the field in plain words ("Step 3, question.options: …"), so a
 * teacher can fix the file. The built-in lessons pass it too (tested).
 */
import { z } from './schemaZod';
import { ACTIVATION_NAMES, LIMITS } from '../engine';
import type { Lesson } from '../lessons/types';
import { badPlaceholders } from './lessons/placeholders';
import { compareSchema, configSchema } from './schema';

const index = z.number().int().min(0).max(LIMITS.units.max);
const layer = z.number().int().min(0).max(LIMITS.hiddenLayers.max);
const weight = { layer, to: index, from: index };
const knownPlaceholders = (t: string, ctx: z.RefinementCtx) => {
  const bad = badPlaceholders(t);
  if (bad.length > 0)
    ctx.addIssue({ code: 'custom', message: `unknown value placeholder ${bad[0]} (see docs/lessons.md)` });
};
const text = (max: number) => z.string().trim().min(1).max(max).superRefine(knownPlaceholders);
/** A step's speaker notes: the same markup as its text (placeholders checked), and may be left empty. */
const notes = z.string().trim().max(2000).superRefine(knownPlaceholders);

const selection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('neuron'), layer, unit: index }),
  z.object({ kind: z.literal('weight'), ...weight }),
  z.object({ kind: z.literal('bias'), layer, unit: index }),
  z.object({ kind: z.literal('layer'), layer }),
]);
const mode = z.enum(['train', 'step', 'compare']);

const setup = z.object({
  config: configSchema.optional(),
  compare: compareSchema.nullable().optional(),
  mode: mode.optional(),
  example: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('row'), index: z.number().int().min(0).max(LIMITS.datasetCount.max) }),
      z.object({
        kind: z.literal('custom'),
        input: z.array(z.number().finite()).max(64),
        target: z.array(z.number().finite()).max(64),
      }),
    ])
    .optional(),
  phase: z.number().int().min(0).max(200).optional(),
  selection: selection.nullable().optional(),
  view: z
    .object({
      edgeMode: z.enum(['gradient', 'weight']),
      edgeScale: z.enum(['linear', 'log']),
      highlightedLayer: layer.nullable(),
      gradientMetric: z.enum(['meanAbsGrad', 'gradNorm']),
      lossLog: z.boolean(),
    })
    .partial()
    .optional(),
});

const highlight = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('neuron'), layer, unit: index }),
  z.object({ kind: z.literal('weight'), ...weight }),
  z.object({ kind: z.literal('layer'), layer }),
  z.object({
    kind: z.literal('panel'),
    panel: z.enum(['graph', 'inspector', 'gradient-chart', 'activation-curve', 'loss', 'output', 'step-bar']),
  }),
  z.object({
    kind: z.literal('control'),
    control: z.enum(['play', 'next', 'previous', 'activation', 'learning-rate', 'compare', 'step-through']),
  }),
]);

const awaitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phase'), atLeast: z.number().int().min(1).max(200) }),
  z.object({ kind: z.literal('select'), target: selection }),
  z.object({ kind: z.literal('activation'), is: z.enum(ACTIVATION_NAMES), layer: layer.optional() }),
  z.object({ kind: z.literal('learning-rate'), min: z.number().finite(), max: z.number().finite() }),
  z.object({
    kind: z.literal('train'),
    epoch: z.number().int().min(0).optional(),
    step: z.number().int().min(0).optional(),
    lossBelow: z.number().finite().optional(),
  }),
  z.object({ kind: z.literal('mode'), is: mode }),
]);

const valueRef = z.union([
  z.object({ quantity: z.enum(['z', 'a', 'delta', 'df']), layer, unit: index }),
  z.object({ quantity: z.enum(['w', 'grad', 'w-new']), ...weight }),
  z.object({ quantity: z.enum(['b', 'bias-grad']), layer, unit: index }),
  z.object({ quantity: z.literal('x'), unit: index }),
  z.object({ quantity: z.enum(['y', 'yhat']), unit: index.optional() }),
  z.object({ quantity: z.enum(['loss', 'lr']) }),
]);

const base = { prompt: text(600), hint: text(600), why: text(800) };
const option = z.number().int().min(0).max(7);
const question = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('choice'),
    ...base,
    options: z.array(text(200)).min(2).max(8),
    answer: z.union([
      z.object({ index: option }),
      z.object({ largestPathVia: z.object({ layer, units: z.array(index).min(2).max(8) }) }),
      z.object({ bySign: z.object({ value: valueRef, negative: option, zero: option, positive: option }) }),
    ]),
  }),
  z.object({
    kind: z.literal('number'),
    ...base,
    value: valueRef,
    tolerance: z
      .object({ relative: z.number().positive().max(1).optional(), absolute: z.number().positive().optional() })
      .refine((t) => t.relative !== undefined || t.absolute !== undefined, 'give a relative or an absolute tolerance'),
  }),
  z.object({
    kind: z.literal('layer'),
    ...base,
    answer: z.union([
      z.object({ layer }),
      z.enum(['smallest-gradient', 'largest-gradient', 'smallest-delta', 'largest-delta']),
    ]),
  }),
]);

const step = z.object({
  text: text(4000),
  highlight: z.array(highlight).max(8).optional(),
  await: awaitSchema.optional(),
  question: question.optional(),
  enter: setup.optional(),
  notes: notes.optional(),
});

export const lessonSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'letters, digits and dashes, starting with a letter or digit'),
  title: text(120),
  goal: text(300),
  start: setup,
  steps: z.array(step).min(1).max(60),
});

/** Parses a lesson from untrusted JSON text, naming the step and the field of the first mistake. */
export function parseLesson(input: string | unknown): { ok: true; lesson: Lesson } | { ok: false; message: string } {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, message: 'it is not valid JSON' };
    }
  }
  const r = lessonSchema.safeParse(raw);
  if (r.success) return { ok: true, lesson: r.data as Lesson };
  const issue = r.error.issues[0];
  return { ok: false, message: `${where(issue.path)}: ${issue.message}` };
}

/** "steps.2.question.options" → "step 3, question.options". */
function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the lesson';
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return `step ${path[1] + 1}${rest ? `, ${rest}` : ''}`;
  }
  return path.map(String).join('.');
}
