/**
 * A term on screen with its one-line glossary explanation, shown on hover and on keyboard
 * focus and read by screen readers as the term's description. The explanation is rendered
 * outside the term (a portal), so a term inside a label does not change the label's name.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { GLOSSARY, type GlossaryKey } from '../../lessons/glossary';

export function Term({ id, children }: { id: GlossaryKey; children: ReactNode }) {
  const tip = useId();
  const ref = useRef<HTMLSpanElement>(null);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const show = () => {
    const r = ref.current?.getBoundingClientRect();
    setAt(
      r ? { left: Math.max(4, Math.min(r.left, window.innerWidth - 270)), top: r.bottom + 4 } : { left: 0, top: 0 },
    );
  };
  const hide = () => setAt(null);
  return (
    <>
      <span
        ref={ref}
        className="term"
        tabIndex={0}
        aria-describedby={tip}
        onPointerEnter={show}
        onPointerLeave={hide}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(e) => {
          if (e.key === 'Escape') hide();
        }}
      >
        {children}
      </span>
      {createPortal(
        <span id={tip} role="tooltip" className={`term-tip${at ? ' term-tip-open' : ''}`} style={at ?? undefined}>
          {GLOSSARY[id].line}
        </span>,
        document.body,
      )}
    </>
  );
}
