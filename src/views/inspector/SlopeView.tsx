/**
 * The loss as a function of this weight alone (the others held fixed), its tangent at
 * the current value, and an arrow to w − η·∂L/∂w whose length is the actual step. D3
 * computes the scales, the curve's path and the axes; React owns every element.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { useId, useLayoutEffect, useRef } from 'react';
import { Section } from './parts';
import { slopeTable } from './slopeWords';
import { ChartWords } from '../kit/ChartWords';
import { directionText, slopeGeometry } from './slopeGeometry';
import { texNum } from './texFormat';
import { Tex } from '../kit/Tex';
import { formatShown } from '../kit/format';

export interface SlopeViewProps {
  ws: ArrayLike<number>;
  losses: ArrayLike<number>;
  w: number;
  grad: number;
  learningRate: number;
  /** The stepper has not computed ∂L/∂w yet: draw the curve only. */
  pending?: boolean;
}

const W = 340;
const H = 210;
// Left: room for a 12 px tick label such as "1.50×10⁻⁷".
const M = { top: 14, right: 14, bottom: 40, left: 66 };
/** An arrow shorter than this (px) is drawn as a dot and its step given in words. */
const MIN_ARROW_PX = 3;

export function SlopeView({ ws, losses, w, grad, learningRate, pending = false }: SlopeViewProps) {
  const id = useId().replace(/:/g, '');
  const g = slopeGeometry({ ws, losses, w, grad: pending ? 0 : grad, learningRate });
  const x = scaleLinear()
    .domain(g.xDomain)
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain(g.yDomain)
    .range([H - M.bottom, M.top]);
  const points = Array.from({ length: ws.length }, (_, k) => [ws[k], losses[k]] as [number, number]);
  const curve =
    line()
      .defined(([, l]) => Number.isFinite(l))
      .x(([v]) => x(v))
      .y(([, l]) => y(l))(points) ?? '';
  const arrowPx = Math.abs(x(g.wNew) - x(w));
  const showStep = !pending && g.direction !== 'none';
  const arrowColor = g.overshoot ? 'var(--insp-bad)' : 'var(--insp-step)';

  return (
    <Section title="Slope: the loss against this weight alone">
      <svg
        className="insp-slope"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={pending ? 'Loss against w' : `Loss against w; ${directionText(g)}`}
      >
        <defs>
          <clipPath id={`${id}-clip`}>
            <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} />
          </clipPath>
          <marker
            id={`${id}-head`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={arrowColor} />
          </marker>
        </defs>
        <AxisGroup scale={x} orient="bottom" offset={H - M.bottom} />
        <AxisGroup scale={y} orient="left" offset={M.left} />
        <text className="insp-axis-label" x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">
          w
        </text>
        <text className="insp-axis-label" x={12} y={M.top + 8} textAnchor="middle">
          L
        </text>
        <g clipPath={`url(#${id}-clip)`}>
          <path className="insp-curve" d={curve} />
          {!pending && (
            <line
              className="insp-tangent"
              data-testid="tangent"
              x1={x(g.tangent.x1)}
              y1={y(g.tangent.y1)}
              x2={x(g.tangent.x2)}
              y2={y(g.tangent.y2)}
            />
          )}
          {showStep && g.lossNew !== null && (
            <line className="insp-drop" x1={x(g.wNew)} x2={x(g.wNew)} y1={y(g.loss)} y2={y(g.lossNew)} />
          )}
          {showStep && arrowPx >= MIN_ARROW_PX && (
            <line
              data-testid="step-arrow"
              x1={x(w)}
              y1={y(g.loss)}
              x2={x(g.wNew)}
              y2={y(g.loss)}
              stroke={arrowColor}
              strokeWidth={2.5}
              markerEnd={`url(#${id}-head)`}
            />
          )}
          {showStep && g.lossNew !== null && (
            <circle
              className={g.overshoot ? 'insp-new insp-new-bad' : 'insp-new'}
              cx={x(g.wNew)}
              cy={y(g.lossNew)}
              r={4.5}
            />
          )}
          <circle className="insp-now" cx={x(w)} cy={y(g.loss)} r={5} />
        </g>
      </svg>
      <div className="insp-slope-legend">
        <span>
          <i className="insp-key insp-key-curve" /> loss
        </span>
        {!pending && (
          <span>
            <i className="insp-key insp-key-tangent" /> tangent, slope{' '}
            <Tex tex={`\\tfrac{\\partial L}{\\partial w} = ${texNum(grad)}`} />
          </span>
        )}
        {showStep && (
          <span>
            <i className="insp-key insp-key-step" style={{ background: arrowColor }} /> step{' '}
            <Tex tex="-\eta\,\tfrac{\partial L}{\partial w}" />
          </span>
        )}
      </div>
      {pending ? (
        <p className="insp-pending-note">The tangent and the step appear once the backward pass has computed ∂L/∂w.</p>
      ) : (
        <>
          <p className={`insp-direction insp-direction-${g.direction}`} data-testid="slope-direction">
            {directionText(g)}
          </p>
          {showStep && arrowPx < MIN_ARROW_PX && (
            <p className="insp-note">The step Δw = {formatShown(g.step)} is too small to see at this scale.</p>
          )}
          {g.overshoot && (
            <p className="insp-warning">
              The learning rate is too large: the step overshoots. The loss at the new w (
              {formatShown(g.lossNew ?? NaN)}) is higher than now ({formatShown(g.loss)}).
            </p>
          )}
          {g.extended && (
            <p className="insp-note">
              The w-axis was widened so the whole step fits; the loss there lies beyond the computed curve.
            </p>
          )}
        </>
      )}
      {/* The direction sentence above is the chart's sentence. */}
      <ChartWords name="slope view" summary={null} table={() => slopeTable(ws, losses, w, g, pending)} />
    </Section>
  );
}

function AxisGroup({
  scale,
  orient,
  offset,
}: {
  scale: ScaleLinear<number, number>;
  orient: 'bottom' | 'left';
  offset: number;
}) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const axis = orient === 'bottom' ? axisBottom(scale).ticks(5) : axisLeft(scale).ticks(4);
    axis
      .tickSize(4)
      .tickPadding(4)
      .tickFormat((v) => formatShown(Number(v)));
    select(ref.current).call(axis);
  });
  return (
    <g
      ref={ref}
      className="insp-axis"
      transform={orient === 'bottom' ? `translate(0,${offset})` : `translate(${offset},0)`}
    />
  );
}
