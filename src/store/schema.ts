/**
 * The one schema of a network set-up (`configSchema`, `compareSchema`): links, stored
 * sessions and set-up files all check a configuration with it, against the engine's one
 * limits table, so a corrupt one is refused with a sentence and never reaches the worker.
 * zod (through schemaZod.ts, jitless): a well-kept validator beats hand-written checks.
 *
 * To add an optional field to TrainerConfig: add it below with `.optional()` (old links
 * and files lack it), say in words what it is in schemaFields.ts, and, if it should be
 * short in links, give it a short key in linkKeys.ts.
 *
 * Also here: the set-up file (`{version: 1, config, compare}`), which is also the payload
 * of the first link format (`#s=`).
 */
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
import { customPointsSchema } from './ownData/points';
import { clause, describeProblem, wordsFor, type Parsed } from './schemaMessages';
import { z } from './schemaZod';

export const num = (l: { min: number; max: number }) => z.number().finite().min(l.min).max(l.max);
export const int = (l: { min: number; max: number }) => num(l).int();

export const layerSchema = z.object({
  units: int(LIMITS.units),
  activation: z.enum(ACTIVATION_NAMES),
  skip: z.boolean().optional(),
});

export const configSchema = z
  .object({
    hidden: z.array(layerSchema).max(LIMITS.hiddenLayers.max),
    output: z.enum(OUTPUT_ACTIVATION_NAMES),
    loss: z.enum(LOSS_NAMES),
    init: z.object({ kind: z.enum(INIT_NAMES), scale: num(LIMITS.initScale).optional() }),
    optimizer: z.object({ kind: z.enum(OPTIMIZER_NAMES), learningRate: num(LIMITS.learningRate) }),
    batchSize: int(LIMITS.batchSize),
    dataset: z
      .object({
        kind: z.enum([...DATASET_NAMES, 'custom']),
        count: int(LIMITS.datasetCount),
        noise: num(LIMITS.noise),
        testFraction: num(LIMITS.testFraction),
        classes: int(LIMITS.classes).optional(),
        points: customPointsSchema.optional(),
      })
      .refine(
        (d) => (d.kind === 'custom') === (d.points !== undefined),
        clause("own points go with the data set 'custom', and only with it", ['points']),
      ),
    seed: int(LIMITS.seed),
  })
  .refine(
    (c) => c.loss !== 'bce' || c.output === 'sigmoid',
    clause('cross-entropy loss needs a sigmoid output, and the output activation is another one', ['output']),
  )
  // Skip connections, the softmax and the classes (configRules.ts: the same rules as the edits).
  .superRefine((c, ctx) => {
    const problem = configProblem(c as TrainerConfig);
    if (!problem) return;
    const { name } = wordsFor(['config', ...problem.path], { config: c });
    ctx.addIssue({ code: 'custom', ...clause(`${name} does not go with the rest: ${problem.message}`, problem.path) });
  });

// The right-hand network's value is checked for its field, so it too never reaches the worker invalid.
export const compareSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('activation'), value: z.enum(ACTIVATION_NAMES) }),
  z.object({ field: z.literal('init'), value: z.enum(INIT_NAMES) }),
  z.object({ field: z.literal('learningRate'), value: num(LIMITS.learningRate) }),
  z.object({ field: z.literal('optimizer'), value: z.enum(OPTIMIZER_NAMES) }),
  z.object({ field: z.literal('depth'), value: int(LIMITS.hiddenLayers) }),
  z.object({ field: z.literal('skips'), value: z.enum(['on', 'off']) }),
]);

/** The set-up file, and the payload of the first link format. */
export const savedSchema = z.object({
  version: z.literal(1),
  config: configSchema,
  compare: compareSchema.nullable(),
});

export interface Saved {
  config: TrainerConfig;
  compare: CompareSpec | null;
}

/** A set-up file is a few hundred bytes; anything over this is not one. */
export const MAX_SETUP_BYTES = 100_000;

/**
 * Parses untrusted data with a schema: the value, or one clause in the reader's words
 * naming the field that is wrong ("the learning rate (η) must be …").
 */
export function parseWith<T>(schema: z.ZodType<T>, raw: unknown): Parsed<T> {
  const r = schema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: describeProblem(r.error.issues, raw) };
}

/** JSON text → value, or a clause saying it is not JSON (never throws). */
export function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'it is not readable data (not valid JSON)' };
  }
}

/** Parses a set-up file's text (or the first link format's payload). */
export function parseSaved(text: string): Parsed<Saved> {
  if (text.length > MAX_SETUP_BYTES) return { ok: false, message: tooLarge(text.length) };
  const json = parseJson(text);
  if (!json.ok) return json;
  const version = (json.value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > 1) {
    return { ok: false, message: 'it was made by a newer version of Backprop Lab (reload the page to get it)' };
  }
  const r = parseWith(savedSchema, json.value);
  return r.ok ? { ok: true, value: { config: r.value.config as TrainerConfig, compare: r.value.compare } } : r;
}

/** The clause for a file or link over its size limit. */
export function tooLarge(bytes: number, limit = MAX_SETUP_BYTES): string {
  const kb = (n: number) => `${Math.ceil(n / 1000).toLocaleString('en')} kB`;
  return `it is too large (${kb(bytes)}; a set-up is at most ${kb(limit)})`;
}

export function serialise(saved: Saved): string {
  return JSON.stringify({ version: 1, config: saved.config, compare: saved.compare });
}
