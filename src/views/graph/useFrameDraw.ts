/**
 * The frame stream → draw bridge (zustand "transient updates"): subscribes to the frame
 * store in an effect, keeps the latest frame in a ref and calls `draw` at most once per
 * animation frame, never re-rendering the host. Text (numbers, aria-labels) is asked
 * for at most every TEXT_MS, with a trailing draw so the last frame's numbers show.
 * After each render of the host it draws at once, text included.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { frameStore } from '../../store/frameStore';
import type { Frame, TrainerFrame } from '../../worker/protocol';

export type DrawFn = (frame: TrainerFrame, text: boolean) => void;

export const TEXT_MS = 200;

export function useFrameDraw(trainer: number, draw: DrawFn): void {
  const drawRef = useRef(draw);
  const runRef = useRef<((forceText: boolean) => void) | null>(null);

  useLayoutEffect(() => {
    drawRef.current = draw;
    runRef.current?.(true);
  });

  useEffect(() => {
    const frameRef: { current: Frame | null } = { current: frameStore.getState().frame };
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastText = -Infinity;
    const run = (forceText: boolean) => {
      const frame = frameRef.current?.trainers[trainer];
      if (!frame) return;
      const now = performance.now();
      const text = forceText || now - lastText >= TEXT_MS;
      if (text) {
        lastText = now;
        clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          run(true);
        }, TEXT_MS - (now - lastText));
      }
      drawRef.current(frame, text);
    };
    runRef.current = run;
    const unsubscribe = frameStore.subscribe((state) => {
      frameRef.current = state.frame;
      if (raf === 0) {
        raf = requestAnimationFrame(() => {
          raf = 0;
          run(false);
        });
      }
    });
    run(true);
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      runRef.current = null;
    };
  }, [trainer]);
}
