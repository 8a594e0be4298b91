/**
 * An axis drawn by d3-axis into a `<g>` that React owns. D3 only fills the group; React
 * decides where it sits. Redrawn after a render only when what it shows changed (its scale's
 * domain and range, its ticks and their labels): d3 rewrites every tick's attributes, and a
 * chart that re-renders with the frames (the gradient chart, 8 times a second) would
 * otherwise restyle and repaint its unchanged axes each time.
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
  const drawn = useRef('');
  useLayoutEffect(() => {
    if (!ref.current) return;
    const shown = axisLook(scale, orient, tickValues, ticks, format, tickSize, hideDomain);
    if (shown === drawn.current && ref.current.childNodes.length > 0) return;
    drawn.current = shown;
    const axis = (orient === 'bottom' ? axisBottom(scale) : axisLeft(scale)).tickSize(tickSize).tickPadding(5);
    if (tickValues) axis.tickValues(tickValues);
    else if (ticks !== undefined) axis.ticks(ticks);
    if (format) axis.tickFormat((value) => format(value));
    const group = select(ref.current).call(axis);
    group.select('.domain').attr('display', hideDomain ? 'none' : null);
  });
  return <g ref={ref} className="bl-chart-axis" transform={`translate(${x},${y})`} />;
}

/** What the axis shows, as a string to compare: scale, ticks, labels and marks. */
function axisLook<D extends AxisDomain>(
  scale: AxisScale<D>,
  orient: string,
  tickValues: D[] | undefined,
  ticks: number | undefined,
  format: ((value: D) => string) | undefined,
  tickSize: number,
  hideDomain: boolean,
): string {
  const withTicks = scale as AxisScale<D> & { ticks?: (count?: number) => D[] };
  const values = tickValues ?? withTicks.ticks?.(ticks) ?? scale.domain();
  const labels = format ? values.map((v) => format(v)) : values.map(String);
  return JSON.stringify([orient, scale.domain().map(String), scale.range(), labels, tickSize, hideDomain]);
}
