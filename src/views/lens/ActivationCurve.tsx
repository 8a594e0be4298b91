/**
 * The activation curve of one layer: f(z) above, f′(z) below, the saturated z-ranges
 * shaded (|f′| < 1% of its maximum, the engine's definition), the maximum of f′ labelled
 * (0.25 for sigmoid), and every unit's current z on the probe example as a dot on both
 * curves. React draws the curves; the dots move per animation frame through refs.
 * The layer is the highlighted one (gradient chart, graph), else the last one picked
 * here or in the graph, else the first hidden layer.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, useRef, useState } from 'react';
import { GRID } from '../charts/chartTheme';
import { Axis } from '../kit/Axis';
import { NON_FINITE_MARK, formatNumber } from '../kit/format';
import { ACTIVATION_LABELS } from '../kit/labels';
import { layerLongName, layerTitle } from '../kit/names';
import { useChartMargin } from '../kit/chartScale';
import { useElementSize } from '../kit/useElementSize';
import { useFrameDraw } from '../kit/useFrameDraw';
import { placeDots } from './activationDots';
import { DOTS_DRAW_COST, paintDots } from './paintDots';
import { prepareCanvas } from '../kit/canvas';
import { setRepaint } from '../kit/repaint';
// prettier-ignore
import { MAX_HALF_RANGE, MIN_HALF_RANGE, nextHalfRange, paddedExtent, sampleCurve, saturatedRegions } from './activationGeometry';
import { CurveLegend, SaturatedRing } from './CurveLegend';
import { SaturatedRegions } from './SaturatedRegions';
import { UnitDots } from './UnitDots';
import { useCurveLayer } from './useCurveLayer';
import { ActivationTable } from './ActivationTable';
import '../charts/charts.css';
import './lens.css';

const MARGIN = { top: 14, right: 16, bottom: 34, left: 50 };
const PANEL_GAP = 22;
const DOT_R = 4.5;

export function ActivationCurve({ trainer = 0 }: { trainer?: number }) {
  const { activations, layerCount, layer, act, units, selectedUnit, choose } = useCurveLayer(trainer);
  const [half, setHalf] = useState(MIN_HALF_RANGE);
  const [plotRef, size] = useElementSize<HTMLDivElement>({ width: 420, height: 300 });
  const selectId = useId();
  const fRefs = useRef<(SVGGElement | null)[]>([]);
  const dRefs = useRef<(SVGGElement | null)[]>([]);
  const svgRef = useRef<SVGSVGElement>(null);
  const dotCanvasRef = useRef<HTMLCanvasElement>(null);
  const readoutRef = useRef<HTMLParagraphElement>(null);

  const summary = `${ACTIVATION_LABELS[act.name]} f(z) and f′(z) for the ${layerLongName(layer, layerCount).toLowerCase()} layer; maximum f′ = ${formatNumber(act.dfMax)}`;

  const margin = useChartMargin(MARGIN);
  const innerWidth = Math.max(60, size.width - margin.left - margin.right);
  const innerHeight = Math.max(80, size.height - margin.top - margin.bottom);
  const fHeight = Math.round((innerHeight - PANEL_GAP) * 0.5);
  const dTop = fHeight + PANEL_GAP;
  const dHeight = innerHeight - dTop;
  const samples = sampleCurve(act, half);
  const x = scaleLinear().domain([-half, half]).range([0, innerWidth]);
  const yF = scaleLinear().domain(paddedExtent(samples.f, 0.08)).range([fHeight, 0]);
  const [, dMax] = paddedExtent(samples.df, 0, [0, act.dfMax]);
  const yD = scaleLinear()
    .domain([0, dMax * 1.22])
    .range([dHeight, 0]);
  const regions = saturatedRegions(act, half);
  const peakZ = samples.df.reduce((best, p) => (p[1] > best[1] + 1e-12 ? p : best), samples.df[0])[0];
  const curve = (y: (v: number) => number) =>
    line<[number, number]>()
      .x(([z]) => x(z))
      .y(([, v]) => y(v));

  useFrameDraw((frame, text) => {
    const tf = frame.trainers[trainer];
    if (!tf || layer + 1 >= tf.layerSizes.length) return;
    const dots = { f: fRefs.current, df: dRefs.current };
    const canvas = dotCanvasRef.current;
    const ctx = canvas ? prepareCanvas(canvas, size.width, size.height) : null;
    const placed = placeDots(tf, layer, units, act, { x, yF, yD, half }, dots, text, ctx !== null);
    const { maxAbsZ, saturated, units: n, overflowed, visible } = placed;
    const where = { left: margin.left, top: margin.top, dTop, radius: DOT_R, selectedUnit };
    if (ctx) paintDots(ctx, where, visible);
    setRepaint(canvas, (target) => paintDots(target, where, visible));
    const next = nextHalfRange(maxAbsZ, half);
    if (next !== half) setHalf(next);
    if (!text) return;
    const sentence =
      `${saturated} of ${n} units saturated (probe example).` +
      (overflowed > 0 ? ` ${NON_FINITE_MARK} ${overflowed} overflowed (z is ∞ or NaN, not a number).` : '');
    if (readoutRef.current) readoutRef.current.textContent = sentence;
    svgRef.current?.setAttribute(
      'aria-label',
      `${summary}, z from ${formatNumber(-half)} to ${formatNumber(half)}. ${sentence.replace('(probe example)', 'on the probe example (|f′| < 1% of its maximum)')}`,
    );
  }, DOTS_DRAW_COST);

  return (
    <figure className="bl-chart bl-lens-activation" aria-label="Activation curve">
      <div className="bl-chart-header">
        <label className="bl-lens-select" htmlFor={selectId}>
          Layer
        </label>
        <select
          id={selectId}
          value={layer}
          disabled={layerCount === 0}
          onChange={(e) => choose(Number(e.target.value))}
        >
          {activations.map((a, l) => (
            <option key={l} value={l}>
              {layerTitle(l, layerCount, a)}
            </option>
          ))}
        </select>
        <CurveLegend />
      </div>
      {act.name === 'softmax' && (
        <p className="bl-lens-softmax-note" data-testid="softmax-curve-note">
          A softmax has no curve of its own: each output ŷ<sub>m</sub> = e<sup>z_m</sup> / Σ<sub>k</sub> e<sup>z_k</sup>{' '}
          depends on every output&apos;s z. Its slope ∂ŷ<sub>m</sub>/∂z<sub>m</sub> = ŷ<sub>m</sub>(1 − ŷ<sub>m</sub>)
          is at most 0.25, yet with cross-entropy the error at the logits is simply ŷ − y: it never saturates.
        </p>
      )}
      <div ref={plotRef} className="bl-chart-plot bl-lens-plot" hidden={act.name === 'softmax'}>
        <svg ref={svgRef} width={size.width} height={size.height} role="img" aria-label={summary}>
          <g transform={`translate(${margin.left},${margin.top})`}>
            <SaturatedRegions
              regions={regions}
              x={x}
              fHeight={fHeight}
              dTop={dTop}
              dHeight={dHeight}
              inactive={act.name === 'relu'}
            />
            <line x1={x(0)} x2={x(0)} y1={0} y2={fHeight} stroke={GRID} />
            <line x1={x(0)} x2={x(0)} y1={dTop} y2={innerHeight} stroke={GRID} />
            <Axis scale={yF} orient="left" ticks={3} format={(v) => formatNumber(Number(v))} />
            <Axis
              scale={x}
              orient="bottom"
              y={fHeight}
              ticks={Math.max(3, Math.floor(innerWidth / 60))}
              format={() => ''}
            />
            <path d={curve(yF)(samples.f) ?? undefined} fill="none" className="bl-lens-curve-f" strokeWidth={2} />
            <text className="bl-chart-axis-label" transform="rotate(-90)" x={-fHeight / 2} y={-36} textAnchor="middle">
              f(z)
            </text>
            <g transform={`translate(0,${dTop})`}>
              <Axis scale={yD} orient="left" ticks={3} format={(v) => formatNumber(Number(v))} />
              <Axis
                scale={x}
                orient="bottom"
                y={dHeight}
                ticks={Math.max(3, Math.floor(innerWidth / 60))}
                format={(v) => formatNumber(Number(v))}
              />
              <line className="bl-lens-max" x1={0} x2={innerWidth} y1={yD(act.dfMax)} y2={yD(act.dfMax)} />
              <text className="bl-lens-max-label" x={Math.min(x(peakZ) + 8, innerWidth - 90)} y={yD(act.dfMax) - 5}>
                {`max f′ = ${formatNumber(act.dfMax)}`}
              </text>
              <path d={curve(yD)(samples.df) ?? undefined} fill="none" className="bl-lens-curve-df" strokeWidth={2} />
              <text
                className="bl-chart-axis-label"
                transform="rotate(-90)"
                x={-dHeight / 2}
                y={-36}
                textAnchor="middle"
              >
                f′(z)
              </text>
              <text className="bl-chart-axis-label" x={innerWidth} y={dHeight + 30} textAnchor="end">
                {half >= MAX_HALF_RANGE ? 'z (dots beyond the edge are pinned to it)' : 'z'}
              </text>
            </g>
            <g className="bl-lens-dots" data-panel="f">
              <UnitDots units={units} selectedUnit={selectedUnit} radius={DOT_R} groups={fRefs} />
            </g>
            <g className="bl-lens-dots" data-panel="df" transform={`translate(0,${dTop})`}>
              <UnitDots units={units} selectedUnit={selectedUnit} radius={DOT_R} groups={dRefs} />
            </g>
          </g>
        </svg>
        <canvas ref={dotCanvasRef} className="bl-lens-dot-canvas" aria-hidden="true" />
      </div>
      <p className="bl-lens-caption-row">
        <SaturatedRing />
        <span ref={readoutRef} className="bl-lens-caption" />
      </p>
      <ActivationTable trainer={trainer} layer={layer} />
    </figure>
  );
}
