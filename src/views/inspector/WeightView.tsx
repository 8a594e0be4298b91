/**
 * A weight: its value, ∂L/∂w for this example and for the last mini-batch, the update
 * it receives, then the chain rule as paths and the slope view (both computed by the
 * worker for the selected weight).
 */
import type { WeightRef } from '../../engine';
import type { WeightReport } from '../../worker/protocol';
import { ChainRulePanel } from './ChainRulePanel';
import { sourceValue, type NetState } from './netState';
import { weightIndex, unitIndex } from '../../engine/layout';
import { FormulaBlock, Section, ValueRow, InspectorTitle } from './parts';
import { SlopeView } from './SlopeView';
import { texFactor, texNum } from './texFormat';
import { UpdateRows } from './UpdateRows';
import { isComputed } from '../kit/computed';
import { formatExact, formatShown } from '../kit/format';
import { texNeuron, texSource, weightWords } from '../kit/names';

export interface WeightViewProps {
  state: NetState;
  weight: WeightRef;
  /** The worker's report for exactly this weight, or null while it is on its way. */
  report: WeightReport | null;
}

export function WeightView({ state, weight, report }: WeightViewProps) {
  const { layer, to, from } = weight;
  const k = weightIndex(state.layout, layer, to, from);
  const value = state.params[k];
  const delta = state.probe.delta[unitIndex(state.layout, layer, to)];
  const prev = sourceValue(state, layer, from);
  // The stepper's ∂L/∂w exists once its backward pass has reached this layer.
  const gradExample = state.exampleGrads ? state.exampleGrads[k] : delta * prev;
  const pending = !isComputed(state, 'grads', layer);
  const lr = report?.learningRate ?? state.learningRate;
  const source = texSource(layer, from);
  const target = texNeuron(layer, to);

  const gradTex = `\\frac{\\partial L}{\\partial w} &= \\delta_{${target}}\\cdot ${source}`;
  const gradFormula = pending
    ? { tex: `\\begin{aligned}${gradTex}\\end{aligned}`, pending: true }
    : {
        tex: `\\begin{aligned}${gradTex}\\\\ &= ${texFactor(delta)}\\cdot ${texFactor(prev)} \\\\ &= ${texNum(gradExample)}\\end{aligned}`,
        pending: false,
      };

  return (
    <div className="insp-body">
      <InspectorTitle tex={`\\text{Weight } ${source} \\to ${target}`} words={weightWords(weight)}>
        into {layer === state.sizes.length - 2 ? 'the output layer' : `hidden layer ${layer + 1}`}
      </InspectorTitle>
      <Section title="Gradient and update">
        <dl className="insp-values">
          <ValueRow
            symbol="w"
            label={state.stepping ? 'value before this step' : 'value'}
            value={formatShown(value)}
            title={formatExact(value)}
            emphasis
          />
        </dl>
        <FormulaBlock
          name="grad"
          label="Gradient for this example: δ of the neuron it feeds × what it carries"
          formula={gradFormula}
          current={state.phase?.kind === 'backward-grad' && state.phase.layer === layer}
        />
        {!state.stepping && (
          <dl className="insp-values">
            <ValueRow
              symbol="\overline{\partial L/\partial w}"
              label="mean over the last mini-batch"
              value={formatShown(state.batchGrads[k])}
              title={formatExact(state.batchGrads[k])}
            />
          </dl>
        )}
        <UpdateRows
          state={state}
          index={k}
          symbol="w"
          value={value}
          grad={gradExample}
          pending={pending}
          learningRate={lr}
        />
      </Section>
      {report ? (
        <>
          <ChainRulePanel report={report.paths} pending={pending} />
          <SlopeView
            ws={report.curve.ws}
            losses={report.curve.losses}
            w={report.value}
            grad={report.gradExample}
            learningRate={report.learningRate}
            pending={pending}
          />
        </>
      ) : (
        <p className="insp-note">Computing the chain-rule paths and the slope for this weight…</p>
      )}
    </div>
  );
}
