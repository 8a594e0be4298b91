/**
 * Export and import in one place, opened from the header: pictures of a panel (PNG, SVG),
 * data (the network as JSON and back, the history and the data set as CSV), and the
 * worksheet of one pass. A panel that opens below its button: keyboard-reachable, Escape
 * closes it and gives the focus back to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { DataSection } from './DataSection';
import { PictureSection } from './PictureSection';
import { WorksheetSection } from './WorksheetSection';
import './export.css';

/** The panel's width in CSS pixels (export.css). */
const PANEL_WIDTH = 380;

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  // The panel hangs from the button's right edge, unless the header wrapped the button to
  // the left of the window, where that would push the panel off-screen.
  const [fromLeft, setFromLeft] = useState(false);
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('select, button')?.focus();
  }, [open]);
  const say = (text: string, problem = false) => setStatus({ text, problem });
  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          if (open) return close();
          setFromLeft((buttonRef.current?.getBoundingClientRect().right ?? Infinity) < PANEL_WIDTH + 24);
          setStatus(null);
          setOpen(true);
        }}
      >
        Export & import
      </button>
      {open && (
        <div
          ref={panelRef}
          id={id}
          className={`export-panel${fromLeft ? ' from-left' : ''}`}
          role="dialog"
          aria-label="Export and import"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !document.body.classList.contains('ws-open')) {
              e.stopPropagation();
              close();
            }
          }}
        >
          <PictureSection say={say} />
          <DataSection say={say} />
          <WorksheetSection say={say} />
          {status && (
            <p className={status.problem ? 'field-problem' : 'hint'} role="status">
              {status.text}
            </p>
          )}
          <button type="button" className="export-close" onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
