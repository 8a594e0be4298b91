/**
 * How to paint a canvas's current picture again, onto any 2-D context. Each canvas painter
 * registers the call that drew its last picture, so the picture export can replay it onto
 * an SVG recorder and get vector paths (views/export/svgRecorder.ts), not pixels.
 */
export type Repaint = (ctx: CanvasRenderingContext2D) => void;

const painters = new WeakMap<HTMLCanvasElement, Repaint>();

export function setRepaint(canvas: HTMLCanvasElement | null, repaint: Repaint | null): void {
  if (!canvas) return;
  if (repaint) painters.set(canvas, repaint);
  else painters.delete(canvas);
}

export function repaintOf(canvas: HTMLCanvasElement): Repaint | null {
  return painters.get(canvas) ?? null;
}
