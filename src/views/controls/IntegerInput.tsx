/**
 * A compact whole-number box that commits on Enter or blur, never per keystroke (each
 * commit may rebuild the network). What the student types stays in the box until it is
 * accepted, so a typo is corrected, never silently replaced; an unchanged value commits
 * nothing.
 */
import { useState } from 'react';

export function IntegerInput({
  id,
  label,
  value,
  onCommit,
  describedBy,
  className,
}: {
  id?: string;
  /** The accessible name (the box has no visible label of its own). */
  label: string;
  value: number;
  onCommit: (v: number) => void;
  describedBy?: string;
  className?: string;
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    const v = text.trim() === '' ? NaN : Number(text);
    if (v !== value) onCommit(v);
  };
  return (
    <input
      id={id}
      className={className}
      aria-label={label}
      aria-describedby={describedBy}
      inputMode="numeric"
      size={3}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.target.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
