/**
 * The page's first tab stops, shown only when focused: straight to the network graph (its
 * keyboard cursor) or to the settings, past the header's controls.
 */
import type { MouseEvent } from 'react';

function focusFirst(e: MouseEvent<HTMLAnchorElement>, selector: string) {
  const target = e.currentTarget.closest('.app')?.querySelector<HTMLElement>(selector);
  if (!target) return;
  e.preventDefault();
  target.focus();
}

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#network" onClick={(e) => focusFirst(e, '[data-testid="graph-cursor"]')}>
        Skip to the network graph
      </a>
      <a
        href="#settings"
        onClick={(e) => focusFirst(e, '.controls-panel button, .controls-panel input, .controls-panel select')}
      >
        Skip to the settings
      </a>
    </nav>
  );
}
