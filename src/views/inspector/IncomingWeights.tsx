/**
 * A neuron's incoming weights as buttons: the keyboard way to a weight's chain rule and
 * slope (edges live on a canvas, which a keyboard cannot reach). The strongest first.
 */
import { type NetState } from './netState';
import { weightIndex } from '../../engine/layout';
import { formatNumber } from '../kit/format';
import { useCommands } from '../kit/appContext';

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
  const select = useCommands().select;
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
            <button type="button" onClick={() => select({ kind: 'weight', layer, to: unit, from }, trainer)}>
              from {source(from)}: {formatNumber(w)}
            </button>
          </li>
        ))}
      </ul>
      {weights.length > shown.length && <p className="insp-hint">…and {weights.length - shown.length} weaker ones.</p>}
    </section>
  );
}
