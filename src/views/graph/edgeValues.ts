/** What the edges encode: the frame's gradients or weights, and the width scale's 100 % from its edgeMax. */
import type { EdgeMode } from '../../store/appState';
import type { Frame, TrainerFrame } from '../../worker/protocol';

/** The flat array the edges encode: gradients or the weights themselves. */
export function edgeSource(frame: TrainerFrame, mode: EdgeMode): Float64Array {
  return mode === 'gradient' ? frame.grads : frame.params;
}

/** Largest |value| over every weight (not bias) of the network, from the frame: the linear scale's 100 %. */
export function maxEdgeMagnitude(frame: TrainerFrame, mode: EdgeMode): number {
  const offset = mode === 'gradient' ? 0 : 1;
  let max = 0;
  for (let k = offset; k < frame.edgeMax.length; k += 2) max = Math.max(max, frame.edgeMax[k]);
  return max;
}

/**
 * The largest edge over several trainers, so networks drawn side by side (compare mode)
 * share one width scale and a vanished gradient on one side looks vanished next to the other.
 */
export function sharedEdgeMax(frame: Frame | null, trainers: readonly number[], mode: EdgeMode): number | null {
  let max: number | null = null;
  for (const k of trainers) {
    const t = frame?.trainers[k];
    if (t) max = Math.max(max ?? 0, maxEdgeMagnitude(t, mode));
  }
  return max;
}
