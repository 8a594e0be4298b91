/**
 * The link the Share buttons copy: the app state as it is now, and with "weights" every
 * network's trained weights and counters too — when they fit in a link (MAX_LINK_PARAMS);
 * beyond that the answer says how many there are and points to the file export.
 */
import type { App } from './createApp';
import { encodeLink } from './linkCodec';
import { MAX_LINK_PARAMS, paramCount, type LinkWeights } from './linkWeights';
import { linkStateOf } from './schemaState';

export type SharedLink = { ok: true; fragment: string; weights: number; step: number } | { ok: false; message: string };

export async function shareLink(app: Pick<App, 'state' | 'snapshot'>, withWeights: boolean): Promise<SharedLink> {
  const state = linkStateOf(app.state.getState());
  if (!withWeights) return { ok: true, fragment: await encodeLink({ state, weights: null }), weights: 0, step: 0 };
  const trainers = await app.snapshot();
  if (!trainers || trainers.length === 0) {
    return { ok: false, message: 'The network is not ready yet; try again in a moment.' };
  }
  const weights: LinkWeights[] = trainers.map((t) => ({ params: t.params, counters: t.counters }));
  const count = paramCount(weights);
  if (count > MAX_LINK_PARAMS) {
    return {
      ok: false,
      message: `This network has ${count.toLocaleString('en')} weights and biases, more than the ${MAX_LINK_PARAMS.toLocaleString('en')} a link can hold: save it as a file instead (the file export keeps every weight).`,
    };
  }
  const fragment = await encodeLink({ state, weights });
  return { ok: true, fragment, weights: count, step: trainers[0].counters?.step ?? 0 };
}
