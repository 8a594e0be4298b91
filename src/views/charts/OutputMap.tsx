/**
 * What the model outputs over the input space. 2-D classification: the decision
 * boundary as a heatmap (canvas) under the training dots and test rings. 1-D regression:
 * the data and the model's curve ŷ(x). Maps arrive only with frames whose weights
 * changed; the frame store keeps the latest per network, and useOutputMapPaint.ts draws
 * it at most once per animation frame. React renders only on resize or new data.
 * See outputMapGeometry.ts for the grid orientation the worker must follow.
 */
import { useId, useMemo, useState } from 'react';
import type { TrainerData } from '../../worker/protocol';
import { OutputMapLegend } from './OutputMapLegend';
import { OutputWords } from './OutputWords';
import { OwnPointsBar } from './ownPoints/OwnPointsBar';
import { PointEditor } from './ownPoints/PointEditor';
import { MAP_MARGIN, mapGeometry } from './outputMapGeometry';
import { useChartMargin } from '../kit/chartScale';
import { useOutputMapPaint } from './useOutputMapPaint';
import './charts.css';
import { DOMAIN } from '../../store/options';
import { Axis } from '../kit/Axis';
import { useElementSize } from '../kit/useElementSize';
import { useAppState, useRun } from '../kit/appContext';

export interface OutputMapProps {
  /** Which trainer's output to show (compare mode has two). Default 0. */
  trainer?: number;
  /** Offer the student's own points: edit them on the map, import and export them as CSV. */
  editable?: boolean;
}

export function OutputMap({ trainer = 0, editable = false }: OutputMapProps) {
  const data = useRun((s) => s.data[trainer]) as TrainerData | undefined;
  const kind = data?.inputSize === 2 ? 'grid' : data?.inputSize === 1 ? 'curve' : null;
  const [plotRef, size] = useElementSize<HTMLDivElement>({ width: 320, height: 320 });
  // The grid's half-width, from the latest map (state: the axes depend on it).
  const [extent, setExtent] = useState(DOMAIN);
  const clipId = useId();
  const [editing, setEditing] = useState(false);
  const [classIndex, setClassIndex] = useState(1);
  // The classes the student chose (the data follows a rebuild later); a picked class beyond them falls back.
  const classes = useAppState((s) => s.config.dataset.classes ?? 2);
  const pickedClass = Math.min(classIndex, classes - 1);
  const softmax = useAppState((s) => s.config.output === 'softmax');
  // How the picker names the classes: as the legend will once the data follows the set-up.
  const pickerLabels = softmax ? 'one-hot' : data?.labels === 'one-hot' ? 'zero-one' : (data?.labels ?? 'zero-one');

  const margin = useChartMargin(MAP_MARGIN);
  const geometry = useMemo(
    () => (data && kind ? mapGeometry(kind, size.width, size.height, data, extent, margin) : null),
    [data, kind, size.width, size.height, extent, margin],
  );
  const { heatRef, pointsRef, curveRef, overflowRef } = useOutputMapPaint(trainer, data, geometry, extent, setExtent);

  const points = data ? `${data.train.count} training points and ${data.test.count} test points` : '';
  const label = !data
    ? 'Output map: no data yet'
    : kind === 'grid'
      ? data.labels === 'one-hot'
        ? `Winning class of ${data.outputSize} at each point, lighter where the network is less sure, with ${points}`
        : `Decision boundary with ${points}`
      : kind === 'curve'
        ? `Model curve with ${points}`
        : `Output map not available for ${data.inputSize}-dimensional inputs`;
  const { x, y, plot } = geometry ?? {};

  return (
    <figure className="bl-chart bl-output-map" aria-label="Model output">
      <div ref={plotRef} className={`bl-chart-plot ${kind === 'curve' ? 'bl-output-curve' : 'bl-output-grid'}`}>
        <canvas ref={heatRef} aria-hidden="true" />
        <canvas ref={pointsRef} aria-hidden="true" />
        <svg width={size.width} height={size.height} role="img" aria-label={label}>
          {geometry && x && y && plot && (
            <>
              <defs>
                <clipPath id={clipId}>
                  <rect x={plot.left} y={plot.top} width={plot.width} height={plot.height} />
                </clipPath>
              </defs>
              {/* prettier-ignore */}
              <rect className="bl-plot-frame" x={plot.left} y={plot.top} width={plot.width} height={plot.height} fill="none" stroke="var(--line-strong)" />
              <Axis
                scale={x}
                orient="bottom"
                y={plot.top + plot.height}
                ticks={Math.max(2, Math.floor(plot.width / 60))}
                hideDomain
              />
              <Axis
                scale={y}
                orient="left"
                x={plot.left}
                ticks={Math.max(2, Math.floor(plot.height / 50))}
                hideDomain
              />
              <text
                className="bl-chart-axis-label"
                x={plot.left + plot.width / 2}
                y={plot.top + plot.height + 32}
                textAnchor="middle"
              >
                {kind === 'grid' ? 'x₁' : 'x'}
              </text>
              <text
                className="bl-chart-axis-label"
                transform={`translate(${plot.left - 30},${plot.top + plot.height / 2}) rotate(-90)`}
                textAnchor="middle"
              >
                {kind === 'grid' ? 'x₂' : 'y'}
              </text>
              {kind === 'curve' && (
                <path
                  ref={curveRef}
                  clipPath={`url(#${clipId})`}
                  fill="none"
                  stroke="var(--run-1)"
                  strokeWidth={2.5}
                  strokeLinejoin="round"
                  className="bl-output-curve-line"
                />
              )}
            </>
          )}
        </svg>
        {editing && geometry && data && (
          <PointEditor
            geometry={geometry}
            data={data}
            classIndex={kind === 'grid' ? pickedClass : 0}
            classes={kind === 'grid' ? { count: classes, labels: pickerLabels, onPick: setClassIndex } : undefined}
          />
        )}
        {!data && (
          <p className="bl-chart-empty">
            <span>Press Play to start training</span>
          </p>
        )}
        {data && !kind && (
          <p className="bl-chart-empty">
            <span>{label}</span>
          </p>
        )}
      </div>
      {data && kind && <OutputMapLegend kind={kind} labels={data.labels} classes={data.outputSize} />}
      {/* Not a live region: it is rewritten with every map; the run's alarm says it out loud. */}
      <p ref={overflowRef} className="bl-output-overflow" hidden />
      <OutputWords trainer={trainer} data={data} />
      {editable && kind && data && (
        <OwnPointsBar
          editing={editing}
          onEditing={setEditing}
          classIndex={kind === 'grid' ? pickedClass : null}
          onClassIndex={setClassIndex}
          classes={classes}
          labels={pickerLabels}
        />
      )}
    </figure>
  );
}
