/** Dataset, noise, train/test split and seed. */
import type { DatasetName } from '../../engine';
import { NumberField } from './NumberField';
import { DATASET_LABELS } from '../kit/labels';
import { DATASET_NAMES, LIMITS } from '../../store/options';
import { takesClasses } from '../../store/configRules';
import { useAppState, useCommands } from '../kit/appContext';
import { Term } from '../kit/Term';

export function DataControls() {
  const dataset = useAppState((s) => s.config.dataset);
  const seed = useAppState((s) => s.config.seed);
  const st = useCommands();
  return (
    <fieldset className="panel-section">
      <legend>Data</legend>
      <label htmlFor="dataset">Dataset</label>
      <select
        id="dataset"
        value={dataset.kind}
        onChange={(e) =>
          e.target.value === 'custom' ? st.useOwnPoints() : st.setDataset(e.target.value as DatasetName)
        }
      >
        {DATASET_NAMES.map((d) => (
          <option key={d} value={d}>
            {DATASET_LABELS[d]}
          </option>
        ))}
        <option value="custom">
          {dataset.points ? `Your own points (${dataset.points.rows.length})` : 'Your own points'}
        </option>
      </select>
      {takesClasses(dataset) && (
        <>
          <label htmlFor="classes">Classes</label>
          <select
            id="classes"
            value={dataset.classes ?? 2}
            aria-describedby="classes-hint"
            onChange={(e) => st.setClasses(Number(e.target.value))}
          >
            {Array.from({ length: LIMITS.classes.max - LIMITS.classes.min + 1 }, (_, k) => k + LIMITS.classes.min).map(
              (k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ),
            )}
          </select>
          <p className="hint" id="classes-hint">
            3–5 classes use a softmax output, one neuron per class, with cross-entropy.
            {dataset.kind === 'custom' && ' Pick the class of a new point above the output map.'}
          </p>
        </>
      )}
      <label htmlFor="noise">
        <Term id="noise">Noise</Term> <output htmlFor="noise">{dataset.noise.toFixed(1)}</output>
      </label>
      <input
        id="noise"
        type="range"
        min={LIMITS.noise.min}
        max={LIMITS.noise.max}
        step={0.1}
        value={dataset.noise}
        disabled={dataset.kind === 'custom'}
        title={dataset.kind === 'custom' ? 'Your own points are used as they are.' : undefined}
        onChange={(e) => st.setNoise(Number(e.target.value))}
      />
      <label htmlFor="split">
        <Term id="test-share">Test share</Term>{' '}
        <output htmlFor="split">{Math.round(dataset.testFraction * 100)}%</output>
      </label>
      <input
        id="split"
        type="range"
        min={LIMITS.testFraction.min}
        max={LIMITS.testFraction.max}
        step={0.05}
        value={dataset.testFraction}
        onChange={(e) => st.setTestFraction(Number(e.target.value))}
      />
      <NumberField
        id="seed"
        label="Seed"
        value={seed}
        onCommit={st.setSeed}
        hint={`0 to ${LIMITS.seed.max}`}
        integer
        field="seed"
      />
      <button type="button" onClick={() => st.setSeed(Math.floor(Math.random() * LIMITS.seed.max))}>
        New seed
      </button>
    </fieldset>
  );
}
