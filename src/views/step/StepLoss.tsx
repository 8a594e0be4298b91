/**
 * The loss phase's numbers for the example in step-through. One output: ŷ, y and L. A
 * softmax: every class's z and probability (the true class marked), then L = −ln of the
 * true class's probability — the engine's values, computed from the logits.
 */
import { unitIndex, layoutOf } from '../../engine/layout';
import type { ProbeState } from '../../worker/protocol';
import { formatValue } from '../kit/format';
import { Tex } from '../kit/Tex';
import { trueClass } from '../inspector/outputTex';
import { texNum } from '../inspector/texFormat';

export interface StepLossProps {
  probe: ProbeState;
  layerSizes: readonly number[];
  softmax: boolean;
}

export function StepLoss({ probe, layerSizes, softmax }: StepLossProps) {
  if (!Number.isFinite(probe.loss)) return null;
  if (!softmax) {
    return (
      <p className="step-loss" data-testid="step-loss">
        ŷ = {formatValue(probe.a[probe.a.length - 1])}, y = {formatValue(probe.target[probe.target.length - 1])}, loss L
        = {formatValue(probe.loss)}
      </p>
    );
  }
  const layout = layoutOf(layerSizes);
  const last = layerSizes.length - 2;
  const K = layerSizes[layerSizes.length - 1];
  const at = (m: number) => unitIndex(layout, last, m);
  const c = trueClass(probe.target);
  const p = c >= 0 ? probe.a[at(c)] : NaN;
  const lossTex =
    c >= 0
      ? `L = -\\ln \\hat y_{${c + 1}} = ${p > 0 ? `-\\ln ${texNum(p)} = ` : ''}${texNum(probe.loss)}`
      : `L = -\\sum_m y_m \\ln \\hat y_m = ${texNum(probe.loss)}`;
  return (
    <div className="step-loss step-softmax" data-testid="step-loss">
      <table aria-label="Softmax of the outputs">
        <thead>
          <tr>
            <th scope="col">class</th>
            <th scope="col">z</th>
            <th scope="col">ŷ = softmax(z)</th>
            <th scope="col">y</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: K }, (_, m) => (
            <tr key={m} className={m === c ? 'step-true-class' : undefined}>
              <th scope="row">
                {m + 1}
                {m === c ? ' (true)' : ''}
              </th>
              <td>{formatValue(probe.z[at(m)])}</td>
              <td>{formatValue(probe.a[at(m)])}</td>
              <td>{formatValue(probe.target[m])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Tex tex={lossTex} />
      </p>
    </div>
  );
}
