/**
 * prepareCanvas runs for every painted frame. Writing a canvas's CSS size again, even to the
 * same value, costs Chromium a style pass per frame (npm run bench:ui at 12 × 64 units: about
 * 5% of the training worker's examples/s, interleaved runs); it writes only what changed.
 * jsdom reports no mutation for a same-value write, so the writes are counted at the setter.
 */
import { describe, expect, it } from 'vitest';
import { prepareCanvas } from '../../../src/views/kit/canvas';

/** The canvas, and how many times its style's width and height were written. */
function watchedCanvas() {
  const canvas = document.createElement('canvas');
  const writes = { count: 0 };
  for (const prop of ['width', 'height'] as const) {
    let value = '';
    Object.defineProperty(canvas.style, prop, {
      get: () => value,
      set: (v: string) => {
        writes.count++;
        value = v;
      },
    });
  }
  return { canvas, writes };
}

describe('prepareCanvas', () => {
  it('sizes a canvas once, and leaves its style alone while the size stays', () => {
    const { canvas, writes } = watchedCanvas();
    prepareCanvas(canvas, 300, 150);
    expect(writes.count).toBe(2);
    expect(canvas.style.width).toBe('300px');
    expect(canvas.style.height).toBe('150px');
    prepareCanvas(canvas, 300, 150);
    prepareCanvas(canvas, 300, 150);
    expect(writes.count).toBe(2);
    prepareCanvas(canvas, 320, 150);
    expect(writes.count).toBe(3);
    expect(canvas.style.width).toBe('320px');
  });
});
