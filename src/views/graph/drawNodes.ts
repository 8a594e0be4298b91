/**
 * Per-frame updates of the SVG nodes: fill = activation of the probe example, the
 * saturation ring (the frame's unit status), bias markers, value text and aria-labels.
 * React renders the elements once per structure; this sets their attributes through refs,
 * so a frame never re-renders a component. Value text is written only when `text` is true:
 * the caller throttles it to a few Hz. (What a screen reader hears comes from the graph's
 * keyboard layer, GraphNavigator, in words.)
 */
import { biasIndex, layoutOf, unitIndex } from '../../engine/layout';
import type { EdgeMode, EdgeScale } from '../../store/appState';
import type { TrainerFrame } from '../../worker/protocol';
import { edgeStrength, needsLightText, signColor, valueColor } from '../kit/encodings';
import { isComputed } from '../kit/computed';
import { formatNumberShort } from '../kit/format';
import { setAttr } from '../kit/setAttr';
import type { GraphLayout } from './layout';
import { edgeSource } from './edgeValues';

/** Elements by key: `n:l:j` neuron circle, `r:l:j` saturation ring, `t:l:j` name, `v:l:j` value text,
 * `b:l:j` bias marker, `i:i` input circle, `ti:i` input name, `vi:i` input value text. */
export type NodeRegistry = Map<string, SVGElement>;

export interface NodeDrawOptions {
  mode: EdgeMode;
  scale: EdgeScale;
  /** Which value the value text shows: a (forward) or δ (backward), unless `valueKind` says. */
  direction: 'forward' | 'backward';
  /** The width scale's 100 % (bias markers share the edges' scale). */
  scaleMax: number;
  /** The value written under each node (the weighted-sum phase shows z). */
  valueKind?: 'z' | 'a' | 'delta';
  /** Write text and aria-labels this time. */
  text: boolean;
  /**
   * Set the fills, saturation rings and bias markers (false when paintNodes paints the nodes
   * on the canvas: then only text and aria-labels are written, at the text rate).
   */
  fills: boolean;
}

export function drawNodes(reg: NodeRegistry, layout: GraphLayout, frame: TrainerFrame, o: NodeDrawOptions): void {
  const { probe } = frame;
  const params = layoutOf(layout.sizes);
  const values = edgeSource(frame, o.mode);
  for (let i = 0; i < layout.sizes[0]; i++) {
    const x = probe.input[i];
    if (o.fills) paint(reg, `i:${i}`, `ti:${i}`, x);
    if (o.text) setText(reg.get(`vi:${i}`), formatNumberShort(x));
  }
  params.layers.forEach((s, l) => {
    for (let j = 0; j < s.nOut; j++) {
      const q = unitIndex(params, l, j);
      const a = probe.a[q];
      const key = `${l}:${j}`;
      if (o.fills) {
        paint(reg, `n:${key}`, `t:${key}`, a);
        const saturated = probe.status[q] !== 0;
        setAttr(reg.get(`n:${key}`), 'data-saturated', String(saturated));
        setAttr(reg.get(`r:${key}`), 'visibility', saturated ? 'visible' : 'hidden');
        const b = values[biasIndex(params, l, j)];
        const t = edgeStrength(o.scale, b, o.scaleMax);
        const marker = reg.get(`b:${key}`);
        setAttr(marker, 'fill', t > 0 ? signColor(b) : 'var(--card)');
        // A negative bias has a dashed outline, as a negative edge is dashed.
        setAttr(marker, 'stroke-dasharray', b < 0 ? '2 1.5' : 'none');
        setAttr(marker, 'transform', `scale(${(0.55 + 0.45 * t).toFixed(3)})`);
      }
      if (o.text) {
        const kind = o.valueKind ?? (o.direction === 'backward' ? 'delta' : 'a');
        const shown = kind === 'z' ? probe.z[q] : kind === 'delta' ? probe.delta[q] : a;
        // Not computed yet (step-through) reads "—"; an overflowed value reads "⚠ ∞" or "⚠ NaN".
        setText(
          reg.get(`v:${key}`),
          isComputed(frame, kind, l)
            ? `${kind === 'delta' ? 'δ ' : kind === 'z' ? 'z ' : ''}${formatNumberShort(shown)}`
            : '—',
        );
      }
    }
  });
}

function paint(reg: NodeRegistry, circleKey: string, nameKey: string, value: number): void {
  setAttr(reg.get(circleKey), 'fill', valueColor(value));
  // The halo (drawn on a projector, lecture.css) is the other colour: 7:1 on any fill.
  const light = needsLightText(value);
  setAttr(reg.get(nameKey), 'fill', light ? '#ffffff' : '#000000');
  setAttr(reg.get(nameKey), 'stroke', light ? '#000000' : '#ffffff');
}

function setText(el: SVGElement | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
