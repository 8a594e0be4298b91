/**
 * Trained weights inside a link ("Copy link with weights"): each network's weights and
 * biases as 32-bit floats (7 significant digits, plenty to go on training or to show a
 * class the same network), packed as base64url, with its step counters. A link holds at
 * most MAX_LINK_PARAMS of them; a larger network goes to a file instead.
 */
import type { TrainerResume } from '../worker/protocol';
import { fromBase64Url, toBase64Url } from './linkBytes';
import type { Parsed } from './schemaMessages';
import { z } from './schemaZod';

/** The most weights and biases (all networks together) a link carries. */
export const MAX_LINK_PARAMS = 2000;

/** What a link holds per network: its weights and, optionally, how far it trained. */
export type LinkWeights = Pick<TrainerResume, 'params' | 'counters'>;

const counter = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const weightsSchema = z
  .array(
    z.object({
      // Room for a few too many, so that case is named as such below.
      params: z
        .string()
        .regex(/^[A-Za-z0-9_-]*$/)
        .max(MAX_LINK_PARAMS * 8),
      counters: z.object({ step: counter, epoch: counter, examplesSeen: counter }).optional(),
    }),
  )
  .min(1)
  .max(2);

export function paramCount(weights: readonly LinkWeights[]): number {
  return weights.reduce((n, w) => n + w.params.length, 0);
}

/** The link's form of the weights (before short keys). */
export function packWeights(weights: readonly LinkWeights[]): unknown[] {
  return weights.map((w) => {
    const f32 = Float32Array.from(w.params);
    const bytes = new Uint8Array(f32.length * 4);
    const view = new DataView(bytes.buffer);
    f32.forEach((v, k) => view.setFloat32(k * 4, v, true));
    return { params: toBase64Url(bytes), ...(w.counters ? { counters: w.counters } : {}) };
  });
}

/** The weights a link holds, checked whole: every number finite, at most MAX_LINK_PARAMS in all. */
export function unpackWeights(raw: unknown): Parsed<LinkWeights[]> {
  const r = weightsSchema.safeParse(raw);
  if (!r.success) {
    const k = r.error.issues[0]?.path[0];
    return {
      ok: false,
      message: `the weights in the link are damaged${typeof k === 'number' ? ` (network ${k + 1})` : ''}`,
    };
  }
  const out: LinkWeights[] = [];
  for (const [k, w] of r.data.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = fromBase64Url(w.params);
    } catch {
      return { ok: false, message: `the weights of network ${k + 1} in the link are damaged` };
    }
    if (bytes.length % 4 !== 0 || bytes.length === 0) {
      return { ok: false, message: `the weights of network ${k + 1} in the link are cut short` };
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const params = Float64Array.from({ length: bytes.length / 4 }, (_, j) => view.getFloat32(j * 4, true));
    if (params.some((v) => !Number.isFinite(v))) {
      return { ok: false, message: `the weights of network ${k + 1} in the link include a number that is not finite` };
    }
    out.push(w.counters ? { params, counters: w.counters } : { params });
  }
  if (paramCount(out) > MAX_LINK_PARAMS) {
    return { ok: false, message: `the link holds more than ${MAX_LINK_PARAMS.toLocaleString('en')} weights` };
  }
  return { ok: true, value: out };
}
