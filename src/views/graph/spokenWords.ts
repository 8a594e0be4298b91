/**
 * What the graph's keyboard cursor says, in words a screen reader reads well (names from the
 * naming module, numbers from format.ts, never TeX): "Hidden layer 1, neuron 2 of 8: weighted
 * sum z = 0.549, activation a = 0.500, error signal δ = −0.0012, saturated", "Weight from x1
 * to neuron O11: w = −0.537, gradient ∂L/∂w = 4.6×10⁻⁵, 1 of 3 incoming". Also the path the
 * P key follows: the strongest branch from a neuron towards the loss.
 */
import { biasIndex, layoutOf, unitIndex, weightIndex } from '../../engine/layout';
import { UNIT_STATUSES } from '../../store/options';
import type { TrainerFrame } from '../../worker/protocol';
import { formatComputed, isComputed } from '../kit/computed';
import { formatNumber } from '../kit/format';
import { STATUS_WORDS } from '../kit/labels';
import { biasWords, inputWords, neuronWords, plainNeuron, sourceWords, weightWords } from '../kit/names';
import type { NavSpot, NavState, Trail } from './navigation';

/** The sentence for the cursor at `state`, from the frame's numbers. */
export function spokenWords(state: NavState, frame: TrainerFrame): string {
  const { spot, trail } = state;
  switch (spot.kind) {
    case 'unit':
      return unitWords(spot.column, spot.unit, frame);
    case 'incoming':
      return hopPrefix(spot, trail, frame.layerSizes) + incomingWords(spot, frame) + hopSuffix(spot, trail, frame);
    case 'loss':
      return lossWords(trail, frame);
  }
}

function unitWords(column: number, unit: number, frame: TrainerFrame): string {
  const sizes = frame.layerSizes;
  const { probe } = frame;
  if (column === 0)
    return `${inputWords(unit)}, input ${unit + 1} of ${sizes[0]}: x = ${formatNumber(probe.input[unit])}`;
  const l = column - 1;
  const q = unitIndex(layoutOf(sizes), l, unit);
  const shown = (v: number, kind: 'z' | 'a' | 'delta') => formatComputed(v, isComputed(frame, kind, l));
  const output = l === sizes.length - 2;
  const parts = [
    `weighted sum z = ${shown(probe.z[q], 'z')}`,
    `activation a = ${output ? 'ŷ = ' : ''}${shown(probe.a[q], 'a')}`,
    ...(output ? [`target y = ${formatNumber(probe.target[unit])}`] : []),
    `error signal δ = ${shown(probe.delta[q], 'delta')}`,
  ];
  const status = UNIT_STATUSES[probe.status[q]] ?? 'ok';
  if (status !== 'ok' && isComputed(frame, 'a', l)) parts.push(STATUS_WORDS[status].word);
  return `${neuronWords(l, unit, sizes)}: ${parts.join(', ')}`;
}

function incomingWords(spot: Extract<NavSpot, { kind: 'incoming' }>, frame: TrainerFrame): string {
  const sizes = frame.layerSizes;
  const params = layoutOf(sizes);
  const nIn = sizes[spot.layer];
  const grads = isComputed(frame, 'grads', spot.layer);
  const where = `${spot.item + 1} of ${nIn + 1} incoming`;
  // Outside step-through the frame's gradients are the last mini-batch's mean.
  const mean = frame.computed === null ? ' (batch mean)' : '';
  if (spot.item === nIn) {
    const k = biasIndex(params, spot.layer, spot.to);
    return `${biasWords(spot.layer, spot.to)}: b = ${formatNumber(frame.params[k])}, gradient ∂L/∂b = ${formatComputed(frame.grads[k], grads)}${mean}, ${where}`;
  }
  const w = { layer: spot.layer, to: spot.to, from: spot.item };
  const k = weightIndex(params, w.layer, w.to, w.from);
  return `${weightWords(w)}: w = ${formatNumber(frame.params[k])}, gradient ∂L/∂w = ${formatComputed(frame.grads[k], grads)}${mean}, ${where}`;
}

/** On a followed path: which hop this is. */
function hopPrefix(
  spot: Extract<NavSpot, { kind: 'incoming' }>,
  trail: Trail | null,
  sizes: readonly number[],
): string {
  if (!trail) return '';
  // One weight per layer from the path's first weight to the output.
  return `Path to the loss, weight ${spot.layer - trail.layer + 1} of ${sizes.length - 1 - trail.layer}: `;
}

/** On a followed path, past its first weight: the local derivative this hop multiplies in. */
function hopSuffix(spot: Extract<NavSpot, { kind: 'incoming' }>, trail: Trail | null, frame: TrainerFrame): string {
  if (!trail || spot.layer === trail.layer) return trail ? '. P goes on towards the loss.' : '';
  const params = layoutOf(frame.layerSizes);
  const w = frame.params[weightIndex(params, spot.layer, spot.to, spot.item)];
  const df = frame.probe.df[unitIndex(params, spot.layer, spot.to)];
  const d = isComputed(frame, 'a', spot.layer) ? formatNumber(df * w) : formatComputed(NaN, false);
  const name = (l: number, j: number) => plainNeuron(l, j);
  return `; local derivative ∂${name(spot.layer, spot.to)}/∂${name(spot.layer - 1, spot.item)} = f′(z)·w = ${d}. P goes on towards the loss.`;
}

function lossWords(trail: Trail | null, frame: TrainerFrame): string {
  const loss = formatComputed(frame.probe.loss, isComputed(frame, 'loss'));
  if (!trail) return `The loss: L = ${loss} on this example.`;
  const route = [sourceWords(trail.layer, trail.from), ...trail.units.map((u, k) => plainNeuron(trail.layer + k, u))];
  return `The loss: L = ${loss} on this example, the end of the path ${route.join(' → ')}. Enter opens the chain rule of the weight it started from; Shift+P steps back.`;
}

/**
 * The unit of engine layer `layer` that neuron `from` feeds most strongly: the largest
 * |w·δ| (its share of the neuron's error signal), or the largest |w| before δ is computed.
 */
export function strongestNext(frame: TrainerFrame, layer: number, from: number): number {
  const sizes = frame.layerSizes;
  const params = layoutOf(sizes);
  const useDelta = isComputed(frame, 'delta', layer);
  let best = 0;
  let bestSize = -1;
  for (let k = 0; k < sizes[layer + 1]; k++) {
    const w = frame.params[weightIndex(params, layer, k, from)];
    const size = Math.abs(useDelta ? w * frame.probe.delta[unitIndex(params, layer, k)] : w);
    if (size > bestSize) {
      best = k;
      bestSize = size;
    }
  }
  return best;
}
