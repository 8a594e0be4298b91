/** Learning rate (log scale), optimiser, batch size, loss and initialiser. */
import { useState } from 'react';
import type { InitName, LossName, OptimizerName } from '../../engine';
import { NumberField } from './NumberField';
import { INIT_LABELS, LOSS_LABELS, OPTIMIZER_LABELS } from '../kit/labels';
import { INIT_NAMES, LOSS_NAMES, OPTIMIZER_NAMES, LIMITS } from '../../store/options';
import { useAppState, useCommands } from '../kit/appContext';
import { useControlGlow } from '../lessons/highlight';
import { Term } from '../kit/Term';

const LOG_MIN = Math.log10(LIMITS.learningRate.min);
const LOG_MAX = Math.log10(LIMITS.learningRate.max);

export function HyperControls() {
  const lr = useAppState((s) => s.config.optimizer.learningRate);
  const optimizer = useAppState((s) => s.config.optimizer.kind);
  const batchSize = useAppState((s) => s.config.batchSize);
  const loss = useAppState((s) => s.config.loss);
  const init = useAppState((s) => s.config.init);
  const st = useCommands();
  const lrGlow = useControlGlow('learning-rate');
  // The slider moves freely while dragged and commits on release; a rate set elsewhere
  // (the exact field, a preset) moves it too (React's "adjust state when a prop changes").
  const [slider, setSlider] = useState(Math.log10(lr));
  const [shownLr, setShownLr] = useState(lr);
  if (lr !== shownLr) {
    setShownLr(lr);
    setSlider(Math.log10(lr));
  }
  // Only a moved slider commits: focus passing over it (a Tab's keyup, a click in place)
  // must not round an exactly typed rate such as 0.0123 to 0.012.
  const commitSlider = () => {
    if (slider !== Math.log10(lr)) st.setLearningRate(roundLr(10 ** slider));
  };
  return (
    <fieldset className="panel-section">
      <legend>Training</legend>
      <div className={`lr-group${lrGlow}`}>
        <label htmlFor="lr-slider">
          <Term id="learning-rate">Learning rate η</Term> <output htmlFor="lr-slider">{lr}</output>
        </label>
        <input
          id="lr-slider"
          type="range"
          min={LOG_MIN}
          max={LOG_MAX}
          step={0.05}
          value={slider}
          aria-valuetext={`${lr}`}
          onChange={(e) => setSlider(Number(e.target.value))}
          onPointerUp={commitSlider}
          onKeyUp={commitSlider}
        />
        <NumberField
          id="lr"
          label="η (exact)"
          value={lr}
          onCommit={st.setLearningRate}
          field="learningRate"
          hint={`${LIMITS.learningRate.min} to ${LIMITS.learningRate.max}`}
        />
      </div>
      <label htmlFor="optimizer">
        <Term id="optimizer">Optimiser</Term>
      </label>
      <select id="optimizer" value={optimizer} onChange={(e) => st.setOptimizer(e.target.value as OptimizerName)}>
        {OPTIMIZER_NAMES.map((o) => (
          <option key={o} value={o}>
            {OPTIMIZER_LABELS[o]}
          </option>
        ))}
      </select>
      <NumberField
        id="batch"
        label="Batch size"
        value={batchSize}
        onCommit={st.setBatchSize}
        field="batchSize"
        hint={`${LIMITS.batchSize.min} to ${LIMITS.batchSize.max}`}
        integer
      />
      <label htmlFor="loss">
        <Term id="loss">Loss</Term>
      </label>
      <select id="loss" value={loss} onChange={(e) => st.setLoss(e.target.value as LossName)}>
        {LOSS_NAMES.map((l) => (
          <option key={l} value={l}>
            {LOSS_LABELS[l]}
          </option>
        ))}
      </select>
      <label htmlFor="init">
        <Term id="initialiser">Initialiser</Term>
      </label>
      <select id="init" value={init.kind} onChange={(e) => st.setInit(e.target.value as InitName)}>
        {INIT_NAMES.map((i) => (
          <option key={i} value={i}>
            {INIT_LABELS[i]}
          </option>
        ))}
      </select>
      <NumberField
        id="init-scale"
        label="Weight scale"
        value={init.scale ?? 1}
        onCommit={(v) => st.setInit(init.kind, v)}
        field="init.scale"
        hint={`${LIMITS.initScale.min} to ${LIMITS.initScale.max}`}
      />
    </fieldset>
  );
}

/** Two significant digits, so the slider lands on readable rates like 0.03. */
function roundLr(v: number): number {
  return Number(v.toPrecision(2));
}
