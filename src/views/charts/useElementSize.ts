/**
 * The size of a container element, kept current with a ResizeObserver. Charts put their
 * canvases and SVG in an absolutely positioned layer inside the measured box, so drawing
 * never feeds back into the size. Where there is no ResizeObserver (jsdom) or the box has
 * no size yet, `fallback` stands in so the chart still renders something sensible.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

export function useElementSize<T extends HTMLElement>(fallback: Size): [RefObject<T | null>, Size] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The observer reports once on observe(), so no separate first measurement is needed.
    const observer = new ResizeObserver(() => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      if (width <= 0 || height <= 0) return;
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
