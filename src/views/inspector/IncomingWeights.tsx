/**
 * A neuron's incoming weights (the strongest first) and its bias as buttons: a way to a
 * weight's chain rule and slope beside the graph's own keys, and on a phone, where a bias
 * marker is too small to tap, the way to a bias.
 */
import { type NetState } from './netState';
import { biasIndex, weightIndex } from '../../engine/layout';
import { formatNumber } from '../kit/format';
import { useApp, useCommands } from '../kit/appContext';
import { handToInspector } from '../kit/focusHandoff';

/** More than this many inputs: the strongest are listed and the rest counted. */
const MAX_LISTED = 12;
/** |w| for the order, an overflowed weight (±∞ or NaN) first: it is never hidden among "weaker ones". */
const strength = (w: number) => (Number.isFinite(w) ? Math.abs(w) : Infinity);

export function IncomingWeights({
  state,
  layer,
  unit,
  trainer,
}: {
  state: NetState;
  layer: number;
  unit: number;
  trainer: number;
}) {
  const app = useApp();
  const select = useCommands().select;
  // The list is replaced by the weight's view: its heading takes the focus, which would fall to the page.
  const choose = (selection: Parameters<typeof select>[0]) => {
    handToInspector(app, null);
    select(selection, trainer);
  };
  const nIn = state.sizes[layer];
  const weights = Array.from({ length: nIn }, (_, from) => ({
    from,
    w: state.params[weightIndex(state.layout, layer, unit, from)],
  })).sort((a, b) => strength(b.w) - strength(a.w));
  const shown = weights.slice(0, MAX_LISTED);
  // Plain-text names (buttons hold no TeX): x1, or O1,2 for neuron 2 of hidden layer 1.
  const source = (from: number) => (layer === 0 ? `x${from + 1}` : `O${layer},${from + 1}`);
  return (
    <section className="insp-incoming" aria-label="Incoming weights">
      <h3>Incoming weights</h3>
      <p className="insp-hint">Choose one to see its chain rule and slope.</p>
      <ul>
        {shown.map(({ from, w }) => (
          <li key={from}>
            <button type="button" onClick={() => choose({ kind: 'weight', layer, to: unit, from })}>
              from {source(from)}: {formatNumber(w)}
            </button>
          </li>
        ))}
      </ul>
      {weights.length > shown.length && <p className="insp-hint">…and {weights.length - shown.length} weaker ones.</p>}
      <p className="insp-bias-choice">
        <button type="button" onClick={() => choose({ kind: 'bias', layer, unit })}>
          its bias b: {formatNumber(state.params[biasIndex(state.layout, layer, unit)])}
        </button>
      </p>
    </section>
  );
}
