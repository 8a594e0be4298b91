/**
 * The frame stream → pixels bridge (zustand's "transient updates"): subscribes to the frame
 * store in an effect, keeps the latest state in a ref and calls `draw` at most once per
 * animation frame, never re-rendering the host. `draw` is told when text (numbers,
 * aria-labels) is due — at most every TEXT_MS, with a trailing draw so the last frame's
 * numbers show once a run stops. After each render of the host it draws at once, text included.
 *
 * The painter runs in a guard: its first error is reported (console) and the host panel
 * shows it through its PanelBoundary; nothing is painted again until Retry remounts the panel.
 * Under prefers-reduced-motion, frames of a playing run are drawn at most every
 * REDUCED_MOTION_MS (kit/reducedMotion.ts): decorative motion slows, training does not.
 * Costly painters say so (`FrameDrawCost`): while the run plays, a `heavy` painter does not
 * draw in an animation frame another heavy painter already drew in (it takes the next one:
 * two heavy painters alternate instead of doubling every other frame's work), and one with a
 * `playingGapMs` draws at most that often. A paused frame, a new selection or theme draws at once.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FrameState } from '../../store/frameState';
import type { Frame } from '../../worker/protocol';
import { useApp } from './appContext';
import { takeHeavyTurn } from './heavyTurn';
import { PainterError } from './PanelBoundary';
import { useThemeName } from './theme';
import { TEXT_MS } from './useFrame';
import { prefersReducedMotion, REDUCED_MOTION_MS } from './reducedMotion';

export type DrawFn = (frame: Frame, text: boolean, state: FrameState) => void;

/**
 * The gap of a painter too costly for every frame while training plays (the big graph, the
 * activation curve's dots): every second frame, about 30 Hz.
 */
export const PLAYING_GAP_MS = 25;

export interface FrameDrawCost {
  heavy?: boolean;
  playingGapMs?: number;
}

export function useFrameDraw(draw: DrawFn, cost: FrameDrawCost = {}): void {
  const { frames } = useApp();
  const drawRef = useRef(draw);
  const costRef = useRef(cost);
  const runRef = useRef<((forceText: boolean) => void) | null>(null);
  const [failure, setFailure] = useState<PainterError | null>(null);
  if (failure) throw failure;
  // A new theme re-renders the host, which repaints with the theme's colours.
  useThemeName();

  useLayoutEffect(() => {
    drawRef.current = draw;
    costRef.current = cost;
    runRef.current?.(true);
  });

  useEffect(() => {
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastText = -Infinity;
    let lastDraw = -Infinity;
    let calm: ReturnType<typeof setTimeout> | undefined;
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
      } else if (timer === undefined && !state.frame.playing) {
        // The trailing draw is for a run that stopped; while one plays, the next frame brings
        // the text (a timer's draw would bypass the turns and gaps of costly painters).
        timer = setTimeout(
          () => {
            timer = undefined;
            run(true);
          },
          TEXT_MS - (now - lastText),
        );
      }
      lastDraw = now;
      try {
        drawRef.current(state.frame, text, state);
      } catch (e) {
        failed = true;
        unsubscribe();
        cancelAnimationFrame(raf);
        clearTimeout(timer);
        clearTimeout(calm);
        const error = new PainterError('A drawing failed', e);
        console.error(error);
        setFailure(error);
      }
    };
    runRef.current = run;
    const draw = () => {
      if (raf === 0) {
        raf = requestAnimationFrame((at) => {
          raf = 0;
          if (costRef.current.heavy && frames.getState().frame?.playing && !takeHeavyTurn(at)) return draw();
          run(false);
        });
      }
    };
    const unsubscribe = frames.subscribe(({ frame }) => {
      const gap = Math.max(prefersReducedMotion() ? REDUCED_MOTION_MS : 0, costRef.current.playingGapMs ?? 0);
      const wait = frame?.playing && gap > 0 ? lastDraw + gap - performance.now() : 0;
      if (wait <= 0) {
        // A paused frame does not wait out the gap of the playing frame before it.
        clearTimeout(calm);
        calm = undefined;
        return draw();
      }
      if (calm !== undefined) return;
      calm = setTimeout(() => {
        calm = undefined;
        draw();
      }, wait);
    });
    run(true);
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      clearTimeout(calm);
      runRef.current = null;
    };
  }, [frames]);
}
