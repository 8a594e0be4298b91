/**
 * The graph's one tab stop: a roving focus target laid over whatever the keyboard cursor is
 * on (a unit, an incoming weight or bias, the loss), announced in words, with a ring drawn
 * around it. Each move puts a new element under the focus, so a screen reader reads the new
 * words (the pattern of data-navigator, written for React: React owns every element here).
 * The nodes and edges underneath stay the pointer's; for assistive technology this layer
 * is the graph.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Selection } from '../../store/appState';
import type { Frame } from '../../worker/protocol';
import { useApp } from '../kit/appContext';
import { useFrameDraw } from '../kit/useFrameDraw';
import { NavRing, spotBox } from './NavRing';
import type { GraphLayout } from './layout';
import type { NavSpot, NavState } from './navigation';
import { spokenWords } from './spokenWords';
import type { GraphTarget } from './targets';
import { useGraphNavigation } from './useGraphNavigation';

export interface GraphNavigatorProps {
  layout: GraphLayout;
  trainer: number;
  selection: Selection | null;
  /** Shows the hover card for what the cursor is on (null hides it). */
  onShow: (t: GraphTarget | null) => void;
}

export const GRAPH_KEYS_HELP =
  'Arrow keys move between layers and neurons. Enter opens a neuron’s incoming weights and bias; Enter on one shows its numbers in the inspector; Space selects without leaving the graph; Escape goes back up. P follows the strongest chain-rule path from a weight to the loss, Shift+P steps back.';

function spotKey(s: NavSpot): string {
  return s.kind === 'unit'
    ? `u${s.column}:${s.unit}`
    : s.kind === 'incoming'
      ? `w${s.layer}:${s.to}:${s.item}`
      : 'loss';
}

function targetOf(s: NavSpot, sizes: readonly number[]): GraphTarget | null {
  if (s.kind === 'unit')
    return s.column === 0 ? { kind: 'input', unit: s.unit } : { kind: 'neuron', layer: s.column - 1, unit: s.unit };
  if (s.kind === 'loss') return null;
  return s.item === sizes[s.layer]
    ? { kind: 'bias', layer: s.layer, unit: s.to }
    : { kind: 'weight', layer: s.layer, to: s.to, from: s.item };
}

function wordsFor(state: NavState, frame: Frame | null, trainer: number, sizes: readonly number[]): string {
  const tf = frame?.trainers[trainer];
  if (!tf || tf.layerSizes.join(',') !== sizes.join(',')) return 'Network graph: waiting for the network';
  return spokenWords(state, tf);
}

export function GraphNavigator({ layout, trainer, selection, onShow }: GraphNavigatorProps): ReactNode {
  const app = useApp();
  const nav = useGraphNavigation(layout.sizes, trainer, selection);
  const { targetRef } = nav;
  const helpId = useId();
  const { spot } = nav.state;
  const words = wordsFor(nav.state, app.frames.getState().frame, trainer, layout.sizes);
  // The numbers change with every frame: the words are rewritten a few times a second, without
  // a React render (a focused element's new name is not re-announced, so this never chatters).
  useFrameDraw((frame, text) => {
    const el = targetRef.current;
    if (!text || !el) return;
    const next = wordsFor(nav.state, frame, trainer, layout.sizes);
    if (el.getAttribute('aria-label') !== next) el.setAttribute('aria-label', next);
  });

  // The hover card follows the cursor while the graph has the focus, and goes when the focus does.
  const key = spotKey(spot);
  const shown = useRef(false);
  useEffect(() => {
    if (nav.focused) onShow(targetOf(spot, layout.sizes));
    else if (shown.current) onShow(null);
    shown.current = nav.focused;
    // `spot` is described by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nav.focused, key, onShow, layout.sizes]);
  const box = spotBox(spot, layout);

  return (
    <>
      <div className="bpl-nav" role="application" aria-label="Network graph" aria-describedby={helpId}>
        <div
          key={key}
          ref={targetRef}
          className="bpl-nav-target"
          data-testid="graph-cursor"
          data-spot={key}
          tabIndex={0}
          role="button"
          aria-label={words}
          style={{ left: box.x - box.w / 2, top: box.y - box.h / 2, width: box.w, height: box.h }}
          onKeyDown={nav.onKeyDown}
          onFocus={nav.onFocus}
          onBlur={nav.onBlur}
        />
        <p id={helpId} hidden>
          {GRAPH_KEYS_HELP}
        </p>
        <p className="bpl-nav-notice" role="status">
          {nav.focused ? nav.notice : null}
        </p>
      </div>
      {nav.focused && <NavRing spot={spot} trail={nav.state.trail} layout={layout} />}
    </>
  );
}
