import { describe, expect, it } from 'vitest';
import { layoutOf, unitIndex } from '../../../src/engine/layout';
import { valueColor } from '../../../src/views/kit/encodings';
import { computeLayout } from '../../../src/views/graph/layout';
import { paintNodes, paintsNodes } from '../../../src/views/graph/paintNodes';
import { makeTrainerFrame } from '../fixtures/frame';

/** A 2-D context stand-in that records each fill: its colour, alpha and the circles' centres. */
function recorder() {
  let pending: string[] = [];
  const fills: { style: string; alpha: number; centres: string[] }[] = [];
  let strokes = 0;
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    save() {},
    restore() {},
    setLineDash() {},
    beginPath() {
      pending = [];
    },
    moveTo() {},
    lineTo() {},
    closePath() {},
    arc(x: number, y: number) {
      pending.push(`${x.toFixed(2)},${y.toFixed(2)}`);
    },
    fill() {
      fills.push({ style: ctx.fillStyle, alpha: ctx.globalAlpha, centres: pending });
    },
    stroke() {
      strokes++;
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills, strokes: () => strokes };
}

const hidden = Array.from({ length: 12 }, () => ({ units: 64, activation: 'tanh' as const }));

describe('paintNodes', () => {
  it('paints a 12 × 64 network with one fill per shade used, each node once, in its own shade', () => {
    const frame = makeTrainerFrame({ hidden, seed: 3 });
    const layout = computeLayout(frame.layerSizes, 1100, 700);
    expect(paintsNodes(frame.layerSizes)).toBe(true);
    const r = recorder();
    paintNodes(r.ctx, layout, frame, { values: frame.params, scale: 'linear', scaleMax: 1, dimmed: null });
    const params = layoutOf(frame.layerSizes);
    const units = frame.layerSizes.reduce((a, b) => a + b, 0);
    // Every node is filled exactly once…
    const painted = r.fills.flatMap((f) => f.centres);
    expect(painted).toHaveLength(units);
    expect(new Set(painted).size).toBe(units);
    // …one fill per shade, not per shade per column (hundreds at this size)…
    const styles = r.fills.map((f) => f.style);
    expect(new Set(styles).size).toBe(styles.length);
    expect(r.fills.length).toBeLessThanOrEqual(50);
    // …and one outline stroke for the inputs, one for the rest.
    expect(r.strokes()).toBe(2);
    // Each node has the palette's colour of its activation (quantised to 24 shades a side).
    const colourAt = new Map(r.fills.flatMap((f) => f.centres.map((c) => [c, f.style] as const)));
    frame.layerSizes.slice(1).forEach((n, l) => {
      for (let j = 0; j < n; j++) {
        const a = frame.probe.a[unitIndex(params, l, j)];
        const c = `${layout.columnX[l + 1].toFixed(2)},${layout.unitY[l + 1][j].toFixed(2)}`;
        expect(colourAt.get(c)).toBe(valueColor(Math.round(a * 24) / 24));
      }
    });
  });

  it('draws dimmed columns faint and the others at full strength', () => {
    const frame = makeTrainerFrame({ hidden, seed: 3 });
    const layout = computeLayout(frame.layerSizes, 1100, 700);
    const r = recorder();
    paintNodes(r.ctx, layout, frame, { values: frame.params, scale: 'linear', scaleMax: 1, dimmed: [-1, 0] });
    const faint = r.fills.filter((f) => f.alpha < 1).flatMap((f) => f.centres);
    const xs = new Set(faint.map((c) => c.split(',')[0]));
    expect(xs).toEqual(new Set([layout.columnX[0].toFixed(2), layout.columnX[1].toFixed(2)]));
    expect(faint).toHaveLength(frame.layerSizes[0] + frame.layerSizes[1]);
    expect(r.fills.flatMap((f) => f.centres)).toHaveLength(frame.layerSizes.reduce((a, b) => a + b, 0));
  });
});
