/**
 * The SVG nodes: input circles, neuron circles with their bias markers, saturation
 * rings, names and value text. React renders them per structure/selection; fills, rings
 * and text are set per frame by drawNodes through the registry (`data-key` → element).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { Selection } from '../../store/appState';
import { biasName, inputName, neuronName } from '../kit/names';
import { SvgName } from '../kit/PrettyName';
import type { GraphLayout } from './layout';
import { isSelected, sameTarget, type GraphTarget } from './targets';

export interface NodeLayerProps {
  layout: GraphLayout;
  /** Ref callback that files the element under its `data-key` in the registry. */
  register: (el: SVGElement | null) => void;
  /** Engine layers kept bright (inputs are −1); null: all. */
  focusLayers: readonly number[] | null;
  showValues: boolean;
  selected: Selection | null;
  /** Neurons a lesson step points at: drawn with a wide ring around them. */
  pointedAt: readonly { layer: number; unit: number }[];
  active: GraphTarget | null;
  /** id of the tooltip, linked from the active element. */
  tooltipId: string;
  onTarget: (t: GraphTarget | null) => void;
  onSelect: (t: GraphTarget) => void;
}

export function NodeLayer(p: NodeLayerProps): ReactNode {
  const { layout } = p;
  const r = layout.radius;
  // Below this radius (hundreds of units in a column) bias markers and saturation rings
  // would merge into a solid bar; the tooltip still reports both.
  const marks = r >= 4;
  const dimmed = (l: number) => p.focusLayers !== null && !p.focusLayers.includes(l);
  // Dimmed at a desk; on a projector (graph.css, lecture.css) the focused layer is ringed instead,
  // so no text fades below its contrast.
  // Beside a node, the output's value goes on its left, inside the picture.
  const lastColumn = layout.sizes.length - 1;
  const valuePlace = (column: number) =>
    !layout.valueBeside
      ? { className: 'bpl-value', y: layout.valueOffset }
      : column === lastColumn
        ? { className: 'bpl-value bpl-value-before', x: -(r + 6), dy: '0.32em' }
        : { className: 'bpl-value bpl-value-beside', x: r + 6, dy: '0.32em' };
  const focusClass = (l: number) => (p.focusLayers === null ? undefined : dimmed(l) ? 'bpl-dim' : 'bpl-lit');
  const handlers = (t: GraphTarget) => ({
    tabIndex: 0,
    'aria-describedby': sameTarget(p.active, t) ? p.tooltipId : undefined,
    onPointerEnter: () => p.onTarget(t),
    onPointerLeave: () => p.onTarget(null),
    onFocus: () => p.onTarget(t),
    onBlur: () => p.onTarget(null),
    onClick: () => p.onSelect(t),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        p.onSelect(t);
      }
    },
  });
  const rings = (t: GraphTarget, radius: number) => (
    <>
      {t.kind === 'neuron' && p.pointedAt.some((h) => h.layer === t.layer && h.unit === t.unit) && (
        <circle r={radius + 8} className="bpl-ring-lesson" data-testid="lesson-ring" />
      )}
      {isSelected(p.selected, t) && <circle r={radius + 4.5} className="bpl-ring-selected" />}
      {sameTarget(p.active, t) && <circle r={radius + 3} className="bpl-ring-active" />}
    </>
  );
  const inputs = layout.unitY[0].map((y, i) => {
    const t: GraphTarget = { kind: 'input', unit: i };
    return (
      <g key={`i${i}`} transform={`translate(${layout.columnX[0]},${y})`} className={focusClass(-1)}>
        {rings(t, r)}
        <circle
          data-key={`i:${i}`}
          ref={p.register}
          data-testid="input-node"
          r={r}
          className="bpl-node bpl-input"
          role="img"
          aria-label={inputName(i)}
          {...handlers(t)}
          onClick={undefined}
        />
        {layout.showNames && (
          <text data-key={`ti:${i}`} ref={p.register} className="bpl-name" dy="0.32em">
            <SvgName text={inputName(i)} />
          </text>
        )}
        {p.showValues && <text data-key={`vi:${i}`} ref={p.register} {...valuePlace(0)} />}
      </g>
    );
  });
  const neurons = layout.unitY.slice(1).flatMap((ys, l) =>
    ys.map((y, j) => {
      const key = `${l}:${j}`;
      const t: GraphTarget = { kind: 'neuron', layer: l, unit: j };
      const bias: GraphTarget = { kind: 'bias', layer: l, unit: j };
      const s = Math.max(3, r * 0.36);
      return (
        <g key={key} transform={`translate(${layout.columnX[l + 1]},${y})`} className={focusClass(l)}>
          {marks && (
            <circle
              data-key={`r:${key}`}
              ref={p.register}
              r={r + 2.5}
              className="bpl-ring-saturated"
              visibility="hidden"
            />
          )}
          {rings(t, r)}
          {marks && (
            <g transform={`translate(0,${-(r + s + 1.5)})`}>
              {isSelected(p.selected, bias) && <circle r={s + 3.5} className="bpl-ring-selected" />}
              {sameTarget(p.active, bias) && <circle r={s + 2.5} className="bpl-ring-active" />}
              <path
                data-key={`b:${key}`}
                ref={p.register}
                data-testid="bias"
                className="bpl-bias"
                d={`M${-s},${-s * 0.75}L${s},${-s * 0.75}L0,${s * 0.85}Z`}
                role="button"
                aria-label={biasName(l, j)}
                {...handlers(bias)}
              />
            </g>
          )}
          <circle
            data-key={`n:${key}`}
            ref={p.register}
            data-testid="neuron"
            r={r}
            className="bpl-node"
            style={marks ? undefined : { strokeWidth: 0.5 }}
            role="button"
            aria-label={neuronName(l, j)}
            aria-pressed={isSelected(p.selected, t)}
            {...handlers(t)}
          />
          {layout.showNames && (
            <text data-key={`t:${key}`} ref={p.register} className="bpl-name" dy="0.32em">
              <SvgName text={neuronName(l, j)} />
            </text>
          )}
          {p.showValues && <text data-key={`v:${key}`} ref={p.register} {...valuePlace(l + 1)} />}
        </g>
      );
    }),
  );
  return (
    <g>
      {inputs}
      {neurons}
    </g>
  );
}
