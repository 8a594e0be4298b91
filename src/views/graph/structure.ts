/** What the graph's picture depends on besides the frame's numbers: its structure, its focus. */
import type { TrainerFrame } from '../../worker/protocol';

/** What the graph's shape depends on: the layer sizes and which layers have skips ("2,8,8,1|0100"). */
export function structureKey(tf: TrainerFrame | undefined): string {
  if (!tf) return '';
  const sizes = tf.layerSizes.join(',');
  return tf.skips?.includes(true) ? `${sizes}|${tf.skips.map(Number).join('')}` : sizes;
}

/** The layer sizes and the per-layer skips a structure key stands for: structureKey read back. */
export function structureFromKey(key: string): { sizes: number[]; skips: boolean[] } {
  return {
    sizes: key === '' ? [] : key.split('|')[0].split(',').map(Number),
    skips: [...(key.split('|')[1] ?? '')].map((c) => c === '1'),
  };
}

/** Step-through's focus: which layers and node columns stay bright, and which value the nodes show. */
export interface GraphFocus {
  /** Engine layers (0-based; −1 = the inputs) kept bright; everything else dims. */
  layers?: number[];
  /** Node columns kept bright, when they differ from the edge layers (e.g. δ flows over the layer above). */
  nodes?: number[];
  /** Which way the pass runs: value text shows a (forward) or δ (backward). */
  direction?: 'forward' | 'backward';
  /** Which value the value text shows (default: a forward, δ backward). */
  values?: 'z' | 'a' | 'delta';
}

/** The node columns (−1 = inputs) outside the focus, which NodeLayer draws faint; null: none. */
export function dimmedColumns(columns: number, focus: readonly number[] | null): number[] | null {
  if (focus === null) return null;
  return Array.from({ length: columns }, (_, c) => c - 1).filter((l) => !focus.includes(l));
}
