/** The glossary page: every term the screen uses, with its one-line explanation, A to Z. */
import { useEffect, useRef } from 'react';
import { GLOSSARY } from '../../lessons/glossary';

export function Glossary({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  const back = useRef<Element | null>(null);
  useEffect(() => {
    back.current = document.activeElement;
    close.current?.focus();
    return () => (back.current as HTMLElement | null)?.focus?.();
  }, []);
  const entries = Object.values(GLOSSARY).sort((a, b) => a.term.localeCompare(b.term, 'en'));
  return (
    <div className="welcome" role="presentation" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section
        className="welcome-card glossary"
        role="dialog"
        aria-modal="true"
        aria-labelledby="glossary-title"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="glossary-title">Glossary</h2>
        <dl>
          {entries.map((e) => (
            <div key={e.term} className="glossary-entry">
              <dt>{e.term}</dt>
              <dd>{e.line}</dd>
            </div>
          ))}
        </dl>
        <button ref={close} type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </section>
    </div>
  );
}
