/**
 * The vanishing-gradient chart: per layer, mean |∂L/∂W| (or ‖∂L/∂W‖₂) on a log axis —
 * bars for the current step, lines over the steps — with the sigmoid bound 0.25^k as a
 * reference and a sentence saying how much smaller the first layer's gradient is than
 * the last's. Compare mode (`trainers={[0, 1]}`) puts both runs on the same scale.
 * Clicking a layer (or Enter on it) highlights it here and in the graph.
 */
import { scaleBand } from 'd3-scale';
import { GRID } from '../charts/chartTheme';
import { BOUND_INK, GradientBars, type BarRun } from './GradientBars';
import { GradientLegend, SkipBoundNote } from './GradientLegend';
import { chartPanels, chartSummary, gradientRuns, gradientTable, MARGIN, runsDomain } from './gradientChartModel';
import { ChartWords } from '../kit/ChartWords';
import { GradientLayerButtons } from './GradientLayerButtons';
import { GradientLines } from './GradientLines';
import { GradientReadouts } from './GradientReadouts';
import { useChartFrame } from './useChartFrame';
import { METRIC_LABELS } from './gradientSeries';
import { decadeTicks, logScale, type LogScale } from './logAxis';
import { MetricToggle } from './MetricToggle';
import '../charts/charts.css';
import './lens.css';
import { Axis } from '../kit/Axis';
import { formatDecade, formatStep } from '../kit/format';
import { useChartMargin } from '../kit/chartScale';
import { useElementSize } from '../kit/useElementSize';
import { useApp, useAppState, useCommands } from '../kit/appContext';

export interface GradientChartProps {
  /** Trainer indices to draw (two for compare mode). Default: the first trainer. */
  trainers?: number[];
  /** One name per trainer, e.g. ["Sigmoid", "ReLU"]. Default "Run A", "Run B" in compare mode. */
  labels?: string[];
}

const DEFAULT_TRAINERS = [0];

/** Refreshes 8 times a second: the bars move smoothly enough and stay readable. */
const REFRESH_MS = 125;

export function GradientChart({ trainers = DEFAULT_TRAINERS, labels }: GradientChartProps) {
  const metric = useAppState((s) => s.view.gradientMetric);
  const { setGradientMetric: setMetric, select } = useCommands();
  const configs = useAppState((s) => s.running);
  const highlightedLayer = useAppState((s) => s.view.highlightedLayer);
  const selected = useAppState((s) => s.selection);
  const setHighlightedLayer = useCommands().setHighlightedLayer;
  const frame = useChartFrame(REFRESH_MS);
  // The histories are recorded with each frame, so reading them when the frame is read shows the same step.
  const histories = useApp().histories.getState().gradients;
  const [plotRef, size] = useElementSize<HTMLDivElement>({ width: 560, height: 240 });

  const compare = trainers.length > 1;
  const emphasised = highlightedLayer ?? (selected?.kind === 'layer' ? selected.layer : null);
  const runs = gradientRuns({ trainers, labels, frame, histories, configs, metric });
  const boundRuns = runs.filter((r) => r.bounds.some((b) => b !== null));
  const layerCount = Math.max(0, ...runs.map((r) => r.values.length));
  const barRuns: BarRun[] = runs.map((r) => ({ ...r, offset: layerCount - r.values.length }));
  const empty = layerCount === 0;
  const domain = runsDomain(runs);
  const margin = useChartMargin(MARGIN);
  const { wide, barsWidth, barsHeight, lines } = chartPanels(size.width, size.height, margin);
  const yBars = logScale(domain, barsHeight);
  const yLines = logScale(domain, lines.height);
  const x = scaleBand<string>()
    .domain(Array.from({ length: layerCount }, (_, c) => String(c)))
    .range([0, barsWidth])
    .paddingInner(compare ? 0.28 : 0.35)
    .paddingOuter(0.2);
  const showValues = x.bandwidth() / Math.max(1, runs.length) >= 34;

  const toggle = (c: number) => {
    setHighlightedLayer(highlightedLayer === c ? null : c);
    // Choosing a bar of one network chooses that layer, as its header on the graph does.
    if (!compare && highlightedLayer !== c) select({ kind: 'layer', layer: c });
  };
  const step = Math.max(0, ...runs.map((r) => r.step));
  const summary = chartSummary(runs, metric, step);

  return (
    <figure className="bl-chart bl-lens-gradient" aria-label="Per-layer gradient chart">
      <div className="bl-chart-header">
        <GradientLegend
          runs={compare || labels ? runs : []}
          bound={boundRuns.length === 0 ? null : compare ? boundRuns.map((r) => r.color) : [BOUND_INK]}
        />
        <MetricToggle value={metric} onChange={setMetric} />
      </div>
      <div ref={plotRef} className="bl-chart-plot bl-lens-plot">
        <svg width={size.width} height={size.height} role="img" aria-label={summary}>
          <g transform={`translate(${margin.left},${margin.top})`}>
            <Grid y={yBars} width={barsWidth} axis />
            <text className="bl-lens-panel-title" x={0} y={-9}>{`now · step ${formatStep(step)}`}</text>
            <text className="bl-chart-axis-label" transform="rotate(-90)" x={0} y={-38} textAnchor="end">
              {`${METRIC_LABELS[metric]} (log)`}
            </text>
            {!empty && (
              <GradientBars
                x={x}
                y={yBars}
                height={barsHeight}
                runs={barRuns}
                layerCount={layerCount}
                highlighted={emphasised}
                showValues={showValues}
              />
            )}
            <text className="bl-chart-axis-label" x={barsWidth} y={barsHeight + 31} textAnchor="end">
              layer
            </text>
            <g transform={`translate(${lines.x},${lines.y})`}>
              <Grid y={yLines} width={lines.width} axis={!wide} />
              <text className="bl-lens-panel-title" x={0} y={-9}>
                over steps
              </text>
              {!empty && (
                <GradientLines
                  width={lines.width}
                  height={lines.height}
                  y={yLines}
                  layerCount={layerCount}
                  highlighted={emphasised}
                  runs={runs.map((r, i) => ({
                    name: r.name,
                    color: r.color,
                    lines: r.lines,
                    offset: barRuns[i].offset,
                  }))}
                />
              )}
            </g>
          </g>
        </svg>
        <GradientLayerButtons
          x={x}
          left={margin.left}
          top={margin.top}
          barsHeight={barsHeight}
          runs={barRuns}
          layerCount={layerCount}
          metric={metric}
          pressed={emphasised}
          onToggle={toggle}
        />
        {empty && (
          <p className="bl-chart-empty">
            <span>Waiting for the network…</span>
          </p>
        )}
      </div>
      <GradientReadouts runs={runs} compare={compare} />
      <SkipBoundNote
        runs={runs.map((r) => ({ name: r.name, skipTop: r.skipTop, sigmoid: r.bounds.some((b) => b !== null) }))}
      />
      {/* The readout above is the chart's sentence. */}
      <ChartWords name="gradient chart" summary={null} table={() => gradientTable(runs, metric)} />
    </figure>
  );
}

/** Decade grid lines, and the labelled log axis when `axis`. */
function Grid({ y, width, axis }: { y: LogScale; width: number; axis: boolean }) {
  const ticks = decadeTicks(y);
  return (
    <>
      {ticks.all.map((t) => (
        <line key={t} x1={0} x2={width} y1={y(t)} y2={y(t)} stroke={GRID} />
      ))}
      {axis && <Axis scale={y} orient="left" tickValues={ticks.labelled} format={formatDecade} />}
    </>
  );
}
