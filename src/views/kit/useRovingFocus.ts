/**
 * One tab stop for a group of like controls (the counters' terms, the gradient chart's layer
 * buttons): Tab enters the group on its current item and leaves it; the arrow keys (Home,
 * End) move between the items. The arrows are the group's while it has the focus, so the
 * page's shortcuts (→ for the next phase) stand back (the handler calls preventDefault).
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const MOVES: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };

/** `selector` finds the items inside the container; the current one is the last focused (else the first). */
export function useRovingFocus<T extends HTMLElement>(
  selector: string,
): [RefObject<T | null>, (e: KeyboardEvent<T>) => void] {
  const ref = useRef<T>(null);
  const current = useRef(0);
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>(selector) ?? [])];
  // After every render (items come and go), exactly one item is in the tab order. Written only
  // where it changed: the counters re-render with the frames, and every write restyles.
  useLayoutEffect(() => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>(selector) ?? [])];
    const k = Math.min(current.current, all.length - 1);
    all.forEach((el, i) => {
      const tabIndex = i === k ? 0 : -1;
      if (el.getAttribute('tabindex') !== String(tabIndex)) el.tabIndex = tabIndex;
    });
  });
  const onKeyDown = (e: KeyboardEvent<T>) => {
    const all = items();
    const here = all.indexOf(e.target as HTMLElement);
    if (here < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = MOVES[e.key];
    const next = step !== undefined ? here + step : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const k = Math.max(0, Math.min(all.length - 1, next));
    current.current = k;
    all.forEach((el, i) => (el.tabIndex = i === k ? 0 : -1));
    all[k].focus();
  };
  return [ref, onKeyDown];
}
