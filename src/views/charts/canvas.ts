/**
 * Canvas plumbing shared by the charts: crisp backing stores at devicePixelRatio, and a
 * scheduler that coalesces any number of redraw requests into one per animation frame.
 */

/**
 * Sizes `canvas` to `width`×`height` CSS pixels with a backing store at the device pixel
 * ratio, clears it, and returns a context whose units are CSS pixels. Null where canvas is
 * unsupported (jsdom), so callers simply skip drawing.
 */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
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

export interface FrameScheduler {
  /** Asks for one call of the draw function on the next animation frame. */
  request(): void;
  cancel(): void;
}

/** Many requests within one frame lead to a single `draw()`. */
export function createFrameScheduler(draw: () => void): FrameScheduler {
  const hasRaf = typeof requestAnimationFrame === 'function';
  let pending: number | ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    pending = null;
    draw();
  };
  return {
    request() {
      if (pending !== null) return;
      pending = hasRaf ? requestAnimationFrame(run) : setTimeout(run, 16);
    },
    cancel() {
      if (pending === null) return;
      if (hasRaf) cancelAnimationFrame(pending as number);
      else clearTimeout(pending as ReturnType<typeof setTimeout>);
      pending = null;
    },
  };
}
