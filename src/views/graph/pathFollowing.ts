/**
 * The P key: following the chain rule from a weight to the loss, one weight per layer along
 * the strongest branch (the view finds it from the frame: navigation's NavNet), Shift+P back,
 * and what the keys do at the loss, the path's end.
 */
import { at, say, type NavNet, type NavResult, type NavSpot, type NavState, type Trail } from './navTypes';

/** One hop further along the strongest branch; from a weight into the output, the loss. */
export function forward(state: NavState, spot: Extract<NavSpot, { kind: 'incoming' }>, net: NavNet): NavResult {
  const trail: Trail = state.trail ?? { layer: spot.layer, from: spot.item, units: [spot.to] };
  if (spot.layer === net.sizes.length - 2) return at({ kind: 'loss' }, trail);
  const next = net.strongestNext(spot.layer + 1, spot.to);
  return at(
    { kind: 'incoming', layer: spot.layer + 1, to: next, item: spot.to },
    { ...trail, units: [...trail.units, next] },
  );
}

/** One hop back along the followed path (to its first weight at most). */
export function back(state: NavState): NavResult {
  const trail = state.trail;
  if (!trail) return say(state.spot, 'No path is being followed: P starts one from a weight.');
  const { spot } = state;
  const hops = trail.units.length;
  if (spot.kind === 'loss') return at(hopSpot(trail, hops - 1), trail);
  if (hops <= 1) return at(spot, null);
  const units = trail.units.slice(0, -1);
  return at(hopSpot(trail, units.length - 1), { ...trail, units });
}

/** The weight of hop `k` of a trail (0 = the weight the path starts from). */
export function hopSpot(trail: Trail, k: number): NavSpot {
  const from = k === 0 ? trail.from : trail.units[k - 1];
  return { kind: 'incoming', layer: trail.layer + k, to: trail.units[k], item: from };
}

export function onLoss(state: NavState, key: string, shift: boolean): NavResult | null {
  const trail = state.trail;
  switch (key) {
    case 'Escape':
    case 'ArrowLeft':
      return trail ? at(hopSpot(trail, trail.units.length - 1), trail) : null;
    case 'p':
      return shift ? back(state) : say(state.spot, 'This is the loss, the end of the path: Shift+P steps back.', trail);
    case 'Enter':
      return trail
        ? {
            state: { spot: hopSpot(trail, 0), trail: null },
            action: {
              kind: 'choose',
              selection: { kind: 'weight', layer: trail.layer, to: trail.units[0], from: trail.from },
            },
          }
        : null;
    case 'ArrowUp':
    case 'ArrowDown':
    case 'ArrowRight':
    case 'Home':
    case 'End':
    case ' ':
      return at(state.spot, trail);
    default:
      return null;
  }
}
