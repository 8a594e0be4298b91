/** The update phase: every weight's old value, gradient, step and new value, side by side. */
import { formatValue } from '../format';
import type { StepperFrame } from '../../worker/protocol';

interface Row {
  name: string;
  old: number;
  grad: number;
  next: number;
}

/** Names in the seed notation: w from x_i or O_{l-1,i} into O_{l j}; b of O_{l j}. */
export function updateRows(stepper: StepperFrame, layerSizes: number[]): Row[] {
  const rows: Row[] = [];
  let o = 0;
  for (let l = 1; l < layerSizes.length; l++) {
    const nIn = layerSizes[l - 1];
    const nOut = layerSizes[l];
    const from = (i: number) => (l === 1 ? `x${i + 1}` : `O${l - 1},${i + 1}`);
    for (let j = 0; j < nOut; j++) {
      for (let i = 0; i < nIn; i++) {
        const k = o + j * nIn + i;
        rows.push({ name: `w ${from(i)} → O${l},${j + 1}`, old: stepper.paramsBefore[k], grad: stepper.grads[k], next: stepper.params[k] });
      }
    }
    o += nIn * nOut;
    for (let j = 0; j < nOut; j++) {
      rows.push({ name: `b of O${l},${j + 1}`, old: stepper.paramsBefore[o + j], grad: stepper.grads[o + j], next: stepper.params[o + j] });
    }
    o += nOut;
  }
  return rows;
}

export function UpdateTable({ stepper, layerSizes }: { stepper: StepperFrame; layerSizes: number[] }) {
  const rows = updateRows(stepper, layerSizes);
  return (
    <div className="update-table" role="region" aria-label="Weight updates" tabIndex={0}>
      <table>
        <caption>
          η = {stepper.learningRate}: {stepper.optimizer === 'sgd'
            ? <>w<sub>new</sub> = w<sub>old</sub> − η · ∂L/∂w (for a bias, ∂L/∂b)</>
            : <>{stepper.optimizer === 'adam' ? 'Adam' : 'Momentum'} steps by its own rule; the change column shows the step it took.</>}
        </caption>
        <thead>
          <tr><th scope="col">Parameter</th><th scope="col">old</th><th scope="col">∂L/∂w</th><th scope="col">change</th><th scope="col">new</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{formatValue(r.old)}</td>
              <td>{formatValue(r.grad)}</td>
              {/* The change itself: a tiny step would hide in "1.67 → 1.67". */}
              <td>{r.next === r.old ? '0' : formatValue(r.next - r.old)}</td>
              <td className={r.next > r.old ? 'up' : r.next < r.old ? 'down' : ''}>{formatValue(r.next)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
