/** The graph's keyboard cursor: where it can be, what a key press returns (navigation.ts). */
import type { HighlightedPath, Selection } from '../../store/appState';

export type NavSpot =
  /** A unit of column `column` (0 = the inputs, c ≥ 1 = engine layer c − 1). */
  | { kind: 'unit'; column: number; unit: number }
  /** An incoming parameter of neuron `to` of engine layer `layer`: the weight from unit `item`, or the bias when item = nIn. */
  | { kind: 'incoming'; layer: number; to: number; item: number }
  /** The loss, at the end of a followed path. */
  | { kind: 'loss' };

/** The chain-rule path followed with P: from the weight (layer, from → units[0]), through units[1…]. */
export type Trail = Omit<HighlightedPath, 'skips'>;

export interface NavState {
  spot: NavSpot;
  trail: Trail | null;
}

export type NavAction =
  /** Select without moving the focus (null clears the selection). */
  | { kind: 'select'; selection: Selection | null }
  /** Select, and hand the focus to the inspector's heading. */
  | { kind: 'choose'; selection: Selection }
  /** Nothing moves: say why. */
  | { kind: 'say'; text: string };

export interface NavNet {
  /** [inputs, hidden…, outputs] */
  sizes: readonly number[];
  /** The unit of engine layer `layer` that neuron `from` (of the layer below) feeds most strongly: the path's next hop. */
  strongestNext(layer: number, from: number): number;
}

export interface NavResult {
  state: NavState;
  action: NavAction | null;
}

/** The cursor at `spot`, nothing else done. */
export const at = (spot: NavSpot, trail: Trail | null = null): NavResult => ({ state: { spot, trail }, action: null });

/** The cursor stays; `text` says why. */
export function say(spot: NavSpot, text: string, trail: Trail | null = null): NavResult {
  return { state: { spot, trail }, action: { kind: 'say', text } };
}
