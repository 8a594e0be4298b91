/** The counters a class reads from afar: epoch, step, loss and accuracy (left | right in compare mode). */
import { formatLoss, formatPercent } from '../kit/format';
import { useRun } from '../kit/appContext';

export function LectureCounters() {
  const counters = useRun((s) => s.counters);
  if (counters.length === 0) return null;
  const both = (pick: (k: (typeof counters)[number]) => string) => counters.map(pick).join(' | ');
  const accuracy = (k: (typeof counters)[number]) => {
    const a = k.testAccuracy ?? k.trainAccuracy;
    return a === null || !Number.isFinite(k.trainLoss) ? '—' : formatPercent(a);
  };
  const hasAccuracy = counters.some((k) => (k.testAccuracy ?? k.trainAccuracy) !== null);
  return (
    <dl className="lecture-counters" aria-label="Training progress">
      <div>
        <dt>Epoch</dt>
        <dd data-testid="lecture-epoch">{counters[0].epoch}</dd>
      </div>
      <div>
        <dt>Step</dt>
        <dd data-testid="lecture-step">{counters[0].step}</dd>
      </div>
      <div>
        <dt>Loss</dt>
        <dd data-testid="lecture-loss">{both((k) => (k.evalStep >= 0 ? formatLoss(k.trainLoss) : '—'))}</dd>
      </div>
      {hasAccuracy && (
        <div>
          <dt>Accuracy</dt>
          <dd data-testid="lecture-accuracy">{both(accuracy)}</dd>
        </div>
      )}
    </dl>
  );
}
