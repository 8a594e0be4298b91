/**
 * One frame of the graph: the edges on its canvas, and the nodes painted over them on the
 * same canvas when the network has many units, as SVG attributes otherwise; the canvas keeps
 * the picture the export replays as vector paths.
 */
import type { TrainerFrame } from '../../worker/protocol';
import { prepareCanvas } from '../kit/canvas';
import { setRepaint } from '../kit/repaint';
import { PLAYING_GAP_MS, type FrameDrawCost } from '../kit/useFrameDraw';
import { drawnEdges } from './edgeBuckets';
import { drawNodes, type NodeDrawOptions, type NodeRegistry } from './drawNodes';
import type { GraphLayout } from './layout';
import { paintNodes, paintsNodes } from './paintNodes';
import { edgeSource } from './edgeValues';
import { renderEdges, type EdgeRenderOptions } from './renderEdges';

export interface GraphPaintOptions {
  edges: EdgeRenderOptions;
  nodes: Omit<NodeDrawOptions, 'mode' | 'scale' | 'scaleMax' | 'fills'>;
  /** Node columns drawn faint (−1 = inputs), as NodeLayer dims them; null: none. */
  dimmedNodes: readonly number[] | null;
}

/**
 * With the nodes on the canvas, the accessible layer's labels (a = … of every unit: hundreds
 * of them) are rewritten once a second rather than at the text rate.
 */
const CANVAS_LABEL_MS = 1000;
const labelledAt = new WeakMap<NodeRegistry, number>();

function labelsDue(registry: NodeRegistry, text: boolean, onCanvas: boolean): boolean {
  if (!text || !onCanvas) return text;
  const now = performance.now();
  if (now - (labelledAt.get(registry) ?? -Infinity) < CANVAS_LABEL_MS) return false;
  labelledAt.set(registry, now);
  return true;
}

/**
 * A picture of more marks than this (coloured edges plus nodes) is repainted at most every
 * PLAYING_GAP_MS while training plays, as a heavy painter (kit/useFrameDraw.ts: it does not
 * draw in an animation frame another heavy painter took). Without a GPU such a picture took
 * 7–10 ms a frame to build and rasterise (12 × 64 units: 2,000 edges, then 770 nodes, npm run
 * bench:ui), and drawn in every frame with the rest of the page, every second animation frame
 * was dropped, for the whole page. Redrawn every second frame, the graph still moves at 30 Hz
 * (its gradients are a fresh mini-batch's each frame: noise the eye cannot follow faster) and
 * the page keeps 60 Hz: with edges and nodes on one canvas, drawn in the same frame, the rAF
 * p95 stayed at 16.7–16.8 ms at 12 × 64 (bench:ui, stop 20). Paused, stepped or clicked, it
 * redraws at once.
 */
export const HEAVY_MARKS = 1500;

export function graphDrawCost(sizes: readonly number[]): FrameDrawCost {
  const nodes = sizes.reduce((sum, n) => sum + n, 0);
  return drawnEdges(sizes) + nodes > HEAVY_MARKS ? { heavy: true, playingGapMs: PLAYING_GAP_MS } : {};
}

/**
 * The graph's canvas: this frame's edges and, on a network of many units, its nodes over
 * them; and the picture the export replays. One canvas, not one for the edges and one for
 * the nodes: without a GPU every canvas update costs the page a commit of its pixels (about
 * 0.5 ms of the main thread at 12 × 64 units, plus the compositor's share), taken from the
 * training worker on two cores.
 */
export function paintGraphCanvas(
  canvas: HTMLCanvasElement | null,
  layout: GraphLayout,
  tf: TrainerFrame,
  o: GraphPaintOptions,
): void {
  const { mode, scale, scaleMax } = o.edges;
  const nodes = paintsNodes(layout.sizes)
    ? { values: edgeSource(tf, mode), scale, scaleMax, dimmed: o.dimmedNodes }
    : null;
  const paint = (ctx: CanvasRenderingContext2D) => {
    ctx.save();
    renderEdges(ctx, layout, tf, o.edges);
    ctx.restore();
    if (nodes) paintNodes(ctx, layout, tf, nodes);
  };
  const ctx = canvas ? prepareCanvas(canvas, layout.width, layout.height) : null;
  if (ctx) paint(ctx);
  setRepaint(canvas, paint);
}

/**
 * The nodes' SVG: their fills when the network has few units (drawNodes.ts; with many, the
 * canvas paints them), their names and numbers either way.
 */
export function paintNodeLayer(
  registry: NodeRegistry,
  layout: GraphLayout,
  tf: TrainerFrame,
  o: GraphPaintOptions,
): void {
  const onCanvas = paintsNodes(layout.sizes);
  const { mode, scale, scaleMax } = o.edges;
  const text = labelsDue(registry, o.nodes.text, onCanvas);
  drawNodes(registry, layout, tf, { ...o.nodes, text, mode, scale, scaleMax, fills: !onCanvas });
}
