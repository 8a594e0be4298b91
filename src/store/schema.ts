/**
 * The schema of a saved or shared set-up (URL, localStorage, exported file). Anything
 * read from outside is parsed with it, so a corrupt link or file is refused with a
 * message and never reaches the worker. zod: a well-kept validator beats hand-written checks.
 */
import { z } from 'zod';
import {
  ACTIVATION_NAMES,
  DATASET_NAMES,
  INIT_NAMES,
  LIMITS,
  LOSS_NAMES,
  OPTIMIZER_NAMES,
  OUTPUT_ACTIVATION_NAMES,
} from '../engine';
import type { TrainerConfig } from '../worker/protocol';
import type { CompareSpec } from './appState';
import { configProblem } from './configRules';

const num = (l: { min: number; max: number }) => z.number().finite().min(l.min).max(l.max);
const int = (l: { min: number; max: number }) => num(l).int();

const configSchema = z
  .object({
    hidden: z
      .array(z.object({ units: int(LIMITS.units), activation: z.enum(ACTIVATION_NAMES), skip: z.boolean().optional() }))
      .max(LIMITS.hiddenLayers.max),
    output: z.enum(OUTPUT_ACTIVATION_NAMES),
    loss: z.enum(LOSS_NAMES),
    init: z.object({ kind: z.enum(INIT_NAMES), scale: num(LIMITS.initScale).optional() }),
    optimizer: z.object({ kind: z.enum(OPTIMIZER_NAMES), learningRate: num(LIMITS.learningRate) }),
    batchSize: int(LIMITS.batchSize),
    dataset: z.object({
      kind: z.enum(DATASET_NAMES),
      count: int(LIMITS.datasetCount),
      noise: num(LIMITS.noise),
      testFraction: num(LIMITS.testFraction),
      classes: int(LIMITS.classes).optional(),
    }),
    seed: int(LIMITS.seed),
  })
  .refine((c) => c.loss !== 'bce' || c.output === 'sigmoid', {
    message: 'cross-entropy needs a sigmoid output',
    path: ['output'],
  })
  // Skip connections, the softmax and the classes (configRules.ts: the same rules as the edits).
  .superRefine((c, ctx) => {
    const problem = configProblem(c as TrainerConfig);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

// The right-hand network's value is checked for its field, so it too never reaches the worker invalid.
const compareSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('activation'), value: z.enum(ACTIVATION_NAMES) }),
  z.object({ field: z.literal('init'), value: z.enum(INIT_NAMES) }),
  z.object({ field: z.literal('learningRate'), value: num(LIMITS.learningRate) }),
  z.object({ field: z.literal('optimizer'), value: z.enum(OPTIMIZER_NAMES) }),
  z.object({ field: z.literal('depth'), value: int(LIMITS.hiddenLayers) }),
  z.object({ field: z.literal('skips'), value: z.enum(['on', 'off']) }),
]);

export const savedSchema = z.object({
  version: z.literal(1),
  config: configSchema,
  compare: compareSchema.nullable(),
});

export interface Saved {
  config: TrainerConfig;
  compare: CompareSpec | null;
}

/** Parses untrusted JSON text; returns the set-up or a sentence saying what is wrong. */
export function parseSaved(text: string): { ok: true; value: Saved } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'it is not valid JSON' };
  }
  const r = savedSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, message: `${issue.path.join('.') || 'the data'}: ${issue.message}` };
  }
  return { ok: true, value: { config: r.data.config as TrainerConfig, compare: r.data.compare as CompareSpec | null } };
}

export function serialise(saved: Saved): string {
  return JSON.stringify({ version: 1, config: saved.config, compare: saved.compare });
}
