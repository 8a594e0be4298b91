/** The log y axis the gradient chart's two panels share: whole decades, thinned to fit. */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';

export type LogScale = ScaleLogarithmic<number, number>;

/** Pixels at least between two labelled decades. */
const MIN_DECADE_GAP = 16;

export function logScale(domain: [number, number], height: number): LogScale {
  return scaleLog().domain(domain).range([height, 0]).clamp(true);
}

/** Every decade of the domain (for grid lines) and the ones that get a label. */
export function decadeTicks(y: LogScale): { all: number[]; labelled: number[] } {
  const [lo, hi] = y.domain().map((d) => Math.round(Math.log10(d)));
  const all: number[] = [];
  for (let k = lo; k <= hi; k++) all.push(10 ** k);
  const perDecade = Math.abs(y.range()[0] - y.range()[1]) / Math.max(1, hi - lo);
  const every = Math.max(1, Math.ceil(MIN_DECADE_GAP / perDecade));
  // Thin from the top so the largest decade (the one next to the last layer) keeps its label.
  const labelled = all.filter((_, k) => (all.length - 1 - k) % every === 0);
  return { all, labelled };
}
