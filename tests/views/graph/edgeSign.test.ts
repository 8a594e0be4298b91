import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/engine/layout';
import { SIGN_COLORS, signDash } from '../../../src/views/kit/encodings';
import { computeLayout } from '../../../src/views/graph/layout';
import { maxEdgeMagnitude } from '../../../src/views/graph/edgeValues';
import { renderEdges } from '../../../src/views/graph/renderEdges';
import { edgeMaxOf } from '../../../src/worker/frames';
import { makeTrainerFrame } from '../fixtures/frame';

/** A 2-D context stand-in that records, per stroke, its colour and whether it was dashed. */
function dashRecorder() {
  let dash: number[] = [];
  const strokes: { colour: string; dashed: boolean }[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
    clearRect() {},
    save() {},
    restore() {},
    setLineDash(d: number[]) {
      dash = [...d];
    },
    beginPath() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
    fill() {},
    stroke() {
      strokes.push({ colour: ctx.strokeStyle, dashed: dash.length > 0 });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes };
}

describe('edge sign, not by colour alone', () => {
  it('dashes negative edges and draws positive ones solid', () => {
    const frame = makeTrainerFrame();
    frame.edgeMax = edgeMaxOf(layoutOf(frame.layerSizes), frame.grads, frame.params);
    const layout = computeLayout(frame.layerSizes, 800, 480);
    const { ctx, strokes } = dashRecorder();
    renderEdges(ctx, layout, frame, {
      mode: 'weight',
      scale: 'linear',
      highlightedLayer: null,
      focusLayers: null,
      path: null,
      selected: { layer: 0, to: 0, from: 0 },
      hovered: null,
      scaleMax: maxEdgeMagnitude(frame, 'weight'),
    });
    const negative = strokes.filter((s) => s.colour === SIGN_COLORS.negative);
    const positive = strokes.filter((s) => s.colour === SIGN_COLORS.positive);
    expect(negative.length).toBeGreaterThan(0);
    expect(positive.length).toBeGreaterThan(0);
    expect(negative.every((s) => s.dashed)).toBe(true);
    expect(positive.every((s) => !s.dashed)).toBe(true);
  });

  it('keeps the gaps open under round caps at every width', () => {
    for (const w of [0.6, 2, 8]) {
      const [on, off] = signDash(-1, w);
      expect(off - w).toBeGreaterThan(2); // the visible gap once the caps eat w
      expect(on).toBeGreaterThan(off - w);
    }
    expect(signDash(0.3, 4)).toEqual([]);
  });
});
