/**
 * The printable worksheet over the app: a toolbar (homework or answer key, A4 or Letter,
 * Print, Close) and the page. When printing only the page is printed, on the chosen paper
 * (print styles in worksheet.css; the paper size is set by an @page rule written here).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Worksheet } from '../../store/files/worksheet';
import { WorksheetPage } from './WorksheetPage';
import './worksheet.css';

export type Paper = 'A4' | 'letter';

export interface WorksheetViewProps {
  sheet: Worksheet;
  answers: boolean;
  onClose(): void;
}

export function WorksheetView({ sheet, answers: initialAnswers, onClose }: WorksheetViewProps) {
  const [answers, setAnswers] = useState(initialAnswers);
  const [paper, setPaper] = useState<Paper>(() =>
    typeof navigator !== 'undefined' && /^en-(US|CA)|^es-(MX|US)/.test(navigator.language) ? 'letter' : 'A4',
  );
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    document.body.classList.add('ws-open');
    closeRef.current?.focus();
    return () => document.body.classList.remove('ws-open');
  }, []);
  return createPortal(
    <div
      className={`ws-overlay ws-paper-${paper}`}
      role="dialog"
      aria-modal="true"
      aria-label="Worksheet of one pass"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <style>{`@page { size: ${paper} portrait; margin: 10mm; }`}</style>
      <div className="ws-toolbar">
        <fieldset>
          <legend>Version</legend>
          <label>
            <input type="radio" name="ws-version" checked={!answers} onChange={() => setAnswers(false)} />
            Homework (blanks)
          </label>
          <label>
            <input type="radio" name="ws-version" checked={answers} onChange={() => setAnswers(true)} />
            Answer key
          </label>
        </fieldset>
        <label>
          Paper{' '}
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="A4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          Print…
        </button>
        <button type="button" ref={closeRef} onClick={onClose}>
          Close
        </button>
      </div>
      <WorksheetPage sheet={sheet} answers={answers} />
    </div>,
    document.body,
  );
}
