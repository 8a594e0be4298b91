/** The inspector side panel (see Inspector.tsx) and the pure helpers its tests use. */
export { Inspector, EMPTY_HINT, type InspectorProps } from './Inspector';
export { slopeGeometry, directionText, interpolateCurve, type SlopeGeometry, type SlopeInput } from './slopeGeometry';
export { netStateOf, type NetState } from './netState';
