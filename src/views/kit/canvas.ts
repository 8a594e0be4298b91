/**
 * The one canvas set-up every painter uses: a crisp backing store at devicePixelRatio,
 * a context in CSS pixels, cleared. (Redraws are coalesced by useFrameDraw.)
 */

/**
 * Sizes `canvas` to `width`×`height` CSS pixels with a backing store at the device pixel
 * ratio, clears it, and returns a context whose units are CSS pixels. Null where canvas is
 * unsupported (jsdom), so callers simply skip drawing.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ratio = typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  // Only when they change: a style write, even of the same value, can cost a style pass per frame.
  const cssWidth = `${width}px`;
  const cssHeight = `${height}px`;
  if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
  if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = canvas.getContext('2d');
  } catch {
    // jsdom without the canvas package throws "not implemented" on some versions.
    return null;
  }
  if (!context) return null;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}
