/**
 * Column titles ("Input", "Hidden 1 · tanh", "Output · sigmoid"). Hovering a layer's
 * title highlights its incoming edges; clicking selects the layer. Dense layers get a note
 * that only their strongest edges are drawn. For the keyboard and screen readers the graph
 * is its navigator (GraphNavigator), which names the layer of every unit it moves to.
 */
import type { ReactNode } from 'react';
import type { OutputActivationName } from '../../engine';
import { ACTIVATION_LABELS } from '../kit/labels';
import { edgeBudget } from './edgeBuckets';
import type { GraphLayout } from './layout';

export interface ColumnHeadersProps {
  layout: GraphLayout;
  activations: readonly OutputActivationName[];
  selectedLayer: number | null;
  /** Layers a lesson step points at. */
  pointedLayers?: readonly number[];
  onHighlight: (layer: number | null) => void;
  onSelectLayer: (layer: number) => void;
}

/** Title of column c (0 = inputs), short when the columns are narrow. */
export function columnTitle(c: number, columns: number, short: boolean): string {
  if (c === 0) return short ? 'x' : 'Input';
  if (c === columns - 1) return short ? 'out' : 'Output';
  return short ? `${c}` : `Hidden ${c}`;
}

export function ColumnHeaders({
  layout,
  activations,
  selectedLayer,
  pointedLayers = [],
  onHighlight,
  onSelectLayer,
}: ColumnHeadersProps): ReactNode {
  if (layout.headerY === 0) return null;
  const columns = layout.sizes.length;
  const style = layout.headerStyle;
  const short = style === 'short';
  return (
    <g className="bpl-headers" aria-hidden="true">
      {layout.columnX.map((x, c) => {
        const title = columnTitle(c, columns, short);
        const act = c > 0 ? activations[c - 1] : undefined;
        // The outer titles align with the graph's edges instead of centring, so "Output" is
        // never cut off at the right edge (nor "Input" at the left).
        const anchor = !short && c === 0 ? 'start' : !short && c === columns - 1 ? 'end' : 'middle';
        const tx = anchor === 'start' ? x - layout.radius : anchor === 'end' ? x + layout.radius : x;
        const activation =
          act &&
          !short &&
          (style === 'inline' ? (
            <tspan className="bpl-header-act"> · {ACTIVATION_LABELS[act]}</tspan>
          ) : (
            <tspan className="bpl-header-act" x={tx} dy="1.25em">
              {ACTIVATION_LABELS[act]}
            </tspan>
          ));
        if (c === 0) {
          return (
            <text key={c} x={tx} y={layout.headerY} textAnchor={anchor} className="bpl-header">
              {title}
            </text>
          );
        }
        const layer = c - 1;
        return (
          <text
            key={c}
            x={tx}
            y={layout.headerY}
            textAnchor={anchor}
            className={`bpl-header bpl-header-layer${selectedLayer === layer ? ' bpl-header-selected' : ''}${pointedLayers.includes(layer) ? ' bpl-header-lesson' : ''}`}
            onPointerEnter={() => onHighlight(layer)}
            onPointerLeave={() => onHighlight(null)}
            onClick={() => onSelectLayer(layer)}
          >
            {title}
            {activation}
          </text>
        );
      })}
    </g>
  );
}

/** Roughly how wide a note of `chars` characters is: 10.5 px text at a desk, 20 px on a projector (lecture.css). */
const noteWidth = (chars: number, layout: GraphLayout) => chars * (layout.textScale > 1 ? 20 : 10.5) * 0.54;

/**
 * Under each dense layer: a note that only its strongest edges are drawn — or, when the
 * notes would not fit between the columns (a deep net of wide layers), one note for all of
 * them: "Layers 2–12: strongest 800 of 4,096 edges each".
 */
export function DenseLayerNotes({ layout }: { layout: GraphLayout }): ReactNode {
  const budget = edgeBudget(layout.sizes);
  const dense = layout.sizes.slice(1).flatMap((nOut, l) => {
    const n = nOut * layout.sizes[l];
    return n > budget ? [{ l, n, x: (layout.columnX[l] + layout.columnX[l + 1]) / 2 }] : [];
  });
  if (dense.length === 0) return null;
  const text = (n: number) => `strongest ${budget.toLocaleString('en')} of ${n.toLocaleString('en')} edges`;
  const gap = layout.sizes.length > 1 ? layout.columnX[1] - layout.columnX[0] : layout.width;
  const fits = dense.every((d) => noteWidth(text(d.n).length, layout) <= gap - 6);
  if (fits) {
    return (
      <g>
        {dense.map((d) => (
          <text key={d.l} x={d.x} y={layout.height - 3} textAnchor="middle" className="bpl-dense-note">
            {text(d.n)}
          </text>
        ))}
      </g>
    );
  }
  const summary = denseSummaries(dense, layout.sizes.length, budget).find(
    (t) => noteWidth(t.length, layout) <= layout.width - 16,
  );
  if (!summary) return null;
  return (
    <text
      x={layout.width / 2}
      y={layout.height - 3}
      textAnchor="middle"
      className="bpl-dense-note"
      data-testid="dense-note"
    >
      {summary}
    </text>
  );
}

/**
 * One note for all dense layers, longest first: "Strongest 800 of 4,096 edges drawn into each
 * of hidden layers 2–12"; with layers of different sizes, the runs of each size.
 */
export function denseSummaries(dense: readonly { l: number; n: number }[], columns: number, drawn: number): string[] {
  const runs: { from: number; to: number; n: number }[] = [];
  for (const d of dense) {
    const last = runs.at(-1);
    if (last && last.n === d.n && last.to === d.l) last.to = d.l + 1;
    else runs.push({ from: d.l + 1, to: d.l + 1, n: d.n });
  }
  const out = columns - 1;
  const name = (r: { from: number; to: number }) => {
    const hiddenTo = Math.min(r.to, out - 1);
    const hidden =
      r.from > hiddenTo ? '' : r.from === hiddenTo ? `hidden layer ${r.from}` : `hidden layers ${r.from}–${hiddenTo}`;
    return r.to === out ? (hidden ? `${hidden} and the output` : 'the output') : hidden;
  };
  const budget = drawn.toLocaleString('en');
  const count = (n: number) => n.toLocaleString('en');
  if (runs.length === 1) {
    const r = runs[0];
    const each = dense.length > 1 ? 'each of ' : '';
    return [
      `Strongest ${budget} of ${count(r.n)} edges drawn into ${each}${name(r)}`,
      `Strongest ${budget} of ${count(r.n)} edges per layer`,
    ];
  }
  const parts = runs.map((r) => `of ${count(r.n)}: ${name(r)}`).join('; ');
  return [
    `Strongest ${budget} edges drawn into each dense layer (${parts})`,
    `Strongest ${budget} edges per dense layer`,
  ];
}
