/** The keyboard shortcuts: bound while the app is on screen, listed by a header button or `?`. */
import { useState } from 'react';
import { HelpOverlay } from './HelpOverlay';
import { useShortcuts } from './useShortcuts';

export function Shortcuts() {
  const [open, setOpen] = useState(false);
  useShortcuts(() => setOpen((o) => !o));
  return (
    <>
      <button type="button" className="shortcuts-button" aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        Keys <kbd aria-hidden="true">?</kbd>
      </button>
      {open && <HelpOverlay onClose={() => setOpen(false)} />}
    </>
  );
}
