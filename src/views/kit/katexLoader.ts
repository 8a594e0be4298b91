/**
 * KaTeX, loaded on its own: it is about a fifth of the app's JavaScript (some 70 KB gzip),
 * and no formula is on screen before the inspector, step-through, a lesson or lecture mode
 * shows one. main.tsx starts the load as soon as the app has booted, so it is usually there
 * before the first formula is asked for; a formula asked for sooner waits for it (useKatex).
 */
import { useEffect, useState } from 'react';

export type Katex = (typeof import('katex'))['default'];

/** The module once loaded; 'failed' when its file could not be loaded (the formula's source is shown instead). */
let loaded: Katex | 'failed' | null = null;
let loading: Promise<Katex | 'failed'> | null = null;

export function loadKatex(): Promise<Katex | 'failed'> {
  loading ??= import('katex').then(
    (m) => (loaded = m.default),
    (e: unknown) => {
      // Said in the console, and tried again by the next formula shown (a network that came back).
      console.error('KaTeX could not be loaded; formulas are shown as their TeX source.', e);
      loading = null;
      return (loaded = 'failed');
    },
  );
  return loading;
}

/** KaTeX when loaded (starting the load, and rendering again once it is there); null meanwhile. */
export function useKatex(): Katex | 'failed' | null {
  // A formula shown after a failed load tries once more (its source stays if that fails too).
  const [katex, setKatex] = useState<Katex | 'failed' | null>(loaded === 'failed' ? null : loaded);
  useEffect(() => {
    if (katex) return;
    let live = true;
    void loadKatex().then((k) => {
      if (live) setKatex(() => k);
    });
    return () => {
      live = false;
    };
  }, [katex]);
  return katex;
}
