/**
 * Where the app starts, read once before it is created: the link in the address (someone
 * shared it, or this is a reload), the session saved in IndexedDB (its trained weights and
 * charts), and the set-up kept in localStorage (when IndexedDB failed, or from an older
 * version). A reload — the link naming the same state as the saved session — restores the
 * session; a different link wins over it. Each refused source is named in one sentence and
 * the next one is used, so the app always starts on something whole.
 */
import { initialAppState, type AppState } from './appState';
import { decodeLink, stateKey, type Link } from './linkCodec';
import { STORAGE_KEY, STORAGE_PROBLEM, type PageParts } from './persistence';
import { parseSaved } from './schema';
import type { Parsed } from './schemaMessages';
import { linkStateOf, type LinkState } from './schemaState';
import { readSession, type RestoredSession } from './sessionRecord';
import type { SessionStore } from './sessionStore';
import type { AppOptions } from './createApp';

export interface Start {
  initial: Partial<AppState>;
  restored: AppOptions['restored'];
  notice: string | null;
  /** Reading the saved session failed (already said in the notice). */
  storageFailed: boolean;
  /** The address already holds a good link to this start (else it should be written at once). */
  linkInAddress: boolean;
}

export async function readStart(page: PageParts, sessions: SessionStore | null): Promise<Start> {
  const notices: string[] = [];
  const link = await decodeLink(page.location.hash);
  let storageFailed = false;
  let saved: Awaited<ReturnType<typeof readSession>> = null;
  try {
    saved = sessions ? await readSession(await sessions.load()) : null;
  } catch {
    storageFailed = true;
  }
  if (saved && !saved.ok) notices.push(`Your last session could not be restored: ${saved.message}.`);
  const session = saved?.ok ? saved.value : null;

  let start: Source;
  if (link?.ok) {
    const reload = session && stateKey(session.state) === stateKey(link.value.state);
    start = reload ? fromSession(session) : fromLink(link.value);
  } else if (session) {
    start = fromSession(session);
  } else {
    const fallback = (saved && !saved.ok ? saved.state : null) ?? (await storedSetup(page, notices));
    start = { initial: fallback ? { ...fallback } : {}, restored: null };
  }
  if (link && !link.ok) {
    const then = start.initial.config
      ? 'Starting from your last set-up instead.'
      : 'Starting from the default network.';
    notices.unshift(`This link could not be opened: ${link.message}. ${then}`);
  }
  if (storageFailed) notices.push(STORAGE_PROBLEM);
  const notice = notices.length > 0 ? notices.join(' ') : null;
  return { ...start, notice, storageFailed, linkInAddress: link?.ok === true };
}

type Source = Omit<Start, 'notice' | 'storageFailed' | 'linkInAddress'>;

function fromSession(session: RestoredSession): Source {
  return { initial: { ...session.state }, restored: { resume: session.resume, histories: session.histories } };
}

function fromLink(link: Link): Source {
  const resume = link.weights?.map((w) =>
    w.counters ? { params: w.params, counters: w.counters } : { params: w.params },
  );
  return { initial: { ...link.state }, restored: resume ? { resume, histories: null } : null };
}

/** The set-up kept in localStorage: a link (this version) or the first version's JSON. */
async function storedSetup(page: PageParts, notices: string[]): Promise<LinkState | null> {
  let text: string | null | undefined;
  try {
    text = page.storage()?.getItem(STORAGE_KEY);
  } catch {
    return null; // storage turned off: nothing was kept
  }
  if (!text) return null;
  const parsed = await readStored(text);
  if (parsed.ok) return parsed.value;
  notices.push(`Your saved set-up could not be read: ${parsed.message}. Starting from the default network.`);
  return null;
}

async function readStored(text: string): Promise<Parsed<LinkState>> {
  if (text.trimStart().startsWith('{')) {
    const v1 = parseSaved(text);
    if (!v1.ok) return v1;
    const { config, compare } = v1.value;
    return { ok: true, value: linkStateOf(initialAppState({ config, compare, mode: compare ? 'compare' : 'train' })) };
  }
  const link = await decodeLink(text);
  if (link === null) return { ok: false, message: 'it is empty' };
  return link.ok ? { ok: true, value: link.value.state } : link;
}
