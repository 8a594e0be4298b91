/**
 * The graph's keyboard cursor as React state: the spot (navigation.ts), what a key press
 * does to it in commands (select, choose and hand the focus to the inspector, highlight the
 * followed path), and whether the graph has the focus. While the graph does not have the
 * focus, the cursor follows the selection, so Tab lands on what was clicked.
 */
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Selection } from '../../store/appState';
import { useApp, useCommands } from '../kit/appContext';
import { focusHandoff, handToInspector } from '../kit/focusHandoff';
import { initialSpot, navigate, NAV_KEYS, spotFits, type NavAction, type NavState } from './navigation';
import { strongestNext } from './spokenWords';

export interface GraphNavigation {
  state: NavState;
  focused: boolean;
  /** A sentence to say once (an explanation when a key cannot move), or null. */
  notice: string | null;
  /** The focusable element over the cursor (a new one after each move). */
  targetRef: RefObject<HTMLDivElement | null>;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onFocus(): void;
  onBlur(): void;
}

export function useGraphNavigation(
  sizes: readonly number[],
  trainer: number,
  selection: Selection | null,
): GraphNavigation {
  const app = useApp();
  const { select, setHighlightedPath } = useCommands();
  const [state, setState] = useState<NavState>(() => ({ spot: initialSpot(sizes, selection), trail: null }));
  const [focused, setFocused] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const targetRef = useRef<HTMLDivElement>(null);
  // True while a key press replaces the focused element: its blur is not a leaving.
  const moving = useRef(false);
  useLayoutEffect(() => {
    if (!moving.current) return;
    // A key moved the cursor: the new element takes the focus, unless the inspector asked for it.
    const el = targetRef.current;
    if (!focusHandoff(app).toInspector && el && document.activeElement !== el) el.focus();
    moving.current = false;
  });
  // Out of focus, the cursor follows the selection; a network that lost the spot starts afresh.
  const [seen, setSeen] = useState({ selection, sizes: sizes.join(',') });
  if (seen.selection !== selection || seen.sizes !== sizes.join(',')) {
    setSeen({ selection, sizes: sizes.join(',') });
    if (!spotFits(state.spot, sizes) || (!focused && selection !== null)) {
      setState({ spot: initialSpot(sizes, selection), trail: null });
    }
  }

  const act = useCallback(
    (action: NavAction | null) => {
      setNotice(action?.kind === 'say' ? action.text : null);
      if (!action || action.kind === 'say') return;
      if (action.kind === 'choose') handToInspector(app, () => targetRef.current?.focus());
      select(action.selection, trainer);
    },
    [app, select, trainer],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !NAV_KEYS.includes(e.key)) return;
    const tf = app.frames.getState().frame?.trainers[trainer];
    if (!tf) return;
    const net = { sizes: tf.layerSizes, strongestNext: (l: number, from: number) => strongestNext(tf, l, from) };
    const result = navigate(state, e.key, e.shiftKey, net);
    if (!result) return;
    // The graph uses this key: the page's shortcuts (→ for the next phase…) stand back.
    e.preventDefault();
    e.stopPropagation();
    moving.current = true;
    setState(result.state);
    if (result.state.trail !== state.trail) {
      setHighlightedPath(result.state.trail && { ...result.state.trail, units: [...result.state.trail.units] });
    }
    act(result.action);
  };

  const onFocus = () => {
    moving.current = false;
    setFocused(true);
  };
  const onBlur = () => {
    if (moving.current) return;
    setFocused(false);
    setNotice(null);
    if (state.trail) {
      setHighlightedPath(null);
      setState((s) => ({ ...s, trail: null }));
    }
  };
  return { state, focused, notice, targetRef, onKeyDown, onFocus, onBlur };
}
