/**
 * Epoch, step, throughput, losses and accuracy as text, refreshed a few times a second.
 * In compare mode the losses and accuracy show both networks, left | right. A loss that
 * does not exist (not evaluated yet, no test set) reads "—"; one that overflowed says so.
 */
import type { TrainerCounters } from '../../store/runState';
import { formatLoss, formatPercent } from '../kit/format';
import { useRun } from '../kit/appContext';
import { Term } from '../kit/Term';
import { useRovingFocus } from '../kit/useRovingFocus';

function both(counters: TrainerCounters[], pick: (c: TrainerCounters) => string): string {
  return counters.map(pick).join(' | ');
}

export function Counters() {
  const counters = useRun((s) => s.counters);
  // The terms' explanations are one tab stop: ←/→ move between them.
  const [ref, onKeyDown] = useRovingFocus<HTMLDListElement>('.term');
  const rate = useRun((s) => s.examplesPerSecond);
  const data = useRun((s) => s.data);
  const simd = useRun((s) => s.kernels.includes('simd'));
  const evaluated = (k: TrainerCounters) => k.evalStep >= 0;
  const hasTest = (i: number) => data[i]?.test.count !== 0;
  const c = counters[0];
  if (!c)
    return (
      <div className="counters" aria-live="off">
        Starting…
      </div>
    );
  const compare = counters.length > 1;
  return (
    <dl className="counters" aria-label="Training progress" ref={ref} onKeyDown={onKeyDown}>
      <div>
        <dt>
          <Term id="epoch">Epoch</Term>
        </dt>
        <dd data-testid="epoch">{c.epoch}</dd>
      </div>
      <div>
        <dt>
          <Term id="step">Step</Term>
        </dt>
        <dd data-testid="step">{c.step}</dd>
      </div>
      <div>
        <dt>
          <Term id="examples-per-second">Examples/s</Term>
          {simd && (
            <span data-testid="kernels">
              {' · '}
              <Term id="simd">SIMD</Term>
            </span>
          )}
        </dt>
        <dd data-testid="rate">{Math.round(rate).toLocaleString('en')}</dd>
      </div>
      <div>
        <dt>
          <Term id="train-loss">Train loss</Term>
        </dt>
        <dd data-testid="train-loss">{both(counters, (k) => (evaluated(k) ? formatLoss(k.trainLoss) : '—'))}</dd>
      </div>
      <div>
        <dt>
          <Term id="test-loss">Test loss</Term>
        </dt>
        <dd data-testid="test-loss">
          {counters.map((k, i) => (evaluated(k) && hasTest(i) ? formatLoss(k.testLoss) : '—')).join(' | ')}
        </dd>
      </div>
      {c.testAccuracy !== null && (
        <div>
          <dt>
            <Term id="accuracy">Test accuracy{compare ? ' (L | R)' : ''}</Term>
          </dt>
          <dd data-testid="test-accuracy">
            {both(counters, (k) => (Number.isFinite(k.trainLoss) ? formatPercent(k.testAccuracy) : '—'))}
          </dd>
        </div>
      )}
      {/* With no test set (test share 0%), the training accuracy is the one there is. */}
      {c.testAccuracy === null && c.trainAccuracy !== null && (
        <div>
          <dt>
            <Term id="accuracy">Train accuracy{compare ? ' (L | R)' : ''}</Term>
          </dt>
          <dd data-testid="train-accuracy">
            {both(counters, (k) => (Number.isFinite(k.trainLoss) ? formatPercent(k.trainAccuracy) : '—'))}
          </dd>
        </div>
      )}
    </dl>
  );
}
