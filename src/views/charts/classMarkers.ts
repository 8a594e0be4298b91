/**
 * Class markers: one shape per class (circle, square, triangle, diamond, star), so a class
 * is never told by colour alone. The same path draws on a canvas (the output map's points)
 * and in an SVG (its legend).
 */
import { CLASS_SHAPES, type ClassShape } from '../kit/encodings';

/** The shape of class `c`. */
export function classShape(c: number): ClassShape {
  return CLASS_SHAPES[c % CLASS_SHAPES.length];
}

/** Vertices of a regular polygon (or star) of radius r around (x, y), first vertex up. */
function polygon(x: number, y: number, r: number, n: number, inner = 1): [number, number][] {
  const points: [number, number][] = [];
  const steps = inner === 1 ? n : 2 * n;
  for (let k = 0; k < steps; k++) {
    const radius = inner !== 1 && k % 2 === 1 ? r * inner : r;
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / steps;
    points.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
  }
  return points;
}

/** The marker's outline as points, or null for a circle. Shapes are sized to look as large as a circle of radius r. */
function outline(shape: ClassShape, x: number, y: number, r: number): [number, number][] | null {
  switch (shape) {
    case 'circle':
      return null;
    case 'square':
      return polygon(x, y, r * 1.25, 4).map(([px, py]) => rotate(px, py, x, y, Math.PI / 4));
    case 'triangle':
      return polygon(x, y + r * 0.2, r * 1.45, 3);
    case 'diamond':
      return polygon(x, y, r * 1.35, 4);
    case 'star':
      return polygon(x, y, r * 1.5, 5, 0.5);
  }
}

function rotate(px: number, py: number, x: number, y: number, a: number): [number, number] {
  const dx = px - x;
  const dy = py - y;
  return [x + dx * Math.cos(a) - dy * Math.sin(a), y + dx * Math.sin(a) + dy * Math.cos(a)];
}

/** Adds the marker's path to the canvas's current path. */
export function traceMarker(ctx: CanvasRenderingContext2D, shape: ClassShape, x: number, y: number, r: number): void {
  const points = outline(shape, x, y, r);
  if (!points) {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  ctx.moveTo(points[0][0], points[0][1]);
  for (const [px, py] of points.slice(1)) ctx.lineTo(px, py);
  ctx.closePath();
}

/** The marker as an SVG path `d` (a circle as two arcs). */
export function markerPath(shape: ClassShape, x: number, y: number, r: number): string {
  const points = outline(shape, x, y, r);
  if (!points) return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  return `M${points.map(([px, py]) => `${px.toFixed(2)},${py.toFixed(2)}`).join('L')}Z`;
}
