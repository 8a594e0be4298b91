/** The gradient chart's layers as buttons over the bars: one tab stop, ←/→ between layers, Enter highlights one. */
import type { ScaleBand } from 'd3-scale';
import type { CSSProperties } from 'react';
import type { GradientMetric } from '../../store/appState';
import { formatNumber } from '../kit/format';
import { layerLongName } from '../kit/names';
import { useRovingFocus } from '../kit/useRovingFocus';
import type { BarRun } from './GradientBars';
import { METRIC_LABELS } from './gradientSeries';

export interface GradientLayerButtonsProps {
  /** The bars' band scale, and where the bars' panel starts in the plot. */
  x: ScaleBand<string>;
  left: number;
  top: number;
  barsHeight: number;
  runs: readonly BarRun[];
  layerCount: number;
  metric: GradientMetric;
  /** The layer shown highlighted (null: none). */
  pressed: number | null;
  onToggle(layer: number): void;
}

export function GradientLayerButtons(p: GradientLayerButtonsProps) {
  const [hitsRef, onHitsKey] = useRovingFocus<HTMLDivElement>('.bl-lens-hit');
  const { x } = p;
  return (
    // One tab stop for the layers: ←/→ move between them, Enter or Space highlights one.
    <div className="bl-lens-hits" role="group" aria-label="Layers" ref={hitsRef} onKeyDown={onHitsKey}>
      {Array.from({ length: p.layerCount }, (_, c) => {
        const style: CSSProperties = {
          left: p.left + (x(String(c)) ?? 0) - (x.step() - x.bandwidth()) / 2,
          top: p.top,
          width: x.step(),
          height: p.barsHeight + 22,
        };
        const values = p.runs.flatMap((r) => {
          const l = c - r.offset;
          return l < 0 ? [] : [`${r.name ? `${r.name} ` : ''}${formatNumber(r.values[l])}`];
        });
        return (
          <button
            key={c}
            type="button"
            className="bl-lens-hit"
            style={style}
            aria-pressed={p.pressed === c}
            aria-label={`${layerLongName(c, p.layerCount)} layer, ${METRIC_LABELS[p.metric]} ${values.join(', ')}`}
            onClick={() => p.onToggle(c)}
          />
        );
      })}
    </div>
  );
}
