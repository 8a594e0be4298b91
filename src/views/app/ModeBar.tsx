/** Mode switcher (train, step through, compare) and the presets teachers reach for. */
import { FOUR_NEURON, PRESETS } from '../../lessons/presets';
import type { Mode } from '../../store/appState';
import { useAppState, useCommands } from '../kit/appContext';
import { useControlGlow } from '../lessons/highlight';

const MODES: { mode: Mode; label: string }[] = [
  { mode: 'train', label: 'Train' },
  { mode: 'step', label: 'Step through' },
  { mode: 'compare', label: 'Compare' },
];

/** Train, step through, compare: one choice of three (also in lecture mode's bar). */
export function ModeSwitch() {
  const mode = useAppState((s) => s.mode);
  const { setMode } = useCommands();
  const compareGlow = useControlGlow('compare');
  const stepGlow = useControlGlow('step-through');
  return (
    <div className="segmented" role="radiogroup" aria-label="Screen mode">
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          role="radio"
          aria-checked={mode === m.mode}
          className={`${mode === m.mode ? 'active' : ''}${m.mode === 'compare' ? compareGlow : m.mode === 'step' ? stepGlow : ''}`}
          onClick={() => setMode(m.mode)}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}

export function ModeBar() {
  const { applyPreset } = useCommands();
  return (
    <nav className="mode-bar" aria-label="Mode">
      <ModeSwitch />
      {/* Teachers use exactly this net in class: one click from anywhere. */}
      <button type="button" onClick={() => applyPreset(FOUR_NEURON)} title={FOUR_NEURON.watch}>
        Four-neuron example
      </button>
      <label className="inline">
        Preset
        <select
          value=""
          aria-label="Load a preset"
          onChange={(e) => {
            const p = PRESETS.find((x) => x.id === e.target.value);
            if (p) applyPreset(p);
          }}
        >
          <option value="">Choose…</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
