/** Binds the shortcut table (shortcuts.ts) to the window while the app is on screen. */
import { useEffect, useRef } from 'react';
import { useApp } from '../kit/appContext';
import { toggleFullscreen } from './fullscreen';
import { shortcutFor } from './shortcuts';

export function useShortcuts(toggleHelp: () => void, enabled = true): void {
  const app = useApp();
  const help = useRef(toggleHelp);
  useEffect(() => {
    help.current = toggleHelp;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const shortcut = shortcutFor(e);
      if (!shortcut) return;
      e.preventDefault();
      shortcut.run({ app, toggleFullscreen, toggleHelp: () => help.current() });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [app, enabled]);
}
