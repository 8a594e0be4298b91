/**
 * The two ways a view reads the frame stream:
 * - `useFrame(select, rate)`, for text and anything React renders: the selected value,
 *   re-rendered only when it changes, at most every `rate` ms while training plays (numbers
 *   you can read, not a blur) and at once when it does not, so a step or a click shows at once
 *   (in a transition right after the counters' own render);
 * - `useFrameDraw(draw)` (useFrameDraw.ts), for pixels: no re-render at all.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FrameState } from '../../store/frameState';
import type { Frame } from '../../worker/protocol';
import { useApp } from './appContext';
import { takeHeavyTurn } from './heavyTurn';
import { PainterError } from './PanelBoundary';

/** Text refreshes a few times a second: readable numbers, negligible cost. */
export const TEXT_MS = 250;

/**
 * `deps`: values the selector reads besides the frame (a trainer index, an edge mode); when
 * one changes the value is read again at once, without waiting for the next frame.
 */
export function useFrame<T>(
  select: (frame: Frame | null, state: FrameState) => T,
  rate = TEXT_MS,
  deps: readonly unknown[] = [],
  equal: (a: T, b: T) => boolean = Object.is,
  /**
   * A costly render (a chart of many marks): while training plays, its updates are rendered
   * inside an animation frame no heavy painter took (kit/heavyTurn.ts), not at a random moment
   * where they could land on top of one.
   */
  heavy = false,
): T {
  const { frames } = useApp();
  const selectRef = useRef(select);
  const equalRef = useRef(equal);
  const depsRef = useRef(deps);
  const showRef = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    selectRef.current = select;
    equalRef.current = equal;
    const before = depsRef.current;
    depsRef.current = deps;
    if (before.length !== deps.length || before.some((d, k) => !Object.is(d, deps[k]))) showRef.current?.();
  });
  const read = () => {
    const s = frames.getState();
    return selectRef.current(s.frame, s);
  };
  const [value, setValue] = useState(() => select(frames.getState().frame, frames.getState()));
  // A selector that throws from a frame subscription (outside React) reaches the panel's boundary here, once.
  const [failure, setFailure] = useState<PainterError | null>(null);
  if (failure) throw failure;
  useEffect(() => {
    let shownAt = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let failed = false;
    const show = () => {
      timer = null;
      if (failed) return;
      shownAt = performance.now();
      try {
        const next = read();
        setValue((old) => (equalRef.current(old, next) ? old : next));
      } catch (e) {
        failed = true;
        const error = new PainterError('Reading a frame failed', e);
        console.error(error);
        setFailure(error);
      }
    };
    showRef.current = show;
    // A frame published between the first render and this subscription is picked up here.
    show();
    let raf = 0;
    // While playing, a heavy view shows its update in an animation frame of its own, rendered there.
    const showInTurn = () => {
      timer = null;
      if (raf !== 0) return;
      const attempt = (at: number) => {
        raf = 0;
        if (!frames.getState().frame?.playing) return show();
        if (!takeHeavyTurn(at)) {
          raf = requestAnimationFrame(attempt);
          return;
        }
        flushSync(show);
      };
      raf = requestAnimationFrame(attempt);
    };
    const unsubscribe = frames.subscribe(({ frame }) => {
      const wait = rate - (performance.now() - shownAt);
      if (!frame?.playing) {
        if (timer !== null) clearTimeout(timer);
        // Paused or stepped: the counters and buttons (the run store) commit first, in their own
        // render; the panels' numbers follow at once after it, in a transition. Rendered together
        // on two 12 × 64 networks, a Pause took more than a frame to show (npm run bench:ui).
        startTransition(show);
      } else if (heavy) {
        if (wait <= 0) showInTurn();
        else timer ??= setTimeout(showInTurn, wait);
      } else if (wait <= 0) {
        if (timer !== null) clearTimeout(timer);
        show();
      } else {
        timer ??= setTimeout(show, wait);
      }
    });
    return () => {
      unsubscribe();
      showRef.current = null;
      cancelAnimationFrame(raf);
      if (timer !== null) clearTimeout(timer);
    };
    // `read` only reads refs and the store, which do not change for a mounted view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frames, rate, heavy]);
  return value;
}
