/**
 * prefers-reduced-motion: while training plays, a canvas view is redrawn at most every
 * REDUCED_MOTION_MS instead of with every frame; a frame of a paused run draws at once.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REDUCED_MOTION_MS } from '../../../src/views/kit/reducedMotion';
import { useFrameDraw } from '../../../src/views/kit/useFrameDraw';
import { renderApp, showFrame, testApp } from '../../helpers/testApp';
import { makeFrame } from '../fixtures/frame';

function Painter({ onDraw }: { onDraw: () => void }) {
  useFrameDraw(() => onDraw());
  return null;
}

function prefer(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }));
}

/** Frames every 16 ms for `ms`, counting the draws. */
function play(ms: number, playing = true): number {
  const onDraw = vi.fn();
  testApp();
  const frame = makeFrame();
  showFrame({ ...frame, playing });
  renderApp(<Painter onDraw={onDraw} />);
  onDraw.mockClear();
  for (let t = 0; t < ms; t += 16) {
    act(() => {
      showFrame({ ...frame, id: t + 2, playing });
      vi.advanceTimersByTime(16);
    });
  }
  return onDraw.mock.calls.length;
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reduced motion', () => {
  it('redraws a playing run at most every REDUCED_MOTION_MS, and every frame without the preference', () => {
    prefer(false);
    const full = play(2000);
    prefer(true);
    const calm = play(2000);
    expect(full).toBeGreaterThan(100);
    expect(calm).toBeLessThanOrEqual(2000 / REDUCED_MOTION_MS + 1);
    expect(calm).toBeGreaterThanOrEqual(2000 / REDUCED_MOTION_MS - 1);
  });

  it('draws each frame of a run that is not playing (a step, a click) at once', () => {
    prefer(true);
    expect(play(320, false)).toBeGreaterThanOrEqual(320 / 16 - 1);
  });
});
