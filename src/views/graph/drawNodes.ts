/**
 * Per-frame updates of the SVG nodes: fill = activation of the probe example, the
 * saturation ring, bias markers, value text and aria-labels. React renders the elements
 * once per structure; this sets their attributes through refs, so a frame never
 * re-renders a component. Text (values, aria-labels) is written only when `text` is
 * true: the caller throttles it to a few Hz.
 */
import { setAttr } from '../setAttr';
import { ACTIVATIONS, SATURATION_SHARE, type ActivationName } from '../../engine';
import type { EdgeMode, EdgeScale } from '../../store/selectionStore';
import type { TrainerFrame } from '../../worker/protocol';
import { edgeStrength, formatNumber, inputName, needsLightText, neuronName, signColor, valueColor } from '../encodings';
import { paramSlices, unitOffsets, type GraphLayout } from './layout';
import { edgeSource, maxEdgeMagnitude } from './renderEdges';

/** Elements by key: `n:l:j` neuron circle, `r:l:j` saturation ring, `t:l:j` name, `v:l:j` value text,
 * `b:l:j` bias marker, `i:i` input circle, `ti:i` input name, `vi:i` input value text. */
export type NodeRegistry = Map<string, SVGElement>;

export interface NodeDrawOptions {
  activations: readonly ActivationName[];
  mode: EdgeMode;
  scale: EdgeScale;
  /** Which value the value text shows: a (forward) or δ (backward), unless `valueKind` says. */
  direction: 'forward' | 'backward';
  /** Width-scale maximum shared with other networks (compare mode). */
  scaleMax?: number | null;
  /** The value written under each node (the weighted-sum phase shows z). */
  valueKind?: 'z' | 'a' | 'delta';
  /** Write text and aria-labels this time. */
  text: boolean;
}

/** |f'(z)| below 1 % of the activation's best slope: almost no gradient passes back. */
export function isSaturated(activation: ActivationName | undefined, z: number, a: number): boolean {
  if (activation === undefined) return false;
  const act = ACTIVATIONS[activation];
  return Math.abs(act.df(z, a)) < SATURATION_SHARE * act.dfMax;
}

export function drawNodes(reg: NodeRegistry, layout: GraphLayout, frame: TrainerFrame, o: NodeDrawOptions): void {
  const { probe } = frame;
  const slices = paramSlices(layout.sizes);
  const offsets = unitOffsets(layout.sizes);
  const values = edgeSource(frame, o.mode);
  const max = o.scaleMax ?? maxEdgeMagnitude(frame, o.mode, slices);
  for (let i = 0; i < layout.sizes[0]; i++) {
    const x = probe.input[i];
    paint(reg, `i:${i}`, `ti:${i}`, x);
    if (o.text) {
      setAttr(reg.get(`i:${i}`), 'aria-label', `${inputName(i)} = ${formatNumber(x)}`);
      setText(reg.get(`vi:${i}`), formatNumber(x));
    }
  }
  slices.forEach((s, l) => {
    for (let j = 0; j < s.nOut; j++) {
      const q = offsets[l] + j;
      const a = probe.a[q];
      const key = `${l}:${j}`;
      paint(reg, `n:${key}`, `t:${key}`, a);
      const saturated = isSaturated(o.activations[l], probe.z[q], a);
      setAttr(reg.get(`n:${key}`), 'data-saturated', String(saturated));
      setAttr(reg.get(`r:${key}`), 'visibility', saturated ? 'visible' : 'hidden');
      const b = values[s.b + j];
      const t = edgeStrength(o.scale, b, max);
      const marker = reg.get(`b:${key}`);
      setAttr(marker, 'fill', t > 0 ? signColor(b) : '#ffffff');
      setAttr(marker, 'transform', `scale(${(0.55 + 0.45 * t).toFixed(3)})`);
      if (o.text) {
        setAttr(reg.get(`n:${key}`), 'aria-label',
          `${neuronName(l, j)}: ${Number.isNaN(a) ? 'not computed yet' : `a = ${formatNumber(a)}`}`);
        const kind = o.valueKind ?? (o.direction === 'backward' ? 'delta' : 'a');
        const shown = kind === 'z' ? probe.z[q] : kind === 'delta' ? probe.delta[q] : a;
        // NaN means "not computed yet" in step-through mode: say so, not "NaN".
        setText(reg.get(`v:${key}`), Number.isNaN(shown) ? '—' : `${kind === 'delta' ? 'δ ' : kind === 'z' ? 'z ' : ''}${formatNumber(shown)}`);
      }
    }
  });
}

function paint(reg: NodeRegistry, circleKey: string, nameKey: string, value: number): void {
  setAttr(reg.get(circleKey), 'fill', valueColor(value));
  setAttr(reg.get(nameKey), 'fill', needsLightText(value) ? '#ffffff' : '#1d1f24');
}

function setText(el: SVGElement | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
