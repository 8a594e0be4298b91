/**
 * Column titles ("Input", "Hidden 1 · tanh", "Output · sigmoid"). Hovering a layer's
 * title highlights its incoming edges; clicking selects the layer. Dense layers get a note
 * that only their strongest edges are drawn. For the keyboard and screen readers the graph
 * is its navigator (GraphNavigator), which names the layer of every unit it moves to.
 */
import type { ReactNode } from 'react';
import type { OutputActivationName } from '../../engine';
import { ACTIVATION_LABELS } from '../kit/labels';
import { MAX_EDGES_PER_LAYER } from './edgeBuckets';
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

/** Under each dense layer: a note that only its strongest edges are drawn. */
export function DenseLayerNotes({ layout }: { layout: GraphLayout }): ReactNode {
  const notes = layout.sizes.slice(1).map((nOut, l) => {
    const n = nOut * layout.sizes[l];
    if (n <= MAX_EDGES_PER_LAYER) return null;
    const x = (layout.columnX[l] + layout.columnX[l + 1]) / 2;
    return (
      <text key={l} x={x} y={layout.height - 3} textAnchor="middle" className="bpl-dense-note">
        strongest {MAX_EDGES_PER_LAYER.toLocaleString('en')} of {n.toLocaleString('en')} edges
      </text>
    );
  });
  return <g>{notes}</g>;
}
