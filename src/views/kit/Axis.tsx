/**
 * An axis drawn by d3-axis into a `<g>` that React owns. D3 only fills the group; React
 * decides where it sits. Redrawn after every render, which is cheap (a handful of ticks).
 */
import { axisBottom, axisLeft, type AxisDomain, type AxisScale } from 'd3-axis';
import { select } from 'd3-selection';
import { useLayoutEffect, useRef } from 'react';

export interface AxisProps<D extends AxisDomain> {
  scale: AxisScale<D>;
  orient: 'bottom' | 'left';
  /** Translation of the group, in px. */
  x?: number;
  y?: number;
  tickValues?: D[];
  ticks?: number;
  format?: (value: D) => string;
  /** Length of the tick marks (negative to draw grid lines across the plot). */
  tickSize?: number;
  /** Leave out the axis line (when the plot draws its own frame). */
  hideDomain?: boolean;
}

export function Axis<D extends AxisDomain>({
  scale,
  orient,
  x = 0,
  y = 0,
  tickValues,
  ticks,
  format,
  tickSize = 4,
  hideDomain = false,
}: AxisProps<D>) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const axis = (orient === 'bottom' ? axisBottom(scale) : axisLeft(scale)).tickSize(tickSize).tickPadding(5);
    if (tickValues) axis.tickValues(tickValues);
    else if (ticks !== undefined) axis.ticks(ticks);
    if (format) axis.tickFormat((value) => format(value));
    const group = select(ref.current).call(axis);
    group.select('.domain').attr('display', hideDomain ? 'none' : null);
  });
  return <g ref={ref} className="bl-chart-axis" transform={`translate(${x},${y})`} />;
}
