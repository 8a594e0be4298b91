/** The update phase: every weight's old value, gradient, step and new value, side by side. */
import { biasIndex, layoutOf, weightIndex } from '../../engine/layout';
import type { StepperFrame, TrainerFrame } from '../../worker/protocol';
import { formatValue } from '../kit/format';
import { shortNeuron, shortSource } from '../kit/names';

interface Row {
  name: string;
  old: number;
  grad: number;
  next: number;
}

/** Every weight then bias, layer by layer, named in the seed notation: w from x_i or O_{l−1,i} into O_{l j}; b of O_{l j}. */
export function updateRows(stepper: StepperFrame, trainer: TrainerFrame): Row[] {
  const rows: Row[] = [];
  const params = layoutOf(trainer.layerSizes);
  const row = (name: string, k: number) =>
    rows.push({ name, old: stepper.paramsBefore[k], grad: trainer.grads[k], next: trainer.params[k] });
  params.layers.forEach((s, l) => {
    for (let j = 0; j < s.nOut; j++) {
      for (let i = 0; i < s.nIn; i++)
        row(`w ${shortSource(l, i)} → ${shortNeuron(l, j)}`, weightIndex(params, l, j, i));
    }
    for (let j = 0; j < s.nOut; j++) row(`b of ${shortNeuron(l, j)}`, biasIndex(params, l, j));
  });
  return rows;
}

export function UpdateTable({ stepper, trainer }: { stepper: StepperFrame; trainer: TrainerFrame }) {
  const rows = updateRows(stepper, trainer);
  return (
    <div className="update-table scroll-cue" role="region" aria-label="Weight updates" tabIndex={0}>
      <table>
        <caption>
          η = {trainer.optimizer.learningRate}:{' '}
          {trainer.optimizer.kind === 'sgd' ? (
            <>
              w<sub>new</sub> = w<sub>old</sub> − η · ∂L/∂w (for a bias, ∂L/∂b)
            </>
          ) : (
            <>
              {trainer.optimizer.kind === 'adam' ? 'Adam' : 'Momentum'} steps by its own rule; the change column shows
              the step it took.
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">old</th>
            <th scope="col">∂L/∂w</th>
            <th scope="col">change</th>
            <th scope="col">new</th>
          </tr>
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
