/** What the graph's picture depends on besides the frame's numbers: its structure, its focus. */
import type { TrainerFrame } from '../../worker/protocol';

/** What the graph's shape depends on: the layer sizes and which layers have skips ("2,8,8,1|0100"). */
export function structureKey(tf: TrainerFrame | undefined): string {
  if (!tf) return '';
  const sizes = tf.layerSizes.join(',');
  return tf.skips?.includes(true) ? `${sizes}|${tf.skips.map(Number).join('')}` : sizes;
}

/** The node columns (−1 = inputs) outside the focus, which NodeLayer draws faint; null: none. */
export function dimmedColumns(columns: number, focus: readonly number[] | null): number[] | null {
  if (focus === null) return null;
  return Array.from({ length: columns }, (_, c) => c - 1).filter((l) => !focus.includes(l));
}
