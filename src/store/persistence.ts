/**
 * The page's memory: the address bar always holds a link to what is on screen (so a
 * teacher can copy it at any moment), a link pasted into an open tab is opened (asking
 * first if that throws a trained network away), and the session is saved for a reload
 * (sessionSaver.ts) with a small copy of the set-up in localStorage. Storage that is full
 * or missing is reported once and never stops the address bar from updating.
 * The page's window parts are passed in, so a test (or an embedded app) gives its own.
 */
import type { App } from './createApp';
import { decodeLink, encodeLink, encodeLinkPlain, stateKey } from './linkCodec';
import { linkStateOf, type LinkState } from './schemaState';
import { startSessionSaving } from './sessionSaver';
import type { SessionStore } from './sessionStore';

export const STORAGE_KEY = 'backprop-lab:setup';
/** The address bar follows changes once they settle. */
export const SAVE_DELAY_MS = 300;

export const STORAGE_PROBLEM =
  'This browser is not keeping your session (its storage is full or turned off), so a reload starts from the link in the address bar, which still holds your set-up.';

export interface PageParts {
  location: Pick<Location, 'hash'>;
  history: Pick<History, 'replaceState'>;
  storage(): Storage | null;
  /** Listens to a window or document event; returns the way to stop. */
  on(type: 'hashchange' | 'pagehide' | 'visibilitychange', listener: () => void): () => void;
  hidden(): boolean;
}

export const browserPage = (): PageParts => ({
  location: window.location,
  history: window.history,
  storage: safeStorage,
  on(type, listener) {
    const target = type === 'visibilitychange' ? document : window;
    target.addEventListener(type, listener);
    return () => target.removeEventListener(type, listener);
  },
  hidden: () => document.visibilityState === 'hidden',
});

export interface Persistence {
  /** Forgets the saved session and set-up ("Start fresh"). */
  clear(): Promise<void>;
  stop(): void;
}

/** Keeps the address bar, the stored set-up and the saved session up to date with the app. */
export function startPersistence(
  app: App,
  page: PageParts,
  sessions: SessionStore | null,
  options: { storageFailed?: boolean; linkInAddress?: boolean } = {},
): Persistence {
  let reported = options.storageFailed ?? false;
  const storageFailed = () => {
    if (reported) return;
    reported = true;
    const { notice } = app.run.getState();
    app.run.setState({ notice: notice ? `${notice} ${STORAGE_PROBLEM}` : STORAGE_PROBLEM });
  };
  const saver = sessions ? startSessionSaving(app, sessions, { failed: storageFailed }) : null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writes = 0;
  let written = '';

  const writeNow = async () => {
    const state = linkStateOf(app.state.getState());
    const mine = ++writes;
    try {
      page.storage()?.setItem(STORAGE_KEY, encodeLinkPlain({ state, weights: null }));
    } catch {
      storageFailed();
    }
    const fragment = await encodeLink({ state, weights: null });
    if (mine !== writes) return; // a newer state was written meanwhile
    written = fragment;
    try {
      page.history.replaceState(null, '', `#${fragment}`);
    } catch {
      // The browser refused (too many updates): the next change tries again.
    }
  };
  const unsubscribe = app.state.subscribe((s, prev) => {
    const a = linkStateOf(s);
    const b = linkStateOf(prev);
    if (!(Object.keys(a) as (keyof LinkState)[]).some((k) => a[k] !== b[k])) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void writeNow(), SAVE_DELAY_MS);
  });

  const opened = async () => {
    const hash = page.location.hash;
    if (hash === `#${written}`) return;
    const link = await decodeLink(hash);
    if (link === null) return;
    if (!link.ok) {
      app.run.setState({ notice: `This link could not be opened: ${link.message}. Your network is kept as it was.` });
      return void writeNow();
    }
    const same = !link.value.weights && stateKey(link.value.state) === stateKey(linkStateOf(app.state.getState()));
    if (!same) app.commands.openLink(link.value, { ask: true, onKept: () => void writeNow() });
  };
  const hidden = () => {
    if (page.hidden()) void saver?.saveNow();
  };
  // A start from the saved session or a refused link: the address shows what is on screen at once.
  if (options.linkInAddress === false) void writeNow();
  const stops = [
    unsubscribe,
    page.on('hashchange', () => void opened()),
    page.on('pagehide', () => void saver?.saveNow()),
    page.on('visibilitychange', hidden),
  ];

  return {
    async clear() {
      try {
        page.storage()?.removeItem(STORAGE_KEY);
      } catch {
        storageFailed();
      }
      await saver?.clear();
    },
    stop() {
      stops.forEach((stop) => stop());
      saver?.stop();
      if (timer) clearTimeout(timer);
    },
  };
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
