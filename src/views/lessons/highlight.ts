/**
 * Pointing at things by meaning: a lesson step names a neuron, a weight, a layer, a panel or
 * a control, and the view that draws it asks here whether it is pointed at. The mark is a
 * glow around the element (never over it), so it never hides what it points at.
 */
import type { Control, Highlight, Panel } from '../../lessons/types';
import { useHighlights } from './useLesson';

export const GLOW = 'lesson-glow';

/** ' lesson-glow' when the current lesson step points at this panel, else ''. */
export function usePanelGlow(panel: Panel): string {
  return useHighlights().some((h) => h.kind === 'panel' && h.panel === panel) ? ` ${GLOW}` : '';
}

/** ' lesson-glow' when the current lesson step points at this control, else ''. */
export function useControlGlow(control: Control): string {
  return useHighlights().some((h) => h.kind === 'control' && h.control === control) ? ` ${GLOW}` : '';
}

/** The neurons, weights and layers the current step points at, for the graph. */
export function useGraphHighlights(): Extract<Highlight, { kind: 'neuron' | 'weight' | 'layer' }>[] {
  return useHighlights().filter(
    (h): h is Extract<Highlight, { kind: 'neuron' | 'weight' | 'layer' }> =>
      h.kind === 'neuron' || h.kind === 'weight' || h.kind === 'layer',
  );
}
