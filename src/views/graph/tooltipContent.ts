/**
 * What the tooltip says about a graph element, from the current frame: its name, its
 * value and gradient, and for a neuron z, a, δ and whether it is saturated.
 */
import { ACTIVATIONS, ACTIVATION_LABELS, type ActivationName } from '../../engine';
import type { TrainerFrame } from '../../worker/protocol';
import { biasName, formatNumber as formatComputed, inputName, neuronName, weightName } from '../encodings';

/** NaN means the step-through has not computed the value yet: say so. */
const GRADIENT_NOTE = 'Gradient: the mean over the last mini-batch (in step-through: this one example).';
const formatNumber = (v: number) => (Number.isNaN(v) ? 'not computed yet' : formatComputed(v));
import { isSaturated } from './drawNodes';
import { paramSlices, unitOffsets } from './layout';
import type { GraphTarget } from './targets';

export interface TooltipContent {
  /** Plain-text name in the seed notation (typeset by PrettyName). */
  title: string;
  subtitle?: string;
  rows: [label: string, value: string][];
  note?: string;
}

export function tooltipContent(t: GraphTarget, frame: TrainerFrame, activations: readonly ActivationName[]): TooltipContent {
  const sizes = frame.layerSizes;
  const { probe } = frame;
  if (t.kind === 'input') {
    return { title: inputName(t.unit), subtitle: 'input feature of the probe example', rows: [['x', formatNumber(probe.input[t.unit])]] };
  }
  const slice = paramSlices(sizes)[t.layer];
  const output = t.layer === sizes.length - 2;
  if (t.kind === 'weight') {
    const k = slice.w + t.to * slice.nIn + t.from;
    return {
      title: weightName(t),
      rows: [['w', formatNumber(frame.params[k])], ['∂L/∂w', formatNumber(frame.grads[k])]],
      note: GRADIENT_NOTE,
    };
  }
  if (t.kind === 'bias') {
    const k = slice.b + t.unit;
    return {
      title: biasName(t.layer, t.unit),
      rows: [['b', formatNumber(frame.params[k])], ['∂L/∂b', formatNumber(frame.grads[k])]],
      note: GRADIENT_NOTE,
    };
  }
  const q = unitOffsets(sizes)[t.layer] + t.unit;
  const z = probe.z[q];
  const a = probe.a[q];
  const name = activations[t.layer];
  const rows: [string, string][] = [['z', formatNumber(z)], [output ? 'a = ŷ' : 'a', formatNumber(a)]];
  if (output) rows.push(['y', formatNumber(probe.target[t.unit])]);
  rows.push(['δ = ∂L/∂z', formatNumber(probe.delta[q])]);
  if (name) rows.push(["f′(z)", formatNumber(ACTIVATIONS[name].df(z, a))]);
  const where = output ? 'output layer' : `hidden layer ${t.layer + 1}`;
  return {
    title: neuronName(t.layer, t.unit),
    subtitle: name ? `${where} · ${ACTIVATION_LABELS[name]}` : where,
    rows,
    note: saturationNote(name, z, a),
  };
}

function saturationNote(name: ActivationName | undefined, z: number, a: number): string | undefined {
  if (!isSaturated(name, z, a)) return undefined;
  if (name === 'relu' || name === 'leaky-relu') {
    return 'Inactive: z ≤ 0, so the slope is (almost) 0 and (almost) no gradient flows back through it for this example.';
  }
  return 'Saturated: f′(z) is under 1 % of its maximum, so almost no gradient flows back through it.';
}
