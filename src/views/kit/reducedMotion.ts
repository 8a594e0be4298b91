/**
 * `prefers-reduced-motion`: with it, what moves only to decorate — the graph's edges and
 * nodes and the charts redrawn with every frame while training plays — is redrawn at most
 * every REDUCED_MOTION_MS, and CSS drops every animation and transition (styles.css).
 * Training runs at full speed; a step, a click or a pause still shows at once.
 */

/** The slowest redraw while playing under reduced motion: twice a second. */
export const REDUCED_MOTION_MS = 500;

// The query list is live (its `matches` follows the setting): asked once, not with every frame
// of every painter (npm run bench:ui measured matchMedia at 7 ms/s on 12 × 64 units).
let asked: { of: typeof matchMedia; list: MediaQueryList } | null = null;

export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  if (asked?.of !== matchMedia) asked = { of: matchMedia, list: matchMedia('(prefers-reduced-motion: reduce)') };
  return asked.list.matches;
}
