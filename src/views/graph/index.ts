/** The network graph view and its legend. */
export { NetworkGraph, type NetworkGraphProps } from './NetworkGraph';
export type { GraphFocus } from './structure';
export { EdgeLegend, type EdgeLegendProps } from './EdgeLegend';
export { renderEdges, type EdgeRenderOptions } from './renderEdges';
export { computeLayout, type GraphLayout } from './layout';
export { nearestEdge, pointToSegmentDistance } from './hitTest';
