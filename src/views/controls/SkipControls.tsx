/**
 * Skip (residual) connections: a = f(z) + the layer's input, around a hidden layer as wide
 * as the one before. One checkbox puts one around every layer where it fits; a row of
 * small toggles, one per hidden layer, sets them one by one (disabled, with the reason,
 * where a skip cannot go), so the layer rows above keep their room.
 */
import type { LayerSpec } from '../../engine';
import { skipFits } from '../../store/configRules';
import { useAppState, useCommands } from '../kit/appContext';

/** Why hidden layer `k` (0-based) can or cannot have a skip connection, in a sentence. */
function reason(hidden: readonly LayerSpec[], k: number): string {
  if (k === 0) return 'The first hidden layer changes the width of the inputs: no skip connection around it.';
  if (skipFits(hidden, k)) return `Skip connection: layer ${k + 1} outputs f(z) + the output of layer ${k}.`;
  return `A skip connection needs layer ${k + 1} as wide as layer ${k}.`;
}

export function SkipControls() {
  const hidden = useAppState((s) => s.config.hidden);
  const { setSkip } = useCommands();
  const fitting = hidden.filter((_, k) => skipFits(hidden, k));
  const on = fitting.filter((l) => l.skip === true).length;
  if (hidden.length === 0) return null;
  return (
    <div className="skip-controls">
      <label className="skip-all" htmlFor="skip-all">
        <input
          id="skip-all"
          type="checkbox"
          checked={fitting.length > 0 && on === fitting.length}
          ref={(el) => {
            if (el) el.indeterminate = on > 0 && on < fitting.length;
          }}
          disabled={fitting.length === 0}
          onChange={(e) => setSkip('all', e.target.checked)}
        />
        Skip connections
      </label>
      <div className="skip-chips" role="group" aria-label="Skip connection per hidden layer">
        {hidden.map((l, k) => {
          const fits = skipFits(hidden, k);
          const active = l.skip === true;
          return (
            <button
              key={k}
              type="button"
              className="skip-chip"
              aria-pressed={active}
              disabled={!fits && !active}
              aria-label={`Skip connection around layer ${k + 1}`}
              aria-description={reason(hidden, k)}
              title={reason(hidden, k)}
              onClick={() => setSkip(k, !active)}
            >
              {k + 1}
            </button>
          );
        })}
      </div>
      <p className="hint">
        {fitting.length === 0
          ? 'Need two neighbouring hidden layers of the same width.'
          : 'a = f(z) + the layer’s input: per layer above, or every layer where one fits.'}
      </p>
    </div>
  );
}
