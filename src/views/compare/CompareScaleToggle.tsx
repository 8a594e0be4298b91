/**
 * Compare mode's edge scale: each network relative to its own largest edge, or one scale
 * for both — and a sentence saying which is on and what it shows. Per network is the
 * default for the cures (activation, initialisation, skips): a converged network's
 * gradients shrink everywhere, and on a shared scale its whole graph would look as
 * vanished as the other's first layers, the opposite of the lesson.
 */
import { compareScaleOf, type CompareScale } from '../../store/appState';
import { useAppState, useCommands } from '../kit/appContext';

const CHOICES: { value: CompareScale; text: string }[] = [
  { value: 'own', text: 'Each network' },
  { value: 'shared', text: 'Shared' },
];

export const SCALE_SENTENCES: Readonly<Record<CompareScale, string>> = {
  own: "Edge widths: each network relative to its own largest edge, so they show where the gradient flows within each network (compare sizes on the gradient chart's log axis).",
  shared:
    'Edge widths: one scale for both networks, relative to the largest edge of either, so sizes compare directly.',
};

export function CompareScaleToggle() {
  const scale = useAppState((s) => compareScaleOf(s.view, s.compare));
  const { setCompareScale } = useCommands();
  return (
    <div className="compare-scale">
      <fieldset>
        <legend>Edge scale</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="bpl-seg">
            <input
              type="radio"
              name="compare-scale"
              value={c.value}
              checked={scale === c.value}
              aria-label={c.value === 'own' ? 'Edge scale per network' : 'Edge scale shared by both networks'}
              onChange={() => setCompareScale(c.value)}
            />
            <span aria-hidden="true">{c.text}</span>
          </label>
        ))}
      </fieldset>
      <p className="compare-scale-note" data-testid="compare-scale-note">
        {SCALE_SENTENCES[scale]}
      </p>
    </div>
  );
}
