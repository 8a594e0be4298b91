/** The size of a container element, kept current with a ResizeObserver (absent in jsdom). */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

export function useContainerSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      // Rounded so sub-pixel jitter does not trigger a relayout.
      const next = { width: Math.round(r.width), height: Math.round(r.height) };
      setSize((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return {
    width: size && size.width > 0 ? size.width : fallback.width,
    height: size && size.height > 0 ? size.height : fallback.height,
  };
}
