/** The gradient chart's lines as numbers: a series per layer from the history, and where one overflowed. */
import { describe, expect, it } from 'vitest';
import { GradientHistory } from '../../../src/store/gradientHistory';
import { LAYER_STAT_FIELDS } from '../../../src/store/options';
import { overflowStarts, smoothedLines } from '../../../src/views/lens/lineSeries';

/** Stats of one step for `layers` layers, every field of layer l set to values[l]. */
const stats = (values: number[]) => values.flatMap((v) => LAYER_STAT_FIELDS.map(() => v));

describe('smoothedLines', () => {
  it('has no lines before the history has a point', () => {
    expect(smoothedLines(undefined, 'meanAbsGrad')).toEqual([]);
    expect(smoothedLines(new GradientHistory(2), 'meanAbsGrad')).toEqual([]);
  });

  it('gives one line per layer, a point per recorded step', () => {
    const history = new GradientHistory(2);
    history.push(1, stats([0.1, 1]));
    history.push(2, stats([0.2, 2]));
    history.push(3, stats([0.4, 4]));
    // Three points: the smoothing window (about 5% of the run) is still a single point.
    expect(smoothedLines(history, 'meanAbsGrad')).toEqual([
      [
        [1, 0.1],
        [2, 0.2],
        [3, 0.4],
      ],
      [
        [1, 1],
        [2, 2],
        [3, 4],
      ],
    ]);
  });
});

describe('overflowStarts', () => {
  it('marks the first point of each stretch of ±∞ or NaN, once per stretch', () => {
    const series: [number, number][] = [
      [1, 0.5],
      [2, Infinity],
      [3, NaN],
      [4, 0.3],
      [5, -Infinity],
    ];
    expect(overflowStarts(series)).toEqual([
      [2, Infinity],
      [5, -Infinity],
    ]);
    expect(overflowStarts([[1, 0.5]])).toEqual([]);
  });
});
