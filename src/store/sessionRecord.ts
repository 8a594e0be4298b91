/**
 * What a saved session is, and reading one back. A record holds the app state as a link
 * (so it goes through the link's versions and migrations), each network's trained state
 * (weights, optimiser moments, counters — exactly, as 64-bit floats) and the charts'
 * histories. Reading checks all of it before anything is used: a damaged record is
 * refused whole, with a clause naming what is wrong, and its set-up alone is offered back
 * when that part is sound.
 */
import type { TrainerResume } from '../worker/protocol';
import { trainerConfigsOf } from './compare';
import type { SavedRows } from './downsampled';
import { decodeLink, encodeLinkPlain } from './linkCodec';
import { parseWith } from './schema';
import type { Parsed } from './schemaMessages';
import type { LinkState } from './schemaState';
import { z } from './schemaZod';
import { historiesFit, type SavedHistories } from './sessionHistories';

export const SESSION_VERSION = 1;
const MAX_NUMBERS = 1_000_000;

export interface SessionRecord {
  version: number;
  /** ms since 1970. */
  savedAt: number;
  /** The app state, as a link fragment ("s2=…"). */
  link: string;
  trainers: Required<TrainerResume>[];
  histories: SavedHistories;
}

export interface RestoredSession {
  state: LinkState;
  resume: TrainerResume[];
  histories: SavedHistories | null;
}

export function sessionRecord(
  state: LinkState,
  trainers: TrainerResume[],
  histories: SavedHistories,
  savedAt: number,
): SessionRecord {
  const complete = trainers.filter((t): t is Required<TrainerResume> => !!t.optimizer && !!t.counters);
  return {
    version: SESSION_VERSION,
    savedAt,
    link: encodeLinkPlain({ state, weights: null }),
    trainers: complete,
    histories,
  };
}

/** By its tag, not `instanceof`: a stored array may come from another realm (a test's, an iframe's). */
export const isFloat64Array = (v: unknown): v is Float64Array =>
  Object.prototype.toString.call(v) === '[object Float64Array]';
const numbers = z
  .custom<Float64Array>(isFloat64Array)
  .refine((a) => a.length <= MAX_NUMBERS && a.every(Number.isFinite));
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const rows = z.custom<SavedRows>((v) => typeof v === 'object' && v !== null && 'steps' in v && 'values' in v);

const recordSchema = z.object({
  version: z.literal(SESSION_VERSION),
  savedAt: z.number().finite(),
  link: z.string().max(100_000),
  trainers: z
    .array(
      z.object({
        params: numbers,
        optimizer: z.object({ velocity: numbers, secondMoment: numbers, steps: count }),
        counters: z.object({ step: count, epoch: count, examplesSeen: count }),
      }),
    )
    .min(1)
    .max(2),
  histories: z.object({ loss: z.array(rows).max(2), gradients: z.array(rows).max(2) }),
});

/**
 * A stored value → the session to restore (null: nothing was stored), or a clause saying
 * what is wrong, with the set-up it held when that part can still be read.
 */
export async function readSession(
  raw: unknown,
): Promise<{ ok: true; value: RestoredSession } | { ok: false; message: string; state: LinkState | null } | null> {
  if (raw === undefined || raw === null) return null;
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > SESSION_VERSION) {
    return { ok: false, message: 'it was saved by a newer version of Backprop Lab', state: null };
  }
  const link =
    typeof (raw as { link?: unknown }).link === 'string' ? await decodeLink((raw as { link: string }).link) : null;
  const state = link?.ok ? link.value.state : null;
  const record: Parsed<z.output<typeof recordSchema>> = parseWith(recordSchema, raw);
  if (!record.ok) return { ...record, state };
  if (!link || !link.ok) {
    return {
      ok: false,
      message: `its set-up could not be read (${link ? link.message : 'it is missing'})`,
      state: null,
    };
  }
  const r = record.value;
  const { state: linkState } = link.value;
  if (r.trainers.length !== trainerConfigsOf(linkState).length) {
    return { ok: false, message: 'the saved networks do not match its set-up', state };
  }
  if (!historiesFit(r.histories, r.trainers.length)) {
    return { ok: false, message: 'the saved charts are damaged', state };
  }
  return { ok: true, value: { state: linkState, resume: r.trainers, histories: r.histories } };
}
