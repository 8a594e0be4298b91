/** The network graph view and its legend. */
export { NetworkGraph, type NetworkGraphProps, type GraphFocus } from './NetworkGraph';
export { EdgeLegend, type EdgeLegendProps } from './EdgeLegend';
export { renderEdges, type EdgeRenderOptions } from './renderEdges';
export { computeLayout, type GraphLayout } from './layout';
export { nearestEdge, pointToSegmentDistance } from './hitTest';
