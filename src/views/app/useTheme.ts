/**
 * Puts the theme on <html> (`data-theme`, read by themes.css and kit/theme.ts): lecture
 * mode's projector theme, else the learner's choice, else the system's light or dark.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { useAppState } from '../kit/appContext';

const DARK = '(prefers-color-scheme: dark)';

function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK).matches;
}

export function useTheme(): void {
  const chosen = useAppState((s) => s.view.theme);
  const lecture = useAppState((s) => s.lecture);
  const [dark, setDark] = useState(systemDark);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK);
    const follow = () => setDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  const theme = lecture ? 'projector' : chosen === 'auto' ? (dark ? 'dark' : 'light') : chosen;
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
