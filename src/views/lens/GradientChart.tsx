/**
 * The vanishing-gradient chart: per layer, mean |∂L/∂W| (or ‖∂L/∂W‖₂) on a log axis —
 * bars for the current step, lines over the steps — with the sigmoid bound 0.25^k as a
 * reference and a sentence saying how much smaller the first layer's gradient is than
 * the last's. Compare mode (`trainers={[0, 1]}`) puts both runs on the same scale.
 * Clicking a layer (or Enter on it) highlights it here and in the graph.
 */
import { scaleBand } from 'd3-scale';
import { useState, type CSSProperties } from 'react';
import { gradientHistoryStore } from '../../store/gradientHistory';
import { useRunStore } from '../../store/runStore';
import { useSelectionStore } from '../../store/selectionStore';
import { Axis } from '../charts/Axis';
import { GRID, formatStep, runColor } from '../charts/chartTheme';
import { useElementSize } from '../charts/useElementSize';
import { formatNumber } from '../encodings';
import { BOUND_INK, GradientBars, type BarRun } from './GradientBars';
import { GradientLegend } from './GradientLegend';
import { GradientLines, smoothedLines } from './GradientLines';
import { METRIC_LABELS, layerValues, logDomain, ratioReadout, sigmoidBounds, type GradientMetric } from './gradientSeries';
import { activationsOf, layerLongName, layerShortName } from './layers';
import { decadeTicks, formatDecade, logScale, type LogScale } from './logAxis';
import { MetricToggle } from './MetricToggle';
import { useSampledFrame } from './useSampledFrame';
import '../charts/charts.css';
import './lens.css';

export interface GradientChartProps {
  /** Trainer indices to draw (two for compare mode). Default: the first trainer. */
  trainers?: number[];
  /** One name per trainer, e.g. ["Sigmoid", "ReLU"]. Default "Run A", "Run B" in compare mode. */
  labels?: string[];
  /** The measure shown first; the chart's own switch changes it afterwards. */
  metric?: GradientMetric;
}

const MARGIN = { top: 22, right: 30, bottom: 38, left: 50 };
const DEFAULT_TRAINERS = [0];
/** Side by side from this width, or in any box that is not portrait-shaped; stacked otherwise. */
const WIDE = 520;
const MIN_SIDE_BY_SIDE = 340;
const PANEL_GAP = { wide: 40, stacked: 52 };

export function GradientChart({ trainers = DEFAULT_TRAINERS, labels, metric: initialMetric = 'meanAbsGrad' }: GradientChartProps) {
  const [metric, setMetric] = useState<GradientMetric>(initialMetric);
  const configs = useRunStore((s) => s.configs);
  const highlightedLayer = useSelectionStore((s) => s.highlightedLayer);
  const selected = useSelectionStore((s) => s.selected);
  const setHighlightedLayer = useSelectionStore((s) => s.setHighlightedLayer);
  const { frame } = useSampledFrame();
  const histories = gradientHistoryStore.getState().histories;
  const [plotRef, size] = useElementSize<HTMLDivElement>({ width: 560, height: 240 });

  const compare = trainers.length > 1;
  const emphasised = highlightedLayer ?? (selected?.kind === 'layer' ? selected.layer : null);
  const runs = trainers.map((t, i) => {
    const tf = frame?.trainers[t];
    const values = tf ? layerValues(tf.stats, metric) : [];
    return { t, step: tf?.step ?? 0, name: labels?.[i] ?? (compare ? `Run ${String.fromCharCode(65 + i)}` : ''),
      color: runColor(i), values, bounds: sigmoidBounds(values, activationsOf(configs[t])), readout: ratioReadout(values),
      lines: smoothedLines(histories[t], metric) };
  });
  const boundRuns = runs.filter((r) => r.bounds.some((b) => b !== null));
  const layerCount = Math.max(0, ...runs.map((r) => r.values.length));
  const barRuns: BarRun[] = runs.map((r) => ({ ...r, offset: layerCount - r.values.length }));
  const empty = layerCount === 0;

  const domain = logDomain((function* () {
    for (const r of runs) {
      yield* r.values;
      for (const b of r.bounds) if (b !== null) yield b;
      for (const line of r.lines) for (const point of line) yield point[1];
    }
  })());

  const wide = size.width >= WIDE || (size.width >= MIN_SIDE_BY_SIDE && size.height < size.width * 0.75);
  const innerWidth = Math.max(40, size.width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(60, size.height - MARGIN.top - MARGIN.bottom);
  const barsWidth = wide ? Math.round(innerWidth * 0.56) : innerWidth;
  const barsHeight = wide ? innerHeight : Math.round((innerHeight - PANEL_GAP.stacked) * 0.55);
  const lines = wide
    ? { x: barsWidth + PANEL_GAP.wide, y: 0, width: innerWidth - barsWidth - PANEL_GAP.wide, height: innerHeight }
    : { x: 0, y: barsHeight + PANEL_GAP.stacked, width: innerWidth, height: innerHeight - barsHeight - PANEL_GAP.stacked };
  const yBars = logScale(domain, barsHeight);
  const yLines = logScale(domain, lines.height);
  const x = scaleBand<string>().domain(Array.from({ length: layerCount }, (_, c) => String(c)))
    .range([0, barsWidth]).paddingInner(compare ? 0.28 : 0.35).paddingOuter(0.2);
  const showValues = x.bandwidth() / Math.max(1, runs.length) >= 34;

  const toggle = (c: number) => setHighlightedLayer(highlightedLayer === c ? null : c);
  const step = Math.max(0, ...runs.map((r) => r.step));
  const summary = empty ? 'Per-layer gradient chart: no data yet'
    : `Per-layer gradient, ${METRIC_LABELS[metric]} on a log scale, at step ${formatStep(step)}. ` + runs.map((r) =>
      `${r.name ? `${r.name}: ` : ''}${r.values.map((v, l) => `layer ${layerShortName(l, r.values.length)} ${formatNumber(v)}`).join(', ')}. ${r.readout.sentence}`).join(' ');

  return (
    <figure className="bl-chart bl-lens-gradient" aria-label="Per-layer gradient chart">
      <div className="bl-chart-header">
        <GradientLegend runs={compare || labels ? runs : []}
          bound={boundRuns.length === 0 ? null : compare ? boundRuns.map((r) => r.color) : [BOUND_INK]} />
        <MetricToggle value={metric} onChange={setMetric} />
      </div>
      <div ref={plotRef} className="bl-chart-plot bl-lens-plot">
        <svg width={size.width} height={size.height} role="img" aria-label={summary}>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <Grid y={yBars} width={barsWidth} axis />
            <text className="bl-lens-panel-title" x={0} y={-9}>{`now · step ${formatStep(step)}`}</text>
            <text className="bl-chart-axis-label" transform="rotate(-90)" x={0} y={-38} textAnchor="end">
              {`${METRIC_LABELS[metric]} (log)`}
            </text>
            {!empty && <GradientBars x={x} y={yBars} height={barsHeight} runs={barRuns} layerCount={layerCount}
              highlighted={emphasised} showValues={showValues} />}
            <text className="bl-chart-axis-label" x={barsWidth} y={barsHeight + 31} textAnchor="end">layer</text>
            <g transform={`translate(${lines.x},${lines.y})`}>
              <Grid y={yLines} width={lines.width} axis={!wide} />
              <text className="bl-lens-panel-title" x={0} y={-9}>over steps</text>
              {!empty && <GradientLines width={lines.width} height={lines.height} y={yLines} layerCount={layerCount}
                highlighted={emphasised} runs={runs.map((r, i) => ({ name: r.name, color: r.color, lines: r.lines, offset: barRuns[i].offset }))} />}
            </g>
          </g>
        </svg>
        {!empty && Array.from({ length: layerCount }, (_, c) => {
          const style: CSSProperties = { left: MARGIN.left + (x(String(c)) ?? 0) - (x.step() - x.bandwidth()) / 2,
            top: MARGIN.top, width: x.step(), height: barsHeight + 22 };
          const values = runs.flatMap((r, i) => {
            const l = c - barRuns[i].offset;
            return l < 0 ? [] : [`${r.name ? `${r.name} ` : ''}${formatNumber(r.values[l])}`];
          });
          return (
            <button key={c} type="button" className="bl-lens-hit" style={style} aria-pressed={emphasised === c}
              aria-label={`${layerLongName(c, layerCount)} layer, ${METRIC_LABELS[metric]} ${values.join(', ')}`}
              onClick={() => toggle(c)} />
          );
        })}
        {empty && <p className="bl-chart-empty"><span>Waiting for the network…</span></p>}
      </div>
      {runs.map((r) => (
        <p key={r.t} className={`bl-lens-readout bl-lens-readout-${r.readout.kind}`} data-ratio={r.readout.ratio}>
          {compare && <><span className="bl-lens-readout-run" style={{ color: r.color }}>{r.name}:</span>{' '}</>}
          <Emphasised text={compare ? lowerFirst(r.readout.sentence) : r.readout.sentence} />
        </p>
      ))}
    </figure>
  );
}

/** Decade grid lines, and the labelled log axis when `axis`. */
function Grid({ y, width, axis }: { y: LogScale; width: number; axis: boolean }) {
  const ticks = decadeTicks(y);
  return (
    <>
      {ticks.all.map((t) => <line key={t} x1={0} x2={width} y1={y(t)} y2={y(t)} stroke={GRID} />)}
      {axis && <Axis scale={y} orient="left" tickValues={ticks.labelled} format={formatDecade} />}
    </>
  );
}

/** The sentence with its "N× smaller/larger" in bold. */
function Emphasised({ text }: { text: string }) {
  const m = /\S+(?: (?:million|billion|× 10\S*))?× (?:smaller|larger)/.exec(text);
  if (!m) return text;
  return <>{text.slice(0, m.index)}<strong>{m[0]}</strong>{text.slice(m.index + m[0].length)}</>;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
