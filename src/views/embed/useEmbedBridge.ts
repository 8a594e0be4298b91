/**
 * The embedded app's side of the embed API (store/embed.ts) on the page's window: commands
 * from the host (only from the frame's parent) are run and answered, changes are reported,
 * and every key pressed inside the frame is handed to the host, so a slide deck keeps its
 * arrow keys after a click in the frame (a known failure of interactive iframes in decks).
 */
import { useEffect } from 'react';
import { EMBED_SOURCE, readEmbedMessage, runEmbedCommand, watchEmbedEvents, type EmbedEvent } from '../../store/embed';
import { keyBelongsToTarget } from '../app/shortcuts';
import { useApp } from '../kit/appContext';

/** Keys a page would scroll with: inside the frame they belong to the deck, not to the frame's scroll. */
const SCROLL_KEYS = new Set([
  ' ',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

export function useEmbedBridge(): void {
  const app = useApp();
  useEffect(() => {
    if (window.parent === window) return; // opened on its own: there is no host to talk to
    const host = window.parent;
    const post = (e: EmbedEvent) => host.postMessage({ source: EMBED_SOURCE, ...e }, '*');
    const stop = watchEmbedEvents(app, post);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== host) return;
      const m = readEmbedMessage(e.data);
      if (!m) return;
      const problem = 'error' in m ? m.error : runEmbedCommand(app, m.command);
      post(
        problem === null
          ? { event: 'done', id: m.id, ok: true }
          : { event: 'done', id: m.id, ok: false, message: problem },
      );
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || keyBelongsToTarget(e.target, e.key)) return;
      const { key, code, shiftKey, altKey, ctrlKey, metaKey } = e;
      post({ event: 'key', key, code, shiftKey, altKey, ctrlKey, metaKey });
      if (SCROLL_KEYS.has(key)) e.preventDefault();
    };
    window.addEventListener('message', onMessage);
    window.addEventListener('keydown', onKey);
    return () => {
      stop();
      window.removeEventListener('message', onMessage);
      window.removeEventListener('keydown', onKey);
    };
  }, [app]);
}
