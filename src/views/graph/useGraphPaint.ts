/**
 * The graph's two painters, fed by the frame stream (kit/useFrameDraw.ts): its canvas (the
 * edges, and the nodes over them on a network of many units), and the nodes' SVG with their
 * names and numbers. On a big network the canvas is a heavy painter (paintGraph.ts); the SVG
 * is too when it carries the nodes' fills, and then the two take turns while training plays.
 * With the nodes on the canvas, the SVG only rewrites their numbers, once a second.
 */
import type { RefObject } from 'react';
import type { Frame } from '../../worker/protocol';
import { useFrameDraw } from '../kit/useFrameDraw';
import type { NodeRegistry } from './drawNodes';
import type { GraphLayout } from './layout';
import { paintsNodes } from './paintNodes';
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

const LIGHT = {};

export function useGraphPaint(s: GraphPaintSources): void {
  const cost = graphDrawCost(s.layout.sizes);
  const svgCost = paintsNodes(s.layout.sizes) ? LIGHT : cost;
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
  }, svgCost);
}
