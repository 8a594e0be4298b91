import { describe, expect, it } from 'vitest';
import { directionText, interpolateCurve, slopeGeometry } from '../../../src/views/inspector/slopeGeometry';
import { inspectorFixture } from './fixture';

/** A parabola L = (w − 1)² sampled on [−2, 4]. */
function parabola(n = 61) {
  const ws = Float64Array.from({ length: n }, (_, k) => -2 + (6 * k) / (n - 1));
  return { ws, losses: ws.map((w) => (w - 1) ** 2) };
}

describe('slopeGeometry', () => {
  it('draws the tangent with slope ∂L/∂w through the current point', () => {
    const { ws, losses } = parabola();
    for (const [w, grad] of [
      [0, -2],
      [2.5, 3],
      [1, 0],
    ] as const) {
      const g = slopeGeometry({ ws, losses, w, grad, learningRate: 0.1 });
      const slope = (g.tangent.y2 - g.tangent.y1) / (g.tangent.x2 - g.tangent.x1);
      expect(slope).toBeCloseTo(grad, 12);
      // The tangent passes through (w, L(w)).
      expect(g.tangent.y1 + grad * (w - g.tangent.x1)).toBeCloseTo(g.loss, 12);
      expect(g.loss).toBeCloseTo((w - 1) ** 2, 2);
    }
  });

  it('uses the real weight gradient as the slope on an engine curve', () => {
    const fx = inspectorFixture({ weight: { layer: 1, to: 0, from: 1 } });
    const r = fx.frame.weight!;
    const g = slopeGeometry({
      ws: r.curve.ws,
      losses: r.curve.losses,
      w: r.value,
      grad: r.gradExample,
      learningRate: 0.1,
    });
    expect((g.tangent.y2 - g.tangent.y1) / (g.tangent.x2 - g.tangent.x1)).toBeCloseTo(r.gradExample, 12);
    // The sampled curve agrees with the tangent near w: a central difference matches ∂L/∂w.
    const h = 1e-3;
    const fd =
      (interpolateCurve(r.curve.ws, r.curve.losses, r.value + h)! -
        interpolateCurve(r.curve.ws, r.curve.losses, r.value - h)!) /
      (2 * h);
    expect(fd).toBeCloseTo(r.gradExample, 2);
  });

  it('points right for a negative slope and left for a positive one, with the step η·∂L/∂w', () => {
    const { ws, losses } = parabola();
    const right = slopeGeometry({ ws, losses, w: 0, grad: -2, learningRate: 0.1 });
    expect(right.direction).toBe('right');
    expect(right.wNew).toBeCloseTo(0.2, 12);
    expect(right.step).toBeCloseTo(0.2, 12);
    expect(directionText(right)).toBe('slope negative → w increases');
    const left = slopeGeometry({ ws, losses, w: 2.5, grad: 3, learningRate: 0.1 });
    expect(left.direction).toBe('left');
    expect(left.wNew).toBeCloseTo(2.2, 12);
    expect(directionText(left)).toBe('slope positive → w decreases');
    expect(right.overshoot || left.overshoot).toBe(false);
  });

  it('says w stays at a minimum', () => {
    const { ws, losses } = parabola();
    const g = slopeGeometry({ ws, losses, w: 1, grad: 0, learningRate: 0.1 });
    expect(g.direction).toBe('none');
    expect(g.wNew).toBe(1);
    expect(directionText(g)).toBe('slope ≈ 0: at a minimum, w stays');
  });

  it('flags an overshoot when the new loss is higher, and widens the axis to keep the arrow', () => {
    const { ws, losses } = parabola();
    // η = 1.5 on L = (w − 1)²: from 0 the step is +3, to w = 3 where L = 4 > 1.
    const g = slopeGeometry({ ws, losses, w: 0, grad: -2, learningRate: 1.5 });
    expect(g.overshoot).toBe(true);
    expect(g.lossNew).toBeCloseTo(4, 2);
    const far = slopeGeometry({ ws, losses, w: 0, grad: -2, learningRate: 10 });
    expect(far.extended).toBe(true);
    expect(far.xDomain[1]).toBeGreaterThan(far.wNew);
    expect(far.lossNew).toBeNull();
  });
});
