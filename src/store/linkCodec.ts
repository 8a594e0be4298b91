/**
 * Links: the app state (and, optionally, trained weights) in the address's fragment.
 *
 * Formats, by their tag before "=" (every one the app ever wrote still opens):
 * - `s=`  version 1: base64url of the set-up file's JSON `{version: 1, config, compare}`.
 * - `s2=` version 2: base64url of the JSON of the link state, short keys (linkKeys.ts),
 *         fields at their defaults left out (schemaState.ts), optional `weights`.
 * - `z2=` version 2, deflate-raw compressed (written when that is shorter).
 * A newer version adds a reader and an upgrade from the one before; nothing else changes.
 * Reading is forgiving about what mail and chat programs do to a link (`#S=`, `%3D`, a
 * doubled `#`, spaces, line breaks) and refuses everything else with one clause.
 */
import { DamagedError, canCompress, deflate, fromBase64Url, inflate, toBase64Url, utf8 } from './linkBytes';
import { TooDeepError, expandKeys, shortenKeys } from './linkKeys';
import { packWeights, unpackWeights, type LinkWeights } from './linkWeights';
import { parseJson, parseSaved, parseWith } from './schema';
import { shorten, type Parsed } from './schemaMessages';
import { initialAppState } from './appState';
import { LINK_DEFAULTS, linkStateOf, linkStateSchema, type LinkState } from './schemaState';

export const LINK_VERSION = 2;
/** Far beyond a link with the most weights allowed (about 11,000 characters). */
export const MAX_LINK_CHARS = 100_000;

export interface Link {
  state: LinkState;
  /** Trained weights per network, or null for a network from its first weights. */
  weights: LinkWeights[] | null;
}

/** Each version's payload (text) as a plain object in that version's field names. */
const READERS: Record<number, (text: string) => Parsed<unknown>> = {
  1: parseSaved,
  2: (text) => {
    const json = parseJson(text);
    return json.ok ? { ok: true, value: expandKeys(json.value) } : json;
  },
};

/** Version v's object → version v + 1's. */
const UPGRADES: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: ({ config, compare }) => ({ config, compare, mode: compare ? 'compare' : 'train' }),
};

/** The fragment for a link (without "#"): compressed when that is shorter. */
export async function encodeLink(link: Link): Promise<string> {
  const plain = encodeLinkPlain(link);
  if (!canCompress()) return plain;
  try {
    const packed = `z${LINK_VERSION}=${toBase64Url(await deflate(new TextEncoder().encode(wireText(link))))}`;
    return packed.length < plain.length ? packed : plain;
  } catch {
    return plain;
  }
}

/** The fragment without compression (synchronous: for storage and where speed matters). */
export function encodeLinkPlain(link: Link): string {
  return `s${LINK_VERSION}=${toBase64Url(new TextEncoder().encode(wireText(link)))}`;
}

/** One text per state (keys sorted), for telling whether two states are the same. */
export function stateKey(state: LinkState): string {
  return wireText({ state, weights: null });
}

function wireText(link: Link): string {
  const { state } = link;
  const full: Record<string, unknown> = { config: state.config };
  for (const key of Object.keys(LINK_DEFAULTS) as (keyof typeof LINK_DEFAULTS)[]) {
    if (key === 'view') continue;
    if (stableJson(state[key]) !== stableJson(LINK_DEFAULTS[key])) full[key] = state[key];
  }
  const view = Object.entries(state.view).filter(
    ([k, v]) => stableJson(v) !== stableJson(LINK_DEFAULTS.view[k as keyof LinkState['view']]),
  );
  if (view.length > 0) full.view = Object.fromEntries(view);
  if (link.weights) full.weights = packWeights(link.weights);
  return stableJson(shortenKeys(full));
}

/** JSON with object keys sorted, so one state always gives one text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Reads the address's fragment: null when it holds no link at all (empty), else the link
 * or a clause saying what is wrong with it. Never throws.
 */
export async function decodeLink(hash: string): Promise<Parsed<Link> | null> {
  try {
    return await decode(hash);
  } catch (e) {
    if (e instanceof DamagedError) return { ok: false, message: e.message };
    if (e instanceof TooDeepError) return { ok: false, message: 'it is damaged (its data is nested too deeply)' };
    return { ok: false, message: 'it is damaged (it could not be read)' };
  }
}

async function decode(hash: string): Promise<Parsed<Link> | null> {
  if (hash.length > MAX_LINK_CHARS) return { ok: false, message: 'it is far too long to be a Backprop Lab link' };
  let h = hash.trim();
  if (h.includes('%')) {
    try {
      h = decodeURIComponent(h);
    } catch {
      throw new DamagedError('it is damaged (it has a broken “%” escape)');
    }
  }
  h = h.replace(/^[#\s]+/, '');
  if (h === '') return null;
  const m = /^([sz])(\d{0,3})\s*=(.*)$/is.exec(h);
  const compressed = m?.[1].toLowerCase() === 'z';
  const version = m?.[2] ? Number(m[2]) : compressed ? NaN : 1;
  if (!m || !(version >= 1)) {
    return { ok: false, message: `the part after “#” (“${shorten(h)}”) is not a Backprop Lab link` };
  }
  if (version > LINK_VERSION) {
    return { ok: false, message: 'it was made by a newer version of Backprop Lab (reload the page to get it)' };
  }
  let bytes = fromBase64Url(m[3].replace(/\s+/g, ''));
  if (compressed) bytes = await inflate(bytes);
  const read = READERS[version](utf8(bytes));
  if (!read.ok) return read;
  let value = read.value as Record<string, unknown>;
  for (let v = version; v < LINK_VERSION; v++) value = UPGRADES[v](value);
  return linkFromObject(value);
}

/** A version-2 object in full field names → the link, checked whole. */
export function linkFromObject(value: unknown): Parsed<Link> {
  const state = parseWith(linkStateSchema, value);
  if (!state.ok) return state;
  const raw = (value as { weights?: unknown }).weights;
  if (raw === undefined) return { ok: true, value: { state: state.value as LinkState, weights: null } };
  const weights = unpackWeights(raw);
  return weights.ok ? { ok: true, value: { state: state.value as LinkState, weights: weights.value } } : weights;
}

/** The link of a bare set-up (a preset, a benchmark's scenario): train or compare mode, nothing selected. */
export function setupLink(config: LinkState['config'], compare: LinkState['compare'] = null): string {
  const state = linkStateOf(initialAppState({ config, compare, mode: compare ? 'compare' : 'train' }));
  return encodeLinkPlain({ state, weights: null });
}
