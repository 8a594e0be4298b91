/**
 * Moving around the network with the keyboard, as a pure model: where the cursor is and
 * what a key does to it. The graph is one tab stop; inside it
 * - ←/→ move between columns (inputs, hidden layers, output), ↑/↓ between units, Home/End
 *   to the first/last unit;
 * - Enter on a neuron descends to its incoming weights and its bias (↑/↓ among them), and
 *   Enter on one of those chooses it (the inspector takes the focus); Space selects without
 *   leaving the graph; Escape (or →) goes back up to the neuron, ← to the weight's source;
 * - P follows the chain rule from a weight towards the loss, one hop at a time along the
 *   strongest branch, Shift+P steps back.
 * The view (useGraphNavigation) turns the returned action into commands and words.
 */
import type { Selection } from '../../store/appState';
import { at, say, type NavNet, type NavResult, type NavSpot, type NavState } from './navTypes';
import { back, forward, onLoss } from './pathFollowing';

export type { NavAction, NavNet, NavResult, NavSpot, NavState, Trail } from './navTypes';

/** Keys the graph handles itself (so page shortcuts stand back), by KeyboardEvent.key. */
export const NAV_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Enter',
  ' ',
  'Escape',
  'p',
  'P',
];

/** Where the cursor starts: the selection if the graph shows it, else the first hidden neuron. */
export function initialSpot(sizes: readonly number[], selection: Selection | null): NavSpot {
  if (selection?.kind === 'weight')
    return { kind: 'incoming', layer: selection.layer, to: selection.to, item: selection.from };
  if (selection?.kind === 'bias') {
    return { kind: 'incoming', layer: selection.layer, to: selection.unit, item: sizes[selection.layer] };
  }
  if (selection?.kind === 'neuron') return { kind: 'unit', column: selection.layer + 1, unit: selection.unit };
  if (selection?.kind === 'layer') return { kind: 'unit', column: selection.layer + 1, unit: 0 };
  return { kind: 'unit', column: Math.min(1, sizes.length - 1), unit: 0 };
}

/** Whether `spot` exists in a network of these sizes (a rebuilt network may have lost it). */
export function spotFits(spot: NavSpot, sizes: readonly number[]): boolean {
  switch (spot.kind) {
    case 'unit':
      return spot.column < sizes.length && spot.unit < sizes[spot.column];
    case 'incoming':
      return spot.layer + 1 < sizes.length && spot.to < sizes[spot.layer + 1] && spot.item <= sizes[spot.layer];
    case 'loss':
      return true;
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The unit of a column of `n` units at the same height as unit `unit` of a column of `m`. */
function sameHeight(unit: number, m: number, n: number): number {
  return m <= 1 ? Math.floor((n - 1) / 2) : clamp(Math.round((unit * (n - 1)) / (m - 1)), 0, n - 1);
}

/** What `key` does at `state`; null when the graph does not use the key there. */
export function navigate(state: NavState, key: string, shift: boolean, net: NavNet): NavResult | null {
  const { spot } = state;
  const k = key === 'P' ? 'p' : key;
  switch (spot.kind) {
    case 'unit':
      return onUnit(spot, k, net);
    case 'incoming':
      return onIncoming(state, spot, k, shift, net);
    case 'loss':
      return onLoss(state, k, shift);
  }
}

function onUnit(spot: Extract<NavSpot, { kind: 'unit' }>, key: string, net: NavNet): NavResult | null {
  const { sizes } = net;
  const n = sizes[spot.column];
  const to = (column: number) => at({ kind: 'unit', column, unit: sameHeight(spot.unit, n, sizes[column]) });
  const neuron: Selection | null =
    spot.column === 0 ? null : { kind: 'neuron', layer: spot.column - 1, unit: spot.unit };
  switch (key) {
    case 'ArrowLeft':
      return spot.column > 0 ? to(spot.column - 1) : at(spot);
    case 'ArrowRight':
      return spot.column < sizes.length - 1 ? to(spot.column + 1) : at(spot);
    case 'ArrowUp':
    case 'ArrowDown':
      return at({ ...spot, unit: clamp(spot.unit + (key === 'ArrowUp' ? -1 : 1), 0, n - 1) });
    case 'Home':
    case 'End':
      return at({ ...spot, unit: key === 'Home' ? 0 : n - 1 });
    case 'Enter':
      if (!neuron) return say(spot, 'An input has no incoming weights: move right to a neuron.');
      return {
        state: { spot: { kind: 'incoming', layer: spot.column - 1, to: spot.unit, item: 0 }, trail: null },
        action: { kind: 'select', selection: neuron },
      };
    case ' ':
      return neuron ? { state: { spot, trail: null }, action: { kind: 'select', selection: neuron } } : at(spot);
    case 'Escape':
      return { state: { spot, trail: null }, action: { kind: 'select', selection: null } };
    case 'p':
      return say(
        spot,
        'Choose a weight first: Enter opens this neuron’s incoming weights, then P follows one to the loss.',
      );
    default:
      return null;
  }
}

function paramOf(spot: Extract<NavSpot, { kind: 'incoming' }>, sizes: readonly number[]): Selection {
  return spot.item === sizes[spot.layer]
    ? { kind: 'bias', layer: spot.layer, unit: spot.to }
    : { kind: 'weight', layer: spot.layer, to: spot.to, from: spot.item };
}

function onIncoming(
  state: NavState,
  spot: Extract<NavSpot, { kind: 'incoming' }>,
  key: string,
  shift: boolean,
  net: NavNet,
): NavResult | null {
  const { sizes } = net;
  const nIn = sizes[spot.layer];
  const bias = spot.item === nIn;
  const neuron: NavSpot = { kind: 'unit', column: spot.layer + 1, unit: spot.to };
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown':
      return at({ ...spot, item: clamp(spot.item + (key === 'ArrowUp' ? -1 : 1), 0, nIn) });
    case 'Home':
    case 'End':
      return at({ ...spot, item: key === 'Home' ? 0 : nIn });
    case 'ArrowLeft':
      return bias
        ? say(spot, 'A bias has no source: ↑ moves to the weights.')
        : at({ kind: 'unit', column: spot.layer, unit: spot.item });
    case 'ArrowRight':
    case 'Escape':
      return at(neuron);
    case 'Enter':
      return { state: { spot, trail: null }, action: { kind: 'choose', selection: paramOf(spot, sizes) } };
    case ' ':
      return { state: { spot, trail: state.trail }, action: { kind: 'select', selection: paramOf(spot, sizes) } };
    case 'p':
      if (shift) return back(state);
      if (bias) return say(spot, 'A bias reaches the loss through its neuron: ↑ moves to a weight, then P follows it.');
      return forward(state, spot, net);
    default:
      return null;
  }
}
