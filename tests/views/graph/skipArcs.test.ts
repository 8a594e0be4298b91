/**
 * Skip connections on the graph: one arc per unit of a layer with a skip, over the layer it
 * bypasses, as wide as its gradient on the edges' own scale and coloured by its sign; the
 * pointer finds an arc; a highlighted path's skip hops are drawn on their arcs, not on weights.
 */
import { describe, expect, it } from 'vitest';
import { layoutOf, skipIndex } from '../../../src/engine/layout';
import { SIGN_COLORS, edgeWidthScale } from '../../../src/views/kit/encodings';
import { computeLayout } from '../../../src/views/graph/layout';
import { pathEdges, pathSkips } from '../../../src/views/graph/edgeEmphasis';
import { maxEdgeMagnitude } from '../../../src/views/graph/edgeValues';
import { renderEdges } from '../../../src/views/graph/renderEdges';
import { renderSkips } from '../../../src/views/graph/renderSkips';
import { arcPoint, nearestSkip, skipArc } from '../../../src/views/graph/skipGeometry';
import { tooltipContent } from '../../../src/views/graph/tooltipContent';
import { formatNumber } from '../../../src/views/kit/format';
import { makeTrainerFrame } from '../fixtures/frame';

const SKIP_HIDDEN = [
  { units: 3, activation: 'sigmoid' as const },
  { units: 3, activation: 'sigmoid' as const, skip: true },
  { units: 3, activation: 'sigmoid' as const, skip: true },
];

/** A context stand-in that records each stroked curve: its width, colour and alpha. */
function curveRecorder() {
  const curves: { width: number; colour: string; alpha: number; dashed: boolean }[] = [];
  let curve = false;
  let dash: number[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
    clearRect() {},
    beginPath() {
      curve = false;
    },
    moveTo() {},
    lineTo() {},
    closePath() {},
    fill() {},
    setLineDash(d: number[]) {
      dash = d;
    },
    quadraticCurveTo() {
      curve = true;
    },
    stroke() {
      if (curve)
        curves.push({ width: ctx.lineWidth, colour: ctx.strokeStyle, alpha: ctx.globalAlpha, dashed: dash.length > 0 });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, curves };
}

describe('skip arcs', () => {
  const frame = makeTrainerFrame({ hidden: SKIP_HIDDEN });
  const layout = computeLayout(frame.layerSizes, 800, 480);
  const scaleMax = maxEdgeMagnitude(frame, 'gradient');
  const width = edgeWidthScale('linear', scaleMax, { maxWidth: layout.maxEdgeWidth });

  it('one coloured arc per unit of each layer with a skip, as wide as |∂L/∂s| on the edges’ scale', () => {
    expect(frame.skips).toEqual([false, true, true, false]);
    const r = curveRecorder();
    renderSkips(r.ctx, layout, frame, { mode: 'gradient', width, dimmed: () => false, emphasised: new Set() });
    const grey = 'rgb(120, 124, 135)';
    const coloured = r.curves.filter((c) => c.colour !== grey);
    const skeleton = r.curves.filter((c) => c.colour === grey && c.dashed);
    expect(skeleton).toHaveLength(6);
    const skipLayout = layoutOf(frame.layerSizes, frame.skips);
    const expected = [1, 2].flatMap((l) => [0, 1, 2].map((j) => frame.skipGrads[skipIndex(skipLayout, l, j)]));
    const drawn = expected.filter((g) => width(g) > 0);
    expect(coloured).toHaveLength(drawn.length);
    coloured.forEach((c, k) => {
      expect(c.width).toBeCloseTo(width(drawn[k]), 12);
      expect(c.colour).toBe(drawn[k] > 0 ? SIGN_COLORS.positive : SIGN_COLORS.negative);
      // Sign by dash as well as colour: a negative skip is dashed.
      expect(c.dashed).toBe(drawn[k] < 0);
    });
    // The skips' gradients count in the layer's largest edge, so none is wider than the scale allows.
    expect(Math.max(...coloured.map((c) => c.width))).toBeLessThanOrEqual(layout.maxEdgeWidth + 1e-9);
  });

  it('in |w| mode every skip shows its fixed weight 1; renderEdges draws the arcs too', () => {
    const r = curveRecorder();
    renderEdges(r.ctx, layout, frame, {
      mode: 'weight',
      scale: 'linear',
      scaleMax: maxEdgeMagnitude(frame, 'weight'),
      highlightedLayer: null,
      focusLayers: null,
      path: null,
      selected: null,
      hovered: null,
    });
    const wMax = maxEdgeMagnitude(frame, 'weight');
    const arcs = r.curves.filter((c) => !c.dashed);
    expect(arcs).toHaveLength(6);
    arcs.forEach((c) => expect(c.width).toBeCloseTo((1 / wMax) * layout.maxEdgeWidth, 9));
  });

  it('an arc bows above the straight edge between the same two units, and the pointer finds it', () => {
    const arc = skipArc(layout, 1, 2);
    const [mx, my] = arcPoint(arc, 0.5);
    expect(my).toBeLessThan(layout.unitY[2][2] - layout.radius);
    expect(nearestSkip(layout, frame.skips, mx, my)).toMatchObject({ layer: 1, unit: 2 });
    expect(nearestSkip(layout, frame.skips, mx, layout.unitY[2][2] + 40)).toBeNull();
    expect(nearestSkip(layout, [false, false, false, false], mx, my)).toBeNull();
  });

  it('a highlighted path runs along its weights and its skip arcs', () => {
    const path = { layer: 0, from: 1, units: [2, 2, 0, 0], skips: [true, false, false] };
    expect(pathEdges(path)).toEqual([
      { layer: 0, to: 2, from: 1 },
      { layer: 2, to: 0, from: 2 },
      { layer: 3, to: 0, from: 0 },
    ]);
    expect([...pathSkips(path)]).toEqual(['1:2']);
  });

  it('the tooltip of a skip says what it does, its fixed weight and its gradient', () => {
    const c = tooltipContent({ kind: 'skip', layer: 2, unit: 1 }, frame, ['sigmoid', 'sigmoid', 'sigmoid', 'sigmoid']);
    expect(c.title).toBe('skip from O_{2 2} to O_{3 2}');
    const k = skipIndex(layoutOf(frame.layerSizes, frame.skips), 2, 1);
    expect(c.rows).toContainEqual(['∂L/∂s', formatNumber(frame.skipGrads[k])]);
    expect(c.rows).toContainEqual(['weight', '1 (fixed)']);
    expect(c.note).toMatch(/no f′ factor/);
  });
});
