/**
 * A box that scrolls sideways only sometimes (a long formula in a narrow panel) must then be
 * reachable by keyboard, or its hidden part is out of a keyboard user's reach (axe:
 * scrollable-region-focusable). While its content overflows it is a named, focusable group
 * (not a landmark: a panel may hold several); when it fits it is neither, so it adds no tab
 * stop for nothing.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useScrollReachable<T extends HTMLElement>(name: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (overflows) {
        el.tabIndex = 0;
        el.setAttribute('role', 'group');
        el.setAttribute('aria-label', name);
      } else {
        el.removeAttribute('tabindex');
        el.removeAttribute('role');
        el.removeAttribute('aria-label');
      }
    };
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  });
  return ref;
}
