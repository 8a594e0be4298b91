/**
 * Reads a slice of the frame stream into React state, re-rendering only when the slice
 * changes and at most a few times a second while training runs (text, not animation).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { frameStore } from '../../store/frameStore';
import type { Frame } from '../../worker/protocol';

export function useFrameSelector<T>(select: (f: Frame | null) => T, intervalMs = 250): T {
  const selectRef = useRef(select);
  useLayoutEffect(() => {
    selectRef.current = select;
  });
  const [value, setValue] = useState(() => select(frameStore.getState().frame));
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const apply = () => {
      timer = null;
      last = performance.now();
      setValue(selectRef.current(frameStore.getState().frame));
    };
    const unsubscribe = frameStore.subscribe(({ frame }) => {
      const wait = intervalMs - (performance.now() - last);
      if (!frame?.playing || wait <= 0) apply();
      else timer ??= setTimeout(apply, wait);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [intervalMs]);
  return value;
}
