/** The gradient chart's measure switch: a labelled radio group styled as a segmented control. */
import { memo, useId, type ReactNode } from 'react';
import { METRIC_LABELS } from './gradientSeries';
import type { GradientMetric } from '../../store/appState';

const CHOICES: { value: GradientMetric; label: string }[] = [
  { value: 'meanAbsGrad', label: 'mean absolute gradient of the weights' },
  { value: 'gradNorm', label: 'L2 norm of the weight gradients' },
];

/**
 * Memoised: the gradient chart re-renders with the frames, and React rewrites a radio input's
 * name and type at every update of it, which restyles the group each time.
 */
export const MetricToggle = memo(function MetricToggle({
  value,
  onChange,
}: {
  value: GradientMetric;
  onChange: (m: GradientMetric) => void;
}): ReactNode {
  const name = useId();
  return (
    <fieldset className="bl-lens-seg-group" data-export-skip="">
      <legend>Measure</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="bl-lens-seg">
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            aria-label={c.label}
            onChange={() => onChange(c.value)}
          />
          <span aria-hidden="true">{METRIC_LABELS[c.value]}</span>
        </label>
      ))}
    </fieldset>
  );
});
