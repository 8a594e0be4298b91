/** Light, dark, or as the system prefers (lecture mode has its own projector theme). */
import type { Theme } from '../../store/appState';
import { useAppState, useCommands } from '../kit/appContext';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'auto', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemePicker() {
  const theme = useAppState((s) => s.view.theme);
  const { setTheme } = useCommands();
  return (
    <fieldset className="panel-section theme-picker">
      <legend>Display</legend>
      <label>
        Theme
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
