/** Dataset, noise, train/test split and seed. */
import { DATASET_LABELS, DATASET_NAMES, type DatasetName } from '../../engine';
import { useConfigStore } from '../../store/configStore';
import { UI_LIMITS } from '../../store/defaults';
import { NumberField } from './NumberField';

export function DataControls() {
  const dataset = useConfigStore((s) => s.config.dataset);
  const seed = useConfigStore((s) => s.config.seed);
  const st = useConfigStore.getState();
  return (
    <fieldset className="panel-section">
      <legend>Data</legend>
      <label htmlFor="dataset">Dataset</label>
      <select id="dataset" value={dataset.kind} onChange={(e) => st.setDataset(e.target.value as DatasetName)}>
        {DATASET_NAMES.map((d) => <option key={d} value={d}>{DATASET_LABELS[d]}</option>)}
      </select>
      <label htmlFor="noise">Noise <output htmlFor="noise">{dataset.noise.toFixed(1)}</output></label>
      <input id="noise" type="range" min={UI_LIMITS.noise.min} max={UI_LIMITS.noise.max} step={0.1} value={dataset.noise}
        onChange={(e) => st.setNoise(Number(e.target.value))} />
      <label htmlFor="split">Test share <output htmlFor="split">{Math.round(dataset.testFraction * 100)}%</output></label>
      <input id="split" type="range" min={UI_LIMITS.testFraction.min} max={UI_LIMITS.testFraction.max} step={0.05}
        value={dataset.testFraction} onChange={(e) => st.setTestFraction(Number(e.target.value))} />
      <NumberField id="seed" label="Seed" value={seed} onCommit={st.setSeed} hint={`0 to ${UI_LIMITS.seed.max}`} integer />
      <button type="button" onClick={() => st.setSeed(Math.floor(Math.random() * UI_LIMITS.seed.max))}>New seed</button>
    </fieldset>
  );
}
