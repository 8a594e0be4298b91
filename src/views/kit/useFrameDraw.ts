/**
 * The frame stream → pixels bridge (zustand's "transient updates"): subscribes to the frame
 * store in an effect, keeps the latest state in a ref and calls `draw` at most once per
 * animation frame, never re-rendering the host. `draw` is told when text (numbers,
 * aria-labels) is due — at most every TEXT_MS, with a trailing draw so the last frame's
 * numbers show. After each render of the host it draws at once, text included.
 *
 * The painter runs in a guard: its first error is reported (console) and the host panel
 * shows it through its PanelBoundary; nothing is painted again until Retry remounts the panel.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FrameState } from '../../store/frameState';
import type { Frame } from '../../worker/protocol';
import { useApp } from './appContext';
import { PainterError } from './PanelBoundary';
import { useThemeName } from './theme';
import { TEXT_MS } from './useFrame';

export type DrawFn = (frame: Frame, text: boolean, state: FrameState) => void;

export function useFrameDraw(draw: DrawFn): void {
  const { frames } = useApp();
  const drawRef = useRef(draw);
  const runRef = useRef<((forceText: boolean) => void) | null>(null);
  const [failure, setFailure] = useState<PainterError | null>(null);
  if (failure) throw failure;
  // A new theme re-renders the host, which repaints with the theme's colours.
  useThemeName();

  useLayoutEffect(() => {
    drawRef.current = draw;
    runRef.current?.(true);
  });

  useEffect(() => {
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastText = -Infinity;
    let failed = false;
    const run = (forceText: boolean) => {
      const state = frames.getState();
      if (failed || !state.frame) return;
      const now = performance.now();
      const text = forceText || now - lastText >= TEXT_MS;
      if (text) {
        lastText = now;
        clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined) {
        timer = setTimeout(
          () => {
            timer = undefined;
            run(true);
          },
          TEXT_MS - (now - lastText),
        );
      }
      try {
        drawRef.current(state.frame, text, state);
      } catch (e) {
        failed = true;
        unsubscribe();
        cancelAnimationFrame(raf);
        clearTimeout(timer);
        const error = new PainterError('A drawing failed', e);
        console.error(error);
        setFailure(error);
      }
    };
    runRef.current = run;
    const unsubscribe = frames.subscribe(() => {
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
  }, [frames]);
}
