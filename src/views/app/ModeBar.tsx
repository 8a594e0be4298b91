/**
 * Mode switcher (train, step through, compare) and the presets teachers reach for. The modes
 * are a radio group on the ARIA pattern: one tab stop (the chosen mode), the arrow keys move
 * the choice and the focus together (when the focus came by keyboard, see ModeSwitch).
 */
import { useRef, type KeyboardEvent } from 'react';
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
  // Focus that came with a click leaves the arrows to the page (→ is the next phase after a
  // click on "Step through", as a lecturer expects); focus that came by Tab gets the ARIA
  // radio pattern's arrows.
  const byPointer = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (byPointer.current) return;
    const k = MODES.findIndex((m) => m.mode === mode);
    const move = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[e.key];
    const next =
      move !== undefined
        ? (k + move + MODES.length) % MODES.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? MODES.length - 1
            : null;
    if (next === null || e.altKey || e.ctrlKey || e.metaKey) return;
    // The arrows are the group's here: the page's shortcuts (→ next phase) stand back.
    e.preventDefault();
    setMode(MODES[next].mode);
    e.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus();
  };
  return (
    <div
      className="segmented"
      role="radiogroup"
      aria-label="Screen mode"
      onKeyDown={onKeyDown}
      onPointerDown={() => (byPointer.current = true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) byPointer.current = false;
      }}
    >
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          role="radio"
          aria-checked={mode === m.mode}
          tabIndex={mode === m.mode ? 0 : -1}
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
