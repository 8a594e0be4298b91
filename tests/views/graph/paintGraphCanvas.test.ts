/**
 * The graph has one canvas: a frame paints its edges and then, on a network of many units,
 * its nodes over them, on a cleared canvas; the export replays the same picture. (Each
 * canvas update costs the page a commit of its pixels, so the nodes no longer have their own.)
 */
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/views/graph/layout';
import { paintGraphCanvas, type GraphPaintOptions } from '../../../src/views/graph/paintGraph';
import { paintsNodes } from '../../../src/views/graph/paintNodes';
import { repaintOf } from '../../../src/views/kit/repaint';
import { PLAIN_EDGES } from '../fixtures/edgeOptions';
import { makeTrainerFrame } from '../fixtures/frame';

/** A 2-D context that records the name of every drawing call, in order. */
function recordingContext(calls: string[]): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = {};
  return new Proxy(state, {
    get: (target, key) => (key in target ? target[key] : (..._args: unknown[]) => void calls.push(String(key))),
    set: (target, key, value) => ((target[key] = value), true),
  }) as unknown as CanvasRenderingContext2D;
}

function canvasRecording() {
  const calls: string[] = [];
  const ctx = recordingContext(calls);
  const canvas = { width: 0, height: 0, style: {}, getContext: () => ctx } as unknown as HTMLCanvasElement;
  return { canvas, calls };
}

const options: GraphPaintOptions = {
  edges: PLAIN_EDGES,
  nodes: { direction: 'forward', text: false },
  dimmedNodes: null,
};

const wide = Array.from({ length: 12 }, () => ({ units: 64, activation: 'tanh' as const }));

describe('the graph canvas', () => {
  it('on 12 × 64 units: cleared, the edges, then every node over them', () => {
    const frame = makeTrainerFrame({ hidden: wide, seed: 3 });
    const layout = computeLayout(frame.layerSizes, 1100, 700);
    expect(paintsNodes(frame.layerSizes)).toBe(true);
    const { canvas, calls } = canvasRecording();
    paintGraphCanvas(canvas, layout, frame, options);
    // Cleared (by the set-up, and by the edges' own painter, which the export replays) before anything is drawn.
    expect(calls.lastIndexOf('clearRect')).toBeLessThan(calls.indexOf('stroke'));
    expect(calls[calls.indexOf('clearRect') - 1]).toBe('setTransform');
    const firstNode = calls.indexOf('arc');
    const edgeStrokes = calls.slice(0, firstNode).filter((c) => c === 'stroke').length;
    expect(edgeStrokes).toBeGreaterThan(0);
    // Each node's disc goes into its shade's fill and into the outline.
    const units = frame.layerSizes.reduce((a, b) => a + b, 0);
    expect(calls.slice(firstNode).filter((c) => c === 'arc')).toHaveLength(2 * units);

    // The export replays the same picture (without the canvas set-up).
    const replayed: string[] = [];
    repaintOf(canvas)!(recordingContext(replayed));
    expect(replayed).toEqual(calls.slice(calls.indexOf('clearRect') + 1));
  });

  it('on a small network: the edges only (its nodes are SVG)', () => {
    const frame = makeTrainerFrame({ hidden: [{ units: 4, activation: 'tanh' }], seed: 3 });
    expect(paintsNodes(frame.layerSizes)).toBe(false);
    const { canvas, calls } = canvasRecording();
    paintGraphCanvas(canvas, computeLayout(frame.layerSizes, 600, 400), frame, options);
    expect(calls).toContain('stroke');
    expect(calls).not.toContain('arc');
  });
});
