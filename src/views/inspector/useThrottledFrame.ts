/**
 * The latest frame, re-rendered at most `intervalMs` apart while training plays (the
 * inspector shows text, not animation) and at once when the frame is not playing, so a
 * step or a click shows its numbers immediately.
 */
import { useEffect, useState } from 'react';
import { frameStore } from '../../store/frameStore';
import type { Frame } from '../../worker/protocol';

/** Four refreshes a second: readable numbers, negligible cost. */
export const INSPECTOR_REFRESH_MS = 250;

export function useThrottledFrame(intervalMs = INSPECTOR_REFRESH_MS): Frame | null {
  const [frame, setFrame] = useState<Frame | null>(() => frameStore.getState().frame);
  useEffect(() => {
    let shownAt = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest = frameStore.getState().frame;
    const show = () => {
      timer = null;
      shownAt = performance.now();
      setFrame(latest);
    };
    // A frame published between the first render and this subscription is picked up here
    // (setting the same frame again is a no-op).
    timer = setTimeout(show, 0);
    const unsubscribe = frameStore.subscribe(({ frame: next }) => {
      latest = next;
      if (!next || !next.playing) {
        if (timer !== null) clearTimeout(timer);
        show();
        return;
      }
      if (timer !== null) return;
      const wait = intervalMs - (performance.now() - shownAt);
      if (wait <= 0) show();
      else timer = setTimeout(show, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [intervalMs]);
  return frame;
}
