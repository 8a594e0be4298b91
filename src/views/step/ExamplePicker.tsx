/**
 * Chooses the example to step through (and to print a worksheet of): a training row, or
 * the student's own input and target (for one output per class, the class: 1 to K, sent
 * one-hot). In step-through it restarts the step on it; in Train mode it is remembered for
 * the next step-through and the worksheet.
 */
import { useId, useState } from 'react';
import { useCommands, useRun } from '../kit/appContext';

type Field = 'row' | 'input' | 'target';

export function ExamplePicker() {
  const data = useRun((s) => s.data[0]);
  const { setExample } = useCommands();
  const [row, setRow] = useState('1');
  const [custom, setCustom] = useState('');
  const [target, setTarget] = useState('');
  // Which fields were refused ('row' or 'custom') and why: those are aria-invalid, the sentence linked.
  const [problem, setProblemHere] = useState<{ text: string; field: Field } | null>(null);
  const problemId = useId();
  if (!data) return null;
  const classes = data.labels === 'one-hot' ? data.outputSize : 0;
  /** The typed target as the network's targets: numbers, or a class as a one-hot row. */
  const targetOf = (typed: number[]): number[] | null => {
    if (classes === 0) return typed.length === data.outputSize && typed.every(Number.isFinite) ? typed : null;
    const c = typed[0];
    if (typed.length !== 1 || !Number.isInteger(c) || c < 1 || c > classes) return null;
    return Array.from({ length: classes }, (_, m) => (m === c - 1 ? 1 : 0));
  };
  const chooseRow = () => {
    const n = Number(row);
    if (!Number.isInteger(n) || n < 1 || n > data.train.count) {
      return setProblemHere({ text: `Pick a training example from 1 to ${data.train.count}.`, field: 'row' });
    }
    setProblemHere(null);
    setExample({ kind: 'row', index: n - 1 });
  };
  const chooseCustom = () => {
    const input = custom
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    const y = target
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    if (input.length !== data.inputSize || !input.every(Number.isFinite)) {
      const text = `Type ${data.inputSize} input number${data.inputSize > 1 ? 's' : ''}, separated by commas.`;
      return setProblemHere({ text, field: 'input' });
    }
    const t = targetOf(y);
    if (!t) {
      const text = classes ? `Type the true class, 1 to ${classes}.` : 'Type the target value y.';
      return setProblemHere({ text, field: 'target' });
    }
    setProblemHere(null);
    setExample({ kind: 'custom', input, target: t });
  };
  /** A refused field is aria-invalid, and the refusal describes it. */
  const invalid = (field: Field) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};
  return (
    <div className="example-picker">
      <label>
        Example #
        <input
          aria-label="Training example number"
          {...invalid('row')}
          value={row}
          size={4}
          onChange={(e) => setRow(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && chooseRow()}
        />
      </label>
      <button type="button" onClick={chooseRow}>
        Use
      </button>
      <span className="or">or your own: x =</span>
      <input
        aria-label="Your input values"
        {...invalid('input')}
        placeholder={data.inputSize === 2 ? '1.5, -2' : '0.5'}
        value={custom}
        size={8}
        onChange={(e) => setCustom(e.target.value)}
      />
      <label>
        {classes ? 'class =' : 'y ='}
        <input
          aria-label={classes ? 'Your true class' : 'Your target value'}
          {...invalid('target')}
          placeholder="1"
          value={target}
          size={4}
          onChange={(e) => setTarget(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && chooseCustom()}
        />
      </label>
      <button type="button" onClick={chooseCustom}>
        Use mine
      </button>
      {problem && (
        <span id={problemId} className="field-problem" role="alert">
          {problem.text}
        </span>
      )}
    </div>
  );
}
