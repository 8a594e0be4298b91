/**
 * The graph's two painters, fed by the frame stream (kit/useFrameDraw.ts): its canvas (the
 * edges, and the nodes over them on a network of many units), and the nodes' SVG with their
 * names and numbers. On a big network both are heavy painters, so while training plays they
 * take turns: never both in one animation frame (paintGraph.ts). The SVG stays heavy even
 * when the canvas has the nodes and it only rewrites their numbers: made light, it ran in
 * every frame, and two 12 × 64 networks' main thread went from 39–40% to 47–49% of a core
 * (3 interleaved 8 s runs).
 */
import type { RefObject } from 'react';
import type { Frame } from '../../worker/protocol';
import { useFrameDraw } from '../kit/useFrameDraw';
import type { NodeRegistry } from './drawNodes';
import type { GraphLayout } from './layout';
import { graphDrawCost, paintGraphCanvas, paintNodeLayer, type GraphPaintOptions } from './paintGraph';

export interface GraphPaintSources {
  trainer: number;
  /** The structure the layout was computed for: a frame of another waits for React's re-render. */
  key: string;
  structureOf(frame: Frame): string;
  layout: GraphLayout;
  registry: NodeRegistry;
  canvas: RefObject<HTMLCanvasElement | null>;
  /** This frame's options (the edge scale's 100 % is the frame's). */
  options(frame: Frame, text: boolean): GraphPaintOptions;
}

export function useGraphPaint(s: GraphPaintSources): void {
  const cost = graphDrawCost(s.layout.sizes);
  const current = (frame: Frame) => {
    const tf = frame.trainers[s.trainer];
    return tf && s.structureOf(frame) === s.key ? tf : null;
  };
  useFrameDraw((frame, text) => {
    const tf = current(frame);
    if (tf) paintGraphCanvas(s.canvas.current, s.layout, tf, s.options(frame, text));
  }, cost);
  useFrameDraw((frame, text) => {
    const tf = current(frame);
    if (tf) paintNodeLayer(s.registry, s.layout, tf, s.options(frame, text));
  }, cost);
}
