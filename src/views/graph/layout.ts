/**
 * Where everything sits on screen: one column per layer (inputs, hidden…, output), left
 * to right, units centred vertically. Pure maths, shared by the canvas edges, the SVG
 * nodes and the edge hit-test so they always agree. (Where a weight sits in the frame's
 * flat arrays is the engine's layout module's business, not this one's.)
 */

export interface GraphLayout {
  width: number;
  height: number;
  /** [inputSize, hidden…, outputSize]: column c holds sizes[c] units. */
  sizes: readonly number[];
  /** x of each column's centre. */
  columnX: number[];
  /** y of each unit, per column. */
  unitY: number[][];
  /** Node radius, px. */
  radius: number;
  /** Widest edge stroke, px. */
  maxEdgeWidth: number;
  /** Baseline of the column headers' first line (0 when there is no room for them). */
  headerY: number;
  /** inline: "Hidden 1 · Tanh"; stacked: the activation on a second line; short: "1". */
  headerStyle: 'inline' | 'stacked' | 'short';
  /** Whether node names fit inside the circles. */
  showNames: boolean;
  /** How far below a node's centre its value text sits. */
  valueOffset: number;
  /** Large text in a crowded column: values sit beside their nodes, not below (where the next node is). */
  valueBeside: boolean;
  /** The thinnest stroke drawn: an edge's grey skeleton and the floor of a coloured edge. */
  thinnest: number;
  /** The text scale it was laid out for (1 at a desk, LECTURE_TEXT_SCALE on a projector). */
  textScale: number;
}

/** Smallest size the graph lays itself out at; below it the container scrolls. */
export const MIN_SIZE = { width: 280, height: 200 } as const;

const MAX_SPACING = 104;

/** Lecture mode's text scale: its smallest graph text (subscripts, values) is 20 px or more. */
export const LECTURE_TEXT_SCALE = 2.4;

/**
 * `textScale` > 1 makes room for larger text (lecture mode: names, headers and values read
 * from the back of a room) and thicker strokes; 1 is the desk layout.
 */
export function computeLayout(sizes: readonly number[], width: number, height: number, textScale = 1): GraphLayout {
  const k = Math.max(1, textScale);
  const w = Math.max(width, MIN_SIZE.width);
  const h = Math.max(height, MIN_SIZE.height);
  const columns = sizes.length;
  const maxUnits = Math.max(1, ...sizes);
  const bottom = 14 * k;
  // The column gap decides how much header text fits, which decides the top margin.
  const roughGap = columns > 1 ? (w - 60 * k) / (columns - 1) : w;
  const headerStyle = roughGap >= 180 * k ? 'inline' : roughGap >= 68 * k ? 'stacked' : 'short';
  const headerY = h < 260 ? 0 : (headerStyle === 'stacked' ? 22 : 30) * k;
  const top = headerY === 0 ? 12 : (headerStyle === 'stacked' ? 56 : 42) * k;
  const spacing = Math.min(MAX_SPACING * k, (h - top - bottom) / maxUnits);
  // The column gap bounds the radius too, so wide-and-deep nets keep room for their edges.
  const side = Math.min(44 * k, Math.max(18 * k, spacing * 0.5));
  const gap = columns > 1 ? (w - 2 * side) / (columns - 1) : 0;
  const radius = Math.max(2, Math.min(24 * k, spacing * 0.3, columns > 1 ? gap * 0.16 : 24 * k));
  const columnX = sizes.map((_, c) => (columns > 1 ? side + c * gap : w / 2));
  const middle = top + (h - top - bottom) / 2;
  const unitY = sizes.map((n) => Array.from({ length: n }, (_, j) => middle + (j - (n - 1) / 2) * spacing));
  return {
    width: w,
    height: h,
    sizes,
    columnX,
    unitY,
    radius,
    maxEdgeWidth: Math.max(1.5 * k, Math.min(8 * k, radius * 0.5)),
    headerY,
    headerStyle,
    showNames: radius >= 11 * k,
    valueOffset: radius + 12 * k,
    valueBeside: k > 1 && spacing < 2 * radius + 30 * k,
    thinnest: k > 1 ? 2 : 0.5,
    textScale: k,
  };
}

/** Segment of the edge for weight (layer, to, from): right rim of the source to left rim of the target. */
export function edgeSegment(
  layout: GraphLayout,
  layer: number,
  to: number,
  from: number,
): [number, number, number, number] {
  const r = layout.radius;
  return [
    layout.columnX[layer] + r,
    layout.unitY[layer][from],
    layout.columnX[layer + 1] - r,
    layout.unitY[layer + 1][to],
  ];
}
