import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/engine/layout';
import { NON_FINITE_COLOR, SIGN_COLORS } from '../../../src/views/kit/encodings';
import { MAX_EDGES_PER_LAYER } from '../../../src/views/graph/edgeBuckets';
import { computeLayout } from '../../../src/views/graph/layout';
import { maxEdgeMagnitude } from '../../../src/views/graph/edgeValues';
import { renderEdges, type EdgeRenderOptions } from '../../../src/views/graph/renderEdges';
import { edgeMaxOf } from '../../../src/worker/frames';
import { makeTrainerFrame } from '../fixtures/frame';
import { PLAIN_EDGES } from '../fixtures/edgeOptions';

/** A 2-D context stand-in that counts the segments stroked in each colour. */
function recorder() {
  let pending = 0;
  const segments = new Map<string, number>();
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
    clearRect() {},
    save() {},
    restore() {},
    setLineDash() {},
    beginPath() {
      pending = 0;
    },
    moveTo() {},
    closePath() {},
    fill() {},
    lineTo() {
      pending++;
    },
    stroke() {
      segments.set(ctx.strokeStyle, (segments.get(ctx.strokeStyle) ?? 0) + pending);
    },
  };
  const coloured = () => (segments.get(SIGN_COLORS.negative) ?? 0) + (segments.get(SIGN_COLORS.positive) ?? 0);
  const nonFinite = () => segments.get(NON_FINITE_COLOR) ?? 0;
  return { ctx: ctx as unknown as CanvasRenderingContext2D, coloured, nonFinite };
}

const options: Omit<EdgeRenderOptions, 'scaleMax'> = { ...PLAIN_EDGES, mode: 'gradient' };

describe('renderEdges', () => {
  it('draws vanished gradients as nothing on the linear scale and as visible strokes on the log scale', () => {
    const frame = makeTrainerFrame();
    const slices = layoutOf(frame.layerSizes).layers;
    const [first] = slices;
    // Shrink the first layer's gradients 10⁵-fold: a vanished gradient.
    for (let k = first.w; k < first.b; k++) frame.grads[k] *= 1e-5;
    frame.edgeMax = edgeMaxOf(layoutOf(frame.layerSizes), frame.grads, frame.params); // as the worker reports them
    const scaleMax = maxEdgeMagnitude(frame, 'gradient');
    const layout = computeLayout(frame.layerSizes, 800, 480);
    const linear = recorder();
    renderEdges(linear.ctx, layout, frame, { ...options, scaleMax });
    const log = recorder();
    renderEdges(log.ctx, layout, frame, { ...options, scaleMax, scale: 'log' });
    const edges = slices.reduce((n, s) => n + s.nIn * s.nOut, 0);
    expect(linear.coloured()).toBeLessThanOrEqual(edges - first.nIn * first.nOut);
    expect(log.coloured()).toBeGreaterThan(linear.coloured());
  });

  it('draws only the strongest edges of a dense layer', () => {
    const frame = makeTrainerFrame({ inputSize: 40, hidden: [{ units: 40, activation: 'tanh' }] });
    const r = recorder();
    renderEdges(r.ctx, computeLayout(frame.layerSizes, 800, 480), frame, {
      ...options,
      scale: 'log',
      scaleMax: maxEdgeMagnitude(frame, 'gradient'),
    });
    expect(r.coloured()).toBeLessThanOrEqual(MAX_EDGES_PER_LAYER + 40);
    expect(r.coloured()).toBeGreaterThan(MAX_EDGES_PER_LAYER / 2);
  });

  it('draws an edge whose gradient overflowed (dashed, its own colour) instead of letting it vanish', () => {
    const frame = makeTrainerFrame();
    const [first] = layoutOf(frame.layerSizes).layers;
    frame.grads[first.w] = Infinity;
    frame.grads[first.w + 1] = NaN;
    frame.nonFinite = { params: 0, grads: 2 };
    frame.edgeMax = edgeMaxOf(layoutOf(frame.layerSizes), frame.grads, frame.params);
    const scaleMax = maxEdgeMagnitude(frame, 'gradient');
    // The scale comes from the finite edges: the others keep their widths.
    expect(Number.isFinite(scaleMax) && scaleMax > 0).toBe(true);
    const r = recorder();
    renderEdges(r.ctx, computeLayout(frame.layerSizes, 800, 480), frame, { ...options, scaleMax });
    expect(r.nonFinite()).toBe(2);
    expect(r.coloured()).toBeGreaterThan(0);
  });

  it('does not mark the gradients the step-through has not computed yet', () => {
    const frame = makeTrainerFrame();
    const layers = frame.layerSizes.length - 1;
    frame.grads.fill(NaN);
    frame.computed = {
      z: Array(layers).fill(true),
      a: Array(layers).fill(true),
      delta: Array(layers).fill(false),
      grads: Array(layers).fill(false),
      loss: true,
      update: false,
    };
    const r = recorder();
    renderEdges(r.ctx, computeLayout(frame.layerSizes, 800, 480), frame, { ...options, scaleMax: 1 });
    expect(r.nonFinite()).toBe(0);
  });
});
