/** Epoch, step, throughput, losses and accuracy as text, refreshed a few times a second. */
import { useRunStore } from '../../store/runStore';
import { formatLoss, formatPercent } from '../format';

export function Counters({ trainer = 0 }: { trainer?: number }) {
  const c = useRunStore((s) => s.counters[trainer]);
  const rate = useRunStore((s) => s.examplesPerSecond);
  if (!c) return <div className="counters" aria-live="off">Starting…</div>;
  return (
    <dl className="counters" aria-label="Training progress">
      <div><dt>Epoch</dt><dd data-testid="epoch">{c.epoch}</dd></div>
      <div><dt>Step</dt><dd data-testid="step">{c.step}</dd></div>
      <div><dt>Examples/s</dt><dd data-testid="rate">{Math.round(rate).toLocaleString('en')}</dd></div>
      <div><dt>Train loss</dt><dd data-testid="train-loss">{formatLoss(c.trainLoss)}</dd></div>
      <div><dt>Test loss</dt><dd data-testid="test-loss">{formatLoss(c.testLoss)}</dd></div>
      {c.testAccuracy !== null && (
        <div><dt>Test accuracy</dt><dd data-testid="test-accuracy">{formatPercent(c.testAccuracy)}</dd></div>
      )}
    </dl>
  );
}
