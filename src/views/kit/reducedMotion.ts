/**
 * `prefers-reduced-motion`: with it, what moves only to decorate — the graph's edges and
 * nodes and the charts redrawn with every frame while training plays — is redrawn at most
 * every REDUCED_MOTION_MS, and CSS drops every animation and transition (styles.css).
 * Training runs at full speed; a step, a click or a pause still shows at once.
 */

/** The slowest redraw while playing under reduced motion: twice a second. */
export const REDUCED_MOTION_MS = 500;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
