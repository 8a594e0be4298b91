/**
 * The graph's two painters, fed by the frame stream (kit/useFrameDraw.ts): the edges, and the
 * nodes with their names and numbers. On a big network both are heavy painters, so while
 * training plays they take turns: never both in one animation frame (paintGraph.ts).
 */
import type { RefObject } from 'react';
import type { Frame } from '../../worker/protocol';
import { useFrameDraw } from '../kit/useFrameDraw';
import type { NodeRegistry } from './drawNodes';
import type { GraphLayout } from './layout';
import { graphDrawCost, paintEdgeLayer, paintNodeLayer, type GraphPaintOptions } from './paintGraph';
import type { EdgeRenderOptions } from './renderEdges';

export interface GraphPaintSources {
  trainer: number;
  /** The structure the layout was computed for: a frame of another waits for React's re-render. */
  key: string;
  structureOf(frame: Frame): string;
  layout: GraphLayout;
  registry: NodeRegistry;
  edgeCanvas: RefObject<HTMLCanvasElement | null>;
  nodeCanvas: RefObject<HTMLCanvasElement | null>;
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
    const edges: EdgeRenderOptions | undefined = tf ? s.options(frame, text).edges : undefined;
    if (tf && edges) paintEdgeLayer(s.edgeCanvas.current, s.layout, tf, edges);
  }, cost);
  useFrameDraw((frame, text) => {
    const tf = current(frame);
    if (tf) paintNodeLayer(s.nodeCanvas.current, s.registry, s.layout, tf, s.options(frame, text));
  }, cost);
}
