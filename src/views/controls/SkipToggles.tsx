/**
 * Skip (residual) connections: one checkbox per hidden layer — a = f(z) + a_prev, which
 * needs the layer as wide as the one before — and one for every layer where one fits.
 */
import { skipFits } from '../../store/configRules';
import { useAppState, useCommands } from '../kit/appContext';

/** The skip around hidden layer `layer` (0-based); disabled, with the reason, where it cannot be. */
export function SkipToggle({ layer }: { layer: number }) {
  const hidden = useAppState((s) => s.config.hidden);
  const { setSkip } = useCommands();
  const fits = skipFits(hidden, layer);
  const on = hidden[layer]?.skip === true;
  const why =
    layer === 0
      ? 'The first hidden layer changes the width of the inputs: no skip connection around it.'
      : fits
        ? `Skip connection: layer ${layer + 1} outputs f(z) + the output of layer ${layer}.`
        : `A skip connection needs layer ${layer + 1} as wide as layer ${layer}.`;
  return (
    <label className="skip-toggle" title={why}>
      <input
        type="checkbox"
        checked={on}
        disabled={!fits && !on}
        aria-label={`Skip connection around layer ${layer + 1}`}
        aria-description={why}
        onChange={(e) => setSkip(layer, e.target.checked)}
      />
      <span aria-hidden="true">skip</span>
    </label>
  );
}

/** Skips around every hidden layer where one fits (checked when all of them have one). */
export function SkipAllToggle() {
  const hidden = useAppState((s) => s.config.hidden);
  const { setSkip } = useCommands();
  const fitting = hidden.filter((_, k) => skipFits(hidden, k));
  const on = fitting.filter((l) => l.skip === true).length;
  return (
    <div className="row">
      <label className="inline" htmlFor="skip-all">
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
        Skip connections (a = f(z) + a<sub>prev</sub>)
      </label>
      {fitting.length === 0 && <span className="hint">Need two neighbouring hidden layers of the same width.</span>}
    </div>
  );
}
