/**
 * A number input that commits on Enter or blur. What the student types stays in the
 * box until it is accepted, so a typo is corrected, never silently replaced; a value the
 * set-up refused marks the field invalid, with the refusal linked to it and shown under it.
 */
import { useState } from 'react';
import { useRun } from '../kit/appContext';

export function NumberField({
  id,
  label,
  value,
  onCommit,
  hint,
  integer = false,
  field,
}: {
  id: string;
  label: string;
  value: number;
  onCommit: (v: number) => void;
  hint: string;
  /** Whole numbers only: offers the numeric keypad without a decimal point. */
  integer?: boolean;
  /** The set-up field it edits (configEdits' name for it): a refusal of that field is this field's. */
  field?: string;
}) {
  const refusal = useRun((s) => (field !== undefined && s.problem?.field === field ? s.problem.message : null));
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
        aria-describedby={refusal ? `${id}-problem ${id}-hint` : `${id}-hint`}
        aria-invalid={refusal ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {refusal && (
        <small id={`${id}-problem`} className="field-problem">
          {refusal}
        </small>
      )}
      <small id={`${id}-hint`} className="hint">
        {hint}
      </small>
    </div>
  );
}
