/** Small building blocks the inspector's views share: titled sections, formulas, value rows. */
import type { ReactNode } from 'react';
import type { Formula } from './neuronTex';
import { NON_FINITE_MARK, NOT_COMPUTED } from '../kit/format';
import { Tex } from '../kit/Tex';

export { NOT_COMPUTED };

/**
 * The title of what the inspector shows: typeset, with its name in words for screen readers
 * (never TeX), and focusable from script: choosing a weight moves the focus here.
 */
export function InspectorTitle({ tex, words, children }: { tex: string; words: string; children: ReactNode }) {
  return (
    <header className="insp-title">
      <h3 className="insp-heading" tabIndex={-1} aria-label={words} data-inspector-heading="">
        <Tex tex={tex} />
      </h3>
      <span className="insp-subtitle">{children}</span>
    </header>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="insp-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export interface FormulaBlockProps {
  label: ReactNode;
  formula: Formula;
  /** The stepper's current phase computes this formula: emphasise it. */
  current?: boolean;
  note?: ReactNode;
  /** Names the block for tests and styling (data-formula). */
  name?: string;
}

/** A labelled, typeset formula; a pending one shows its symbols and "not computed yet". */
export function FormulaBlock({ label, formula, current = false, note, name }: FormulaBlockProps) {
  const cls = `insp-formula${current ? ' insp-current' : ''}${formula.pending ? ' insp-pending' : ''}`;
  return (
    <div className={cls} data-formula={name}>
      <div className="insp-label">
        {label}
        {current && <span className="insp-badge">this step</span>}
      </div>
      <Tex tex={formula.tex} display />
      {formula.pending && <p className="insp-pending-note">{NOT_COMPUTED}</p>}
      {note && <p className="insp-note">{note}</p>}
    </div>
  );
}

export interface ValueRowProps {
  /** KaTeX of the quantity's symbol. */
  symbol: string;
  /** What it is, in words. */
  label: string;
  value: string;
  /** Hover text: the exact value. */
  title?: string;
  emphasis?: boolean;
}

/** One row of a definition list: symbol, words, value (or "not computed yet"). */
export function ValueRow({ symbol, label, value, title, emphasis = false }: ValueRowProps) {
  const pending = value === NOT_COMPUTED;
  const nonFinite = value.startsWith(NON_FINITE_MARK);
  return (
    <div className={`insp-row${emphasis ? ' insp-row-strong' : ''}`}>
      <dt>
        <Tex tex={symbol} />
        <span className="insp-row-label">{label}</span>
      </dt>
      <dd className={pending ? 'insp-pending-note' : nonFinite ? 'insp-nonfinite' : undefined} title={title}>
        {value}
      </dd>
    </div>
  );
}
