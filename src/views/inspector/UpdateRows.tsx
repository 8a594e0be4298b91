/** The update a weight or bias receives: p_new = p − η·∂L/∂p, old and new side by side. */
import type { OptimizerName } from '../../engine';
import { isPhase, type NetState } from './netState';
import { FormulaBlock, ValueRow } from './parts';
import { texFactor, texNum } from './texFormat';
import { OPTIMIZER_LABELS } from '../kit/labels';
import { formatExact, formatShown } from '../kit/format';

export interface UpdateRowsProps {
  state: NetState;
  /** Index into params/grads. */
  index: number;
  /** "w" or "b". */
  symbol: string;
  /** Current value (before the step). */
  value: number;
  /** ∂L/∂p for the shown example. */
  grad: number;
  /** The stepper has not computed ∂L/∂p yet: the formula shows symbols only. */
  pending: boolean;
  learningRate: number;
}

export function UpdateRows({ state, index, symbol, value, grad, pending, learningRate }: UpdateRowsProps) {
  const d = `\\frac{\\partial L}{\\partial ${symbol}}`;
  const sym = `${symbol}_{\\text{new}} &= ${symbol} - \\eta\\,${d}`;
  const next = value - learningRate * grad;
  const formula = pending
    ? { tex: `\\begin{aligned}${sym}\\end{aligned}`, pending: true }
    : {
        tex: `\\begin{aligned}${sym}\\\\ &= ${texNum(value)} - ${texFactor(learningRate)}\\cdot ${texFactor(grad)}\\\\ &= ${texNum(next)}\\end{aligned}`,
        pending: false,
      };
  const optimizer = state.optimizer as OptimizerName;
  return (
    <>
      <FormulaBlock
        name="update"
        label={state.stepping ? 'Update (η: learning rate)' : 'Update from this example (η: learning rate)'}
        formula={formula}
        current={isPhase(state, 'update')}
        note={pending ? undefined : `Δ${symbol} = ${formatShown(next - value)}`}
      />
      <dl className="insp-values">
        {state.paramsAfter && (
          <ValueRow
            symbol={`${symbol}_{\\text{new}}`}
            label={`after the update (${OPTIMIZER_LABELS[optimizer] ?? optimizer})`}
            value={formatShown(state.paramsAfter[index])}
            title={formatExact(state.paramsAfter[index])}
            emphasis
          />
        )}
      </dl>
      {optimizer !== 'sgd' && (
        <p className="insp-note">
          {OPTIMIZER_LABELS[optimizer] ?? optimizer} also uses past gradients, so its real step differs from the plain
          gradient step shown here.
        </p>
      )}
    </>
  );
}
