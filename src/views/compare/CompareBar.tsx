/** Compare mode: which single setting the right-hand network changes, and to what. */
import { sideLabels } from './sideLabels';
import type { TrainerConfig } from '../../worker/protocol';
import { ACTIVATION_LABELS, INIT_LABELS, OPTIMIZER_LABELS, COMPARE_FIELD_LABELS } from '../kit/labels';
import { ACTIVATION_NAMES, INIT_NAMES, OPTIMIZER_NAMES } from '../../store/options';
import type { CompareField, CompareSpec } from '../../store/appState';
import { useAppState, useCommands } from '../kit/appContext';
import { CompareScaleToggle } from './CompareScaleToggle';

const DEFAULT_VALUE: Record<CompareField, string | number> = {
  activation: 'relu',
  init: 'he',
  learningRate: 0.3,
  optimizer: 'adam',
  depth: 6,
  skips: 'on',
};
/** Offered instead when the left network already has the default (a network compared with itself shows nothing). */
const ALTERNATE_VALUE: Record<CompareField, string | number> = {
  activation: 'sigmoid',
  init: 'xavier-uniform',
  learningRate: 0.03,
  optimizer: 'sgd',
  depth: 2,
  skips: 'off',
};

function firstValue(config: TrainerConfig, field: CompareField): string | number {
  const [left, right] = sideLabels(config, { field, value: DEFAULT_VALUE[field] });
  return left !== right ? DEFAULT_VALUE[field] : ALTERNATE_VALUE[field];
}

function options(field: CompareField): { value: string; label: string }[] {
  switch (field) {
    case 'activation':
      return ACTIVATION_NAMES.map((a) => ({ value: a, label: ACTIVATION_LABELS[a] }));
    case 'init':
      return INIT_NAMES.map((i) => ({ value: i, label: INIT_LABELS[i] }));
    case 'optimizer':
      return OPTIMIZER_NAMES.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }));
    case 'learningRate':
      return [0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3].map((v) => ({ value: String(v), label: `η = ${v}` }));
    case 'depth':
      return Array.from({ length: 13 }, (_, k) => ({ value: String(k), label: `${k} hidden layers` }));
    case 'skips':
      return [
        { value: 'on', label: 'With skip connections' },
        { value: 'off', label: 'Without skip connections' },
      ];
  }
}

export function CompareBar() {
  const compare = useAppState((s) => s.compare);
  const config = useAppState((s) => s.config);
  const { setCompare } = useCommands();
  if (!compare) return null;
  const [left, right] = sideLabels(config, compare);
  const numeric = compare.field === 'learningRate' || compare.field === 'depth';
  const change = (spec: CompareSpec) => setCompare(spec);
  return (
    <section className="compare-bar card" aria-label="Compare settings">
      <span className="mode-badge">Compare mode</span>
      <label className="inline">
        Compare
        <select
          value={compare.field}
          onChange={(e) => {
            const field = e.target.value as CompareField;
            change({ field, value: firstValue(config, field) });
          }}
        >
          {(Object.keys(COMPARE_FIELD_LABELS) as CompareField[]).map((f) => (
            <option key={f} value={f}>
              {COMPARE_FIELD_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        Right-hand network
        <select
          value={String(compare.value)}
          onChange={(e) => change({ field: compare.field, value: numeric ? Number(e.target.value) : e.target.value })}
        >
          {options(compare.field).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <span className="compare-sides">
        Left: <strong>{left}</strong> · Right: <strong>{right}</strong>. Everything else is identical, trained in
        lockstep on the same data. Node fill = activation, dashed ring = f′(z) ≈ 0 (saturated, or an inactive ReLU), ▼ =
        bias.
      </span>
      {compare.field === 'skips' && left === right && (
        <p className="hint" role="note">
          No skip connection fits this network: a skip goes around a hidden layer as wide as the one before it.
        </p>
      )}
      <CompareScaleToggle />
    </section>
  );
}
