/**
 * Shareable links and memory across visits: the set-up lives in the URL hash (so a
 * teacher can share it) and in localStorage. Everything read back goes through the
 * schema; a corrupt link is reported and the app starts from the last good set-up.
 */
import { useConfigStore } from './configStore';
import { useRunStore } from './runStore';
import { parseSaved, serialise, type Saved } from './schema';

const STORAGE_KEY = 'backprop-lab:setup';
const HASH_KEY = 's=';

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

/** Loads the set-up from the link, else from the last visit; then keeps both up to date. */
export function startPersistence(): () => void {
  const fromLink = decodeHash(window.location.hash);
  if (fromLink?.ok) {
    useConfigStore.getState().load(fromLink.value.config, fromLink.value.compare);
  } else {
    if (fromLink && !fromLink.ok) {
      useRunStore.setState({ notice: `This shared link could not be read (${fromLink.message}). Starting from your last set-up instead.` });
    }
    const stored = safeStorage()?.getItem(STORAGE_KEY);
    const parsed = stored ? parseSaved(stored) : null;
    if (parsed?.ok) useConfigStore.getState().load(parsed.value.config, parsed.value.compare);
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  return useConfigStore.subscribe((s) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const saved = { config: s.config, compare: s.compare };
      safeStorage()?.setItem(STORAGE_KEY, serialise(saved));
      window.history.replaceState(null, '', `#${encodeHash(saved)}`);
    }, 300);
  });
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
