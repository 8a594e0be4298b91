/** Mode switcher (train, step through, compare) and the presets teachers reach for. */
import { FOUR_NEURON, PRESETS } from '../lessons/presets';
import { useUiStore, type Mode } from '../store/uiStore';
import { applyPreset, enterCompare, enterStepThrough, leaveCompare, leaveStepThrough } from './modes';

const MODES: { mode: Mode; label: string }[] = [
  { mode: 'train', label: 'Train' },
  { mode: 'step', label: 'Step through' },
  { mode: 'compare', label: 'Compare' },
];

function switchTo(from: Mode, to: Mode): void {
  if (from === to) return;
  if (from === 'step') leaveStepThrough();
  if (from === 'compare') leaveCompare();
  if (to === 'step') enterStepThrough();
  if (to === 'compare') enterCompare();
}

export function ModeBar() {
  const mode = useUiStore((s) => s.mode);
  return (
    <nav className="mode-bar" aria-label="Mode">
      <div className="segmented" role="radiogroup" aria-label="Screen mode">
        {MODES.map((m) => (
          <button key={m.mode} type="button" role="radio" aria-checked={mode === m.mode}
            className={mode === m.mode ? 'active' : ''} onClick={() => switchTo(mode, m.mode)}>
            {m.label}
          </button>
        ))}
      </div>
      {/* Teachers use exactly this net in class: one click from anywhere. */}
      <button type="button" onClick={() => applyPreset(FOUR_NEURON)} title={FOUR_NEURON.watch}>
        Four-neuron example
      </button>
      <label className="inline">
        Preset
        <select value="" aria-label="Load a preset" onChange={(e) => {
          const p = PRESETS.find((x) => x.id === e.target.value);
          if (p) applyPreset(p);
        }}>
          <option value="">Choose…</option>
          {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
        </select>
      </label>
    </nav>
  );
}
