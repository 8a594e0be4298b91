import { describe, expect, it } from 'vitest';
import { nearestEdge, pointToSegmentDistance } from '../../../src/views/graph/hitTest';
import { computeLayout, edgeSegment } from '../../../src/views/graph/layout';

describe('edge hit-testing', () => {
  const layout = computeLayout([2, 3, 1], 600, 400);

  it('measures the distance to a segment, clamped at its ends', () => {
    expect(pointToSegmentDistance(5, 3, 0, 0, 10, 0)).toBeCloseTo(3);
    expect(pointToSegmentDistance(-4, 3, 0, 0, 10, 0)).toBeCloseTo(5);
    expect(pointToSegmentDistance(1, 1, 2, 2, 2, 2)).toBeCloseTo(Math.SQRT2);
  });

  it('picks the edge under the pointer, and the nearest of two close ones', () => {
    for (const [layer, to, from] of [
      [0, 2, 1],
      [0, 0, 0],
      [1, 0, 2],
    ]) {
      const [x1, y1, x2, y2] = edgeSegment(layout, layer, to, from);
      const hit = nearestEdge(layout, x1 + 0.3 * (x2 - x1), y1 + 0.3 * (y2 - y1) + 1);
      expect(hit).toMatchObject({ layer, to, from });
    }
  });

  it('returns null away from every edge', () => {
    expect(nearestEdge(layout, layout.columnX[0] - 30, 5)).toBeNull();
    const [x1, y1] = edgeSegment(layout, 0, 0, 0);
    expect(nearestEdge(layout, x1 + 40, y1 - 200)).toBeNull();
  });
});
