/**
 * Where the keyboard focus goes when one panel hands it to another: choosing a weight in the
 * graph (or in the inspector's list) moves the focus to the inspector's heading, and closing
 * the inspector gives it back to where it came from. One hand-off per app (keyed by the app
 * object, so two apps on one page keep their own), read and written only by views.
 */

export interface FocusHandoff {
  /** The inspector should take the focus on its next render with a heading. */
  toInspector: boolean;
  /** Gives the focus back to where the inspector got it from (null: the graph, as a default). */
  returnTo: (() => void) | null;
}

const handoffs = new WeakMap<object, FocusHandoff>();

export function focusHandoff(app: object): FocusHandoff {
  let h = handoffs.get(app);
  if (!h) {
    h = { toInspector: false, returnTo: null };
    handoffs.set(app, h);
  }
  return h;
}

/** The inspector's heading is asked for the focus next; `back` returns it when the inspector closes. */
export function handToInspector(app: object, back: (() => void) | null): void {
  const h = focusHandoff(app);
  h.toInspector = true;
  h.returnTo = back;
}

/** Focuses an element if it is still on the page; true when it took the focus. */
export function focusIfThere(el: HTMLElement | null | undefined): boolean {
  if (!el?.isConnected) return false;
  el.focus();
  return document.activeElement === el;
}
