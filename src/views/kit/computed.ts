/**
 * Which of a frame's values the step-through has computed: the rest read "not computed yet"
 * whatever number stands in for them (the frame contract's `computed`; null outside
 * step-through, when every value is). A computed value that is not finite is shown as
 * such (kit/format.ts), never as "not computed yet".
 */
import type { TrainerFrame } from '../../worker/protocol';
import { NOT_COMPUTED, formatNumber, formatShown } from './format';

/** A per-unit value of layer `layer` (f′(z) comes with a), a layer's gradients, or the example's loss. */
export type ComputedKind = 'z' | 'a' | 'df' | 'delta' | 'grads' | 'loss';

export function isComputed(frame: Pick<TrainerFrame, 'computed'>, kind: ComputedKind, layer = 0): boolean {
  const c = frame.computed;
  if (!c) return true;
  switch (kind) {
    case 'loss':
      return c.loss;
    case 'df':
      return c.a[layer] ?? false;
    case 'z':
    case 'a':
    case 'delta':
    case 'grads':
      return c[kind][layer] ?? false;
  }
}

/** formatNumber, or "not computed yet". */
export function formatComputed(v: number, computed: boolean): string {
  return computed ? formatNumber(v) : NOT_COMPUTED;
}

/** formatShown (the inspector's readable exponents), or "not computed yet". */
export function showComputed(v: number, computed: boolean): string {
  return computed ? formatShown(v) : NOT_COMPUTED;
}
