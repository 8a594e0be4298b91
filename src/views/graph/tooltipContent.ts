/**
 * What the tooltip says about a graph element, from the current frame: its name, its
 * value and gradient, and for a neuron z, a, δ, f′(z) and, when f′ lets almost nothing
 * back, why (the frame's unit status, in the app's one wording).
 */
import type { OutputActivationName } from '../../engine';
import { biasIndex, layoutOf, skipIndex, unitIndex, weightIndex } from '../../engine/layout';
import { UNIT_STATUSES } from '../../store/options';
import type { TrainerFrame } from '../../worker/protocol';
import { formatComputed, isComputed } from '../kit/computed';
import { formatNumber } from '../kit/format';
import { ACTIVATION_LABELS, STATUS_WORDS } from '../kit/labels';
import { biasName, inputName, layerWords, neuronName, weightName } from '../kit/names';
import type { GraphTarget } from './targets';

const GRADIENT_NOTE = 'Gradient: the mean over the last mini-batch (in step-through: this one example).';

export interface TooltipContent {
  /** Plain-text name in the seed notation (typeset by PrettyName). */
  title: string;
  subtitle?: string;
  rows: [label: string, value: string][];
  note?: string;
}

export function tooltipContent(
  t: GraphTarget,
  frame: TrainerFrame,
  activations: readonly OutputActivationName[],
): TooltipContent {
  const sizes = frame.layerSizes;
  const params = layoutOf(sizes);
  const { probe } = frame;
  if (t.kind === 'input') {
    return {
      title: inputName(t.unit),
      subtitle: 'input feature of the probe example',
      rows: [['x', formatNumber(probe.input[t.unit])]],
    };
  }
  const output = t.layer === sizes.length - 2;
  if (t.kind === 'skip') {
    const k = skipIndex(layoutOf(sizes, frame.skips), t.layer, t.unit);
    return {
      title: `skip from ${neuronName(t.layer - 1, t.unit)} to ${neuronName(t.layer, t.unit)}`,
      subtitle: 'skip connection: adds its input unchanged, a = f(z) + a_prev',
      rows: [
        ['weight', '1 (fixed)'],
        ['∂L/∂s', formatNumber(k >= 0 ? frame.skipGrads[k] : NaN)],
        ['∂L/∂a passed back', formatNumber(probe.dA[unitIndex(params, t.layer, t.unit)])],
      ],
      note: 'Backward it hands ∂L/∂a to the layer below unchanged: a path with no f′ factor, so it does not shrink. ∂L/∂s is the gradient its weight would have if it were learnt (batch mean); ∂L/∂a is on the probe example.',
    };
  }
  if (t.kind === 'weight') {
    const k = weightIndex(params, t.layer, t.to, t.from);
    return {
      title: weightName(t),
      rows: [
        ['w', formatNumber(frame.params[k])],
        ['∂L/∂w', formatComputed(frame.grads[k], isComputed(frame, 'grads', t.layer))],
      ],
      note: GRADIENT_NOTE,
    };
  }
  if (t.kind === 'bias') {
    const k = biasIndex(params, t.layer, t.unit);
    return {
      title: biasName(t.layer, t.unit),
      rows: [
        ['b', formatNumber(frame.params[k])],
        ['∂L/∂b', formatComputed(frame.grads[k], isComputed(frame, 'grads', t.layer))],
      ],
      note: GRADIENT_NOTE,
    };
  }
  const q = unitIndex(params, t.layer, t.unit);
  const name = activations[t.layer];
  const shown = (v: number, kind: 'z' | 'a' | 'delta' | 'df') => formatComputed(v, isComputed(frame, kind, t.layer));
  const rows: [string, string][] = [
    ['z', shown(probe.z[q], 'z')],
    [output ? 'a = ŷ' : 'a', shown(probe.a[q], 'a')],
  ];
  if (output) rows.push(['y', formatNumber(probe.target[t.unit])]);
  rows.push(['δ = ∂L/∂z', shown(probe.delta[q], 'delta')]);
  rows.push(['f′(z)', shown(probe.df[q], 'df')]);
  const where = layerWords(t.layer, sizes.length - 1).replace(/^the /, '');
  const status = UNIT_STATUSES[probe.status[q]] ?? 'ok';
  return {
    title: neuronName(t.layer, t.unit),
    subtitle: name ? `${where} · ${ACTIVATION_LABELS[name]}` : where,
    rows,
    note: status === 'ok' ? undefined : STATUS_WORDS[status].sentence,
  };
}
