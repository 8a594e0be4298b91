/**
 * The size of a container element, in whole CSS pixels, kept current with a
 * ResizeObserver. Views put their canvases and SVG in an absolutely positioned layer
 * inside the measured box (or size the box themselves), so drawing never feeds back into
 * the size. Where there is no ResizeObserver (jsdom) or the box has no size yet,
 * `fallback` stands in so the view still renders something sensible.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

export function useElementSize<T extends HTMLElement>(fallback: Size): [RefObject<T | null>, Size] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      // Rounded down so sub-pixel jitter does not trigger a relayout.
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      if (width <= 0 || height <= 0) return;
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size ?? fallback];
}
