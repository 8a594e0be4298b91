/**
 * Add/remove hidden layers, neurons per layer (typed, or ±), the whole stack's depth and width
 * at once, activation per layer or all at once, skip connections per layer or all at once,
 * and the output's activation (softmax for K classes).
 */
import type { OutputActivationName } from '../../engine';
import { ACTIVATION_LABELS } from '../kit/labels';
import { ACTIVATION_NAMES, LIMITS, OUTPUT_ACTIVATION_NAMES } from '../../store/options';
import { useAppState, useCommands } from '../kit/appContext';
import { useControlGlow } from '../lessons/highlight';
import { IntegerInput } from './IntegerInput';
import { LayerShape } from './LayerShape';
import { SkipControls } from './SkipControls';

function ActivationSelect<A extends OutputActivationName>({
  id,
  value,
  onChange,
  label,
  names,
}: {
  id: string;
  value: A | '';
  onChange: (a: A) => void;
  label: string;
  names: readonly A[];
}) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value as A)}>
      {value === '' && <option value="">mixed</option>}
      {names.map((a) => (
        <option key={a} value={a}>
          {ACTIVATION_LABELS[a]}
        </option>
      ))}
    </select>
  );
}

export function ArchitectureEditor() {
  const hidden = useAppState((s) => s.config.hidden);
  const output = useAppState((s) => s.config.output);
  const { addLayer, removeLayer, setUnits, setActivation, setOutput } = useCommands();
  const activationGlow = useControlGlow('activation');
  const shared = hidden.every((l) => l.activation === hidden[0]?.activation) ? (hidden[0]?.activation ?? '') : '';
  return (
    <fieldset className="panel-section">
      <legend>Network</legend>
      <p className="hint" id="network-limits">
        {LIMITS.hiddenLayers.min}–{LIMITS.hiddenLayers.max} hidden layers, {LIMITS.units.min}–{LIMITS.units.max} neurons
        each.
      </p>
      <div className="row">
        <button type="button" onClick={addLayer} disabled={hidden.length >= LIMITS.hiddenLayers.max}>
          + Layer
        </button>
        <button type="button" onClick={removeLayer} disabled={hidden.length <= LIMITS.hiddenLayers.min}>
          − Layer
        </button>
      </div>
      <LayerShape />
      <div className={`row${activationGlow}`}>
        <label htmlFor="act-all">All hidden layers</label>
        <ActivationSelect
          id="act-all"
          label="Activation of all hidden layers"
          value={shared}
          names={ACTIVATION_NAMES}
          onChange={(a) => setActivation('all', a)}
        />
      </div>
      <ol className="layer-list">
        {hidden.map((l, k) => (
          <li key={k}>
            <span className="layer-name">Layer {k + 1}</span>
            <button type="button" disabled={l.units <= LIMITS.units.min} onClick={() => setUnits(k, l.units - 1)}>
              {/* Named by words, not the glyph: a screen reader says what it does. */}
              <span aria-hidden="true">−</span>
              <span className="visually-hidden">{`Fewer neurons in layer ${k + 1}`}</span>
            </button>
            <IntegerInput
              className="units"
              label={`Neurons in layer ${k + 1}`}
              describedBy="network-limits"
              value={l.units}
              onCommit={(units) => setUnits(k, units)}
            />
            <button type="button" disabled={l.units >= LIMITS.units.max} onClick={() => setUnits(k, l.units + 1)}>
              {/* Named by words, not the glyph: a screen reader says what it does. */}
              <span aria-hidden="true">+</span>
              <span className="visually-hidden">{`More neurons in layer ${k + 1}`}</span>
            </button>
            <ActivationSelect
              id={`act-${k}`}
              label={`Activation of layer ${k + 1}`}
              value={l.activation}
              names={ACTIVATION_NAMES}
              onChange={(a) => setActivation(k, a)}
            />
          </li>
        ))}
      </ol>
      <SkipControls />
      <div className="row">
        <label htmlFor="act-out">Output</label>
        <ActivationSelect
          id="act-out"
          label="Activation of the output"
          value={output}
          names={OUTPUT_ACTIVATION_NAMES}
          onChange={setOutput}
        />
      </div>
    </fieldset>
  );
}
