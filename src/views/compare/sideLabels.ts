/** How compare mode names its two sides: "Sigmoid" / "ReLU", "η = 0.03" / "η = 3", … */
import type { CompareSpec } from '../../store/appState';
import { variantOf } from '../../store/compare';
import { hasSkips } from '../../store/configRules';
import type { TrainerConfig } from '../../worker/protocol';
import { ACTIVATION_LABELS, INIT_LABELS, OPTIMIZER_LABELS } from '../kit/labels';

/** Short label of each side: the compared setting's value on the left and on the right. */
export function sideLabels(a: TrainerConfig, spec: CompareSpec): [string, string] {
  const b = variantOf(a, spec);
  const label = <K extends string>(labels: Readonly<Record<K, string>>, v: string) => labels[v as K] ?? v;
  switch (spec.field) {
    case 'activation':
      return [
        label(ACTIVATION_LABELS, a.hidden[0]?.activation ?? a.output),
        label(ACTIVATION_LABELS, String(spec.value)),
      ];
    case 'init':
      return [label(INIT_LABELS, a.init.kind), label(INIT_LABELS, String(spec.value))];
    case 'learningRate':
      return [`η = ${a.optimizer.learningRate}`, `η = ${b.optimizer.learningRate}`];
    case 'optimizer':
      return [label(OPTIMIZER_LABELS, a.optimizer.kind), label(OPTIMIZER_LABELS, String(spec.value))];
    case 'depth':
      return [`${a.hidden.length} hidden layers`, `${b.hidden.length} hidden layers`];
    case 'skips':
      return [skipWords(hasSkips(a)), skipWords(hasSkips(b))];
  }
}

function skipWords(on: boolean): string {
  return on ? 'With skips' : 'Without skips';
}
