/** The graph's accessible name: its units per layer, its skip connections and what its edges show. */
import type { EdgeMode, EdgeScale } from '../../store/appState';

/**
 * E.g. "Network graph: 2–8–8–1 units, with skip connections around hidden layers 2, edges
 * show |w| on a log scale".
 */
export function graphName(sizes: readonly number[], skips: readonly boolean[], mode: EdgeMode, scale: EdgeScale) {
  return `Network graph: ${sizes.join('–')} units${skipWords(skips)}, edges show ${mode === 'gradient' ? '|∂L/∂w|' : '|w|'} on a ${scale} scale`;
}

/** ", with skip connections around hidden layers 2, 3" (empty without skips). */
function skipWords(skips: readonly boolean[]): string {
  const layers = skips.flatMap((on, l) => (on ? [l + 1] : []));
  return layers.length === 0 ? '' : `, with skip connections around hidden layers ${layers.join(', ')}`;
}
