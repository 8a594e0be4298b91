/**
 * Shareable links and memory across visits: the set-up lives in the URL hash (so a
 * teacher can share it) and in localStorage. Everything read back goes through the
 * schema; a corrupt link is reported and the app starts from the last good set-up.
 * The page's window parts are passed in, so a test (or an embedded app) gives its own.
 */
import type { AppState } from './appState';
import type { App } from './createApp';
import { parseSaved, serialise, type Saved } from './schema';

const STORAGE_KEY = 'backprop-lab:setup';
const HASH_KEY = 's=';
/** Edits are written back once typing settles. */
export const SAVE_DELAY_MS = 300;

export interface PageParts {
  location: Pick<Location, 'hash'>;
  history: Pick<History, 'replaceState'>;
  storage(): Storage | null;
}

export const browserPage = (): PageParts => ({
  location: window.location,
  history: window.history,
  storage: safeStorage,
});

export function encodeHash(saved: Saved): string {
  const bytes = new TextEncoder().encode(serialise(saved));
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return HASH_KEY + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeHash(hash: string): ReturnType<typeof parseSaved> | null {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(HASH_KEY)) return null;
  try {
    const b64 = h.slice(HASH_KEY.length).replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64);
    const text = new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    return parseSaved(text);
  } catch {
    return { ok: false, message: 'the link is damaged (it could not be decoded)' };
  }
}

/** The app state to start from: the link's set-up, else the last visit's; and a notice if the link was refused. */
export function readInitialSetup(page: PageParts): { initial: Partial<AppState>; notice: string | null } {
  const fromLink = decodeHash(page.location.hash);
  if (fromLink?.ok) return { initial: stateOf(fromLink.value), notice: null };
  const notice =
    fromLink && !fromLink.ok
      ? `This shared link could not be read (${fromLink.message}). Starting from your last set-up instead.`
      : null;
  const stored = page.storage()?.getItem(STORAGE_KEY);
  const parsed = stored ? parseSaved(stored) : null;
  return { initial: parsed?.ok ? stateOf(parsed.value) : {}, notice };
}

function stateOf(saved: Saved): Partial<AppState> {
  return { config: saved.config, compare: saved.compare, mode: saved.compare ? 'compare' : 'train' };
}

/** Keeps the link and the stored set-up up to date with the app's; returns a stop function. */
export function startPersistence(app: Pick<App, 'state'>, page: PageParts): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = app.state.subscribe((s, prev) => {
    if (s.config === prev.config && s.compare === prev.compare) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const saved = { config: s.config, compare: s.compare };
      try {
        page.storage()?.setItem(STORAGE_KEY, serialise(saved));
      } catch {
        // A full or blocked storage must not break the link or the app.
      }
      page.history.replaceState(null, '', `#${encodeHash(saved)}`);
    }, SAVE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
