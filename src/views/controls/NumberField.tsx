/**
 * A number input that commits on Enter or blur. What the student types stays in the
 * box until it is accepted, so a typo is corrected, never silently replaced.
 */
import { useState } from 'react';

export function NumberField({
  id,
  label,
  value,
  onCommit,
  hint,
  integer = false,
}: {
  id: string;
  label: string;
  value: number;
  onCommit: (v: number) => void;
  hint: string;
  /** Whole numbers only: offers the numeric keypad without a decimal point. */
  integer?: boolean;
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown && !(Number.isNaN(value) && Number.isNaN(shown))) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    const v = text.trim() === '' ? NaN : Number(text);
    onCommit(v);
  };
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <small id={`${id}-hint`} className="hint">
        {hint}
      </small>
    </div>
  );
}
