/** A neuron O_{l j}: its forward formulas, its δ, and how much gradient f'(z) lets back. */
import type { LossName } from '../../engine';
import { isPhase, unitValues, type NetState } from './netState';
import { aFormula, deltaFormula, dfFormula, dfSymbol, MAX_TERMS, nextUnitsTex, zFormula } from './neuronTex';
import { lossFormula } from './outputTex';
import { FormulaBlock, Section, InspectorTitle } from './parts';
import { texNum } from './texFormat';
import { ACTIVATION_LABELS, STATUS_WORDS } from '../kit/labels';
import { Tex } from '../kit/Tex';
import { formatShown } from '../kit/format';
import { texNeuron, neuronWords, plainNeuron } from '../kit/names';

export interface NeuronViewProps {
  state: NetState;
  layer: number;
  unit: number;
}

/** What the output's δ reduces to, per loss. */
const OUTPUT_NOTES: Readonly<Record<LossName, string | undefined>> = {
  mse: undefined,
  bce: 'With cross-entropy on a sigmoid output, σ′(z) cancels: δ = ŷ − y, even when σ saturates.',
  cce: "With softmax and cross-entropy, the softmax's slopes cancel against the loss's: δ = ŷ − y at the logits, finite even when a probability is 0 or 1.",
};

export function NeuronView({ state, layer, unit }: NeuronViewProps) {
  const output = layer === state.sizes.length - 2;
  const name = state.activations[layer] ?? undefined;
  const nIn = state.sizes[layer];
  const where = output ? 'output layer' : `hidden layer ${layer + 1}`;
  const source = layer === 0 ? 'inputs' : `neurons of hidden layer ${layer}`;
  return (
    <div className="insp-body">
      <InspectorTitle
        tex={`\\text{Neuron } ${texNeuron(layer, unit)}`}
        words={`Neuron ${plainNeuron(layer, unit)}, ${neuronWords(layer, unit, state.sizes).toLowerCase()}`}
      >
        {where} · neuron {unit + 1}
        {name ? ` · ${ACTIVATION_LABELS[name]}` : ''}
      </InspectorTitle>
      <Section title="Forward">
        <FormulaBlock
          name="z"
          label="Weighted sum of its inputs"
          formula={zFormula(state, layer, unit)}
          current={isPhase(state, 'forward-z', layer)}
          note={
            nIn > MAX_TERMS
              ? `Sums all ${nIn} ${source}; only the first two and the last are written out. The total is exact.`
              : undefined
          }
        />
        <FormulaBlock
          name="a"
          label={output ? 'Activation: the prediction ŷ' : 'Activation'}
          formula={aFormula(state, layer, unit)}
          current={isPhase(state, 'forward-a', layer)}
        />
        {output && (
          <FormulaBlock
            name="loss"
            label={
              state.loss === 'cce'
                ? 'Loss of this example: −ln of the probability of its true class'
                : 'Loss of this example against the target y'
            }
            formula={lossFormula(state, state.loss)}
            current={isPhase(state, 'loss')}
            note={
              <>
                Target <Tex tex={`y = ${texNum(state.probe.target[unit])}`} />
              </>
            }
          />
        )}
      </Section>
      <Section title="Backward">
        <FormulaBlock
          name="delta"
          label={output ? 'Error signal δ = ∂L/∂z' : 'Error signal δ = ∂L/∂z, from the next layer'}
          formula={deltaFormula(state, layer, unit, state.loss)}
          current={isPhase(state, 'backward-delta', layer)}
          note={
            output ? (
              OUTPUT_NOTES[state.loss]
            ) : (
              <>
                Sum over the neurons this one feeds, <Tex tex={nextUnitsTex(state.sizes, layer)} />, with the weights
                from this neuron to them
                {state.skips[layer + 1]
                  ? ', plus ∂L/∂a of the neuron above it: the skip connection around the next layer hands that back unchanged, with no f′ factor.'
                  : '.'}
              </>
            )
          }
        />
        <DerivativeReadout state={state} layer={layer} unit={unit} />
      </Section>
    </div>
  );
}

/** f'(z) against its maximum, with a warning when it lets almost nothing back. */
function DerivativeReadout({ state, layer, unit }: NeuronViewProps) {
  const { df, z, activation, status } = unitValues(state, layer, unit);
  const name = activation?.name;
  const max = activation?.dfMax ?? 1;
  const share = Number.isFinite(df) ? Math.max(0, Math.min(1, Math.abs(df) / max)) : 0;
  return (
    <div className={`insp-derivative${status !== 'ok' ? ' insp-saturated' : ''}`}>
      <FormulaBlock
        name="df"
        label="Local slope f′(z): how much of the error passes back"
        formula={dfFormula(state, layer, unit)}
      />
      {activation && (
        <div className="insp-meter-row">
          <div
            className="insp-meter"
            role="meter"
            aria-label={`f′(z) as a share of its maximum ${max}`}
            aria-valuemin={0}
            aria-valuemax={max}
            aria-valuenow={Number.isFinite(df) ? df : undefined}
          >
            <div className="insp-meter-fill" style={{ width: `${share * 100}%` }} />
          </div>
          <span className="insp-meter-text">
            <Tex tex={`\\max ${dfSymbol(name).replace('(z)', '')} = ${max}`} />
          </span>
        </div>
      )}
      {status !== 'ok' && (
        <p className="insp-warning">
          {STATUS_WORDS[status].sentence} (z = {formatShown(z)}, f′(z) = {formatShown(df)}.)
        </p>
      )}
    </div>
  );
}
