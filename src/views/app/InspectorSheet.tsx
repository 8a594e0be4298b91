/**
 * The inspector's card. On a laptop it sits in the side column; on a phone (≤ 700 px wide,
 * styles.css) it is a bottom sheet that opens over the page as soon as something is
 * selected, instead of appearing a thousand pixels below the graph with no cue. Opening it
 * there also brings the graph to the top of the screen, so what was tapped stays in view
 * above the sheet.
 */
import { useEffect, useRef } from 'react';
import { Inspector } from '../inspector';
import { useAppState } from '../kit/appContext';
import { PanelBoundary } from '../kit/PanelBoundary';
import { prefersReducedMotion } from '../kit/reducedMotion';
import { usePanelGlow } from '../lessons/highlight';

/** The width at and under which the layout is a phone's (styles.css uses the same). */
export const PHONE_QUERY = '(max-width: 700px)';

export function InspectorSheet() {
  const glow = usePanelGlow('inspector');
  const open = useAppState((s) => s.selection !== null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open || typeof matchMedia === 'undefined' || !matchMedia(PHONE_QUERY).matches) return;
    const graph = ref.current?.closest('.app')?.querySelector('.graph-panel');
    const top = graph?.getBoundingClientRect().top;
    // Only when the graph's top is off screen or low enough that the sheet would hide the graph.
    if (graph && top !== undefined && (top < 0 || top > 80)) {
      graph.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }, [open]);
  return (
    <section ref={ref} className={`card inspector-card${open ? ' is-open' : ''}${glow}`} aria-label="Inspector">
      <PanelBoundary name="The inspector">
        <Inspector />
      </PanelBoundary>
    </section>
  );
}
