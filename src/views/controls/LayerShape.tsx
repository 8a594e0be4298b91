/**
 * "All hidden layers: [12] × [64] neurons [Set]": the whole hidden stack in one edit and one
 * rebuild (the largest network took 706 ± clicks before). The boxes start at the network's
 * shape and follow it when it changes elsewhere; nothing is applied until Set or Enter.
 */
import { useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../store/options';
import { useAppState, useCommands } from '../kit/appContext';

/** The stack's depth and width: the shared width, or the widest layer when they differ (4 with none). */
function shapeOf(hidden: readonly { units: number }[]): { depth: string; units: string } {
  const units = hidden.length === 0 ? 4 : Math.max(...hidden.map((l) => l.units));
  return { depth: String(hidden.length), units: String(units) };
}

export function LayerShape() {
  const hidden = useAppState((s) => s.config.hidden);
  const { setShape } = useCommands();
  const current = shapeOf(hidden);
  const key = `${current.depth}×${hidden.map((l) => l.units).join(',')}`;
  const [typed, setTyped] = useState({ ...current, key });
  if (typed.key !== key) setTyped({ ...current, key });
  const number = (t: string) => (t.trim() === '' ? NaN : Number(t));
  const apply = () => setShape(number(typed.depth), number(typed.units));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') apply();
  };
  return (
    <div className="layer-shape" role="group" aria-labelledby="shape-label">
      <span id="shape-label">Set all hidden layers</span>
      <input
        aria-label={`Number of hidden layers (${LIMITS.hiddenLayers.min}–${LIMITS.hiddenLayers.max})`}
        inputMode="numeric"
        size={3}
        value={typed.depth}
        onChange={(e) => setTyped({ ...typed, depth: e.target.value })}
        onFocus={(e) => e.target.select()}
        onKeyDown={onKeyDown}
      />
      <span aria-hidden="true">layers ×</span>
      <input
        aria-label={`Neurons in every hidden layer (${LIMITS.units.min}–${LIMITS.units.max})`}
        inputMode="numeric"
        size={3}
        value={typed.units}
        onChange={(e) => setTyped({ ...typed, units: e.target.value })}
        onFocus={(e) => e.target.select()}
        onKeyDown={onKeyDown}
      />
      <span aria-hidden="true">neurons</span>
      <button type="button" onClick={apply}>
        Set
      </button>
    </div>
  );
}
