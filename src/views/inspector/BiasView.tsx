/** The bias b_j of O_{l j}: its value, ∂L/∂b = δ_j, and its update. */
import { type NetState } from './netState';
import { biasIndex, unitIndex } from '../../engine/layout';
import { FormulaBlock, Section, ValueRow, InspectorTitle } from './parts';
import { texNum } from './texFormat';
import { UpdateRows } from './UpdateRows';
import { isComputed } from '../kit/computed';
import { formatExact, formatShown } from '../kit/format';
import { texNeuron, biasWords } from '../kit/names';

export interface BiasViewProps {
  state: NetState;
  layer: number;
  unit: number;
}

export function BiasView({ state, layer, unit }: BiasViewProps) {
  const k = biasIndex(state.layout, layer, unit);
  const value = state.params[k];
  const delta = state.probe.delta[unitIndex(state.layout, layer, unit)];
  // In the stepper ∂L/∂b exists only after its ∂L/∂W, ∂L/∂b phase.
  const grad = state.exampleGrads ? state.exampleGrads[k] : delta;
  const pending = !isComputed(state, 'grads', layer);
  const name = texNeuron(layer, unit);
  const sym = `\\frac{\\partial L}{\\partial b} = \\frac{\\partial L}{\\partial z}\\cdot\\frac{\\partial z}{\\partial b} = \\delta_{${name}}\\cdot 1`;
  const formula = pending ? { tex: sym, pending: true } : { tex: `${sym} = ${texNum(grad)}`, pending: false };
  const batch = state.batchGrads[k];
  return (
    <div className="insp-body">
      <InspectorTitle tex={`\\text{Bias } b \\text{ of } ${name}`} words={biasWords(layer, unit)}>
        added to z of neuron {unit + 1} in{' '}
        {layer === state.sizes.length - 2 ? 'the output layer' : `hidden layer ${layer + 1}`}
      </InspectorTitle>
      <Section title="Gradient and update">
        <dl className="insp-values">
          <ValueRow
            symbol="b"
            label={state.stepping ? 'value before this step' : 'value'}
            value={formatShown(value)}
            title={formatExact(value)}
            emphasis
          />
        </dl>
        <FormulaBlock
          name="grad"
          label="Gradient for this example: z grows one for one with b, so it is δ"
          formula={formula}
          current={state.phase?.kind === 'backward-grad' && state.phase.layer === layer}
        />
        {!state.stepping && (
          <dl className="insp-values">
            <ValueRow
              symbol="\overline{\partial L/\partial b}"
              label="mean over the last mini-batch"
              value={formatShown(batch)}
              title={formatExact(batch)}
            />
          </dl>
        )}
        <UpdateRows
          state={state}
          index={k}
          symbol="b"
          value={value}
          grad={grad}
          pending={pending}
          learningRate={state.learningRate}
        />
      </Section>
    </div>
  );
}
