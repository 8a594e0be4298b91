/**
 * The theme's colours for canvases, which cannot read CSS custom properties themselves:
 * looked up on <html> once per theme (useTheme sets `data-theme`; a change of theme
 * re-renders the painters, see useThemeName) and cached. Where there is no stylesheet
 * (tests in jsdom) the fallback, the light theme's value, stands in.
 */
import { useEffect, useState } from 'react';

const cache = new Map<string, string>();
let cachedFor: string | null = null;

export function themeColor(name: `--${string}`, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const root = document.documentElement;
  const theme = root.dataset.theme ?? '';
  if (theme !== cachedFor) {
    cache.clear();
    cachedFor = theme;
  }
  let value = cache.get(name);
  if (value === undefined) {
    value = getComputedStyle(root).getPropertyValue(name).trim() || fallback;
    cache.set(name, value);
  }
  return value;
}

/** The theme <html> shows now; re-renders its caller when it changes (so canvases repaint). */
export function useThemeName(): string {
  const [name, setName] = useState(() =>
    typeof document === 'undefined' ? '' : (document.documentElement.dataset.theme ?? ''),
  );
  useEffect(() => {
    if (typeof MutationObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new MutationObserver(() => setName(root.dataset.theme ?? ''));
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return name;
}
