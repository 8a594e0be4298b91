/**
 * Step-through mode: one example goes through the network phase by phase. Next/Previous
 * (or → / ←) move one phase; Previous restores the exact earlier state in the worker.
 */
import { useEffect } from 'react';
import { send } from '../../store/bridge';
import { leaveStepThrough } from '../modes';
import { Tex } from '../Tex';
import { formatValue } from '../format';
import { ExamplePicker } from './ExamplePicker';
import { phaseText } from './phaseText';
import { UpdateTable } from './UpdateTable';
import { useFrameSelector } from './useFrameSelector';

export function StepThroughBar() {
  const stepper = useFrameSelector((f) => f?.stepper ?? null);
  const layerSizes = useFrameSelector((f) => f?.trainers[0]?.layerSizes ?? null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
      if (e.key === 'ArrowRight') send({ type: 'stepper-next' });
      else if (e.key === 'ArrowLeft') send({ type: 'stepper-prev' });
      // Escape inside the graph clears its selection; elsewhere it leaves the mode.
      else if (e.key === 'Escape' && !t?.closest('.bpl-graph')) leaveStepThrough();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const total = stepper?.phases.length ?? 0;
  const position = stepper?.position ?? 0;
  const layers = stepper ? stepper.phases.filter((p) => p.kind === 'forward-z').length : 1;
  const text = phaseText(stepper && position > 0 ? stepper.phases[position - 1] : null, layers, stepper?.optimizer);
  const yhat = stepper ? stepper.probe.a[stepper.probe.a.length - 1] : NaN;
  return (
    <section className="step-bar card" aria-label="Step-through mode">
      <div className="step-head">
        <span className="mode-badge" role="status">Step-through mode</span>
        <ExamplePicker />
        <button type="button" onClick={leaveStepThrough}>Leave step-through</button>
      </div>
      <div className="step-body">
        <div className="step-nav">
          <button type="button" onClick={() => send({ type: 'stepper-prev' })} disabled={position === 0}
            aria-keyshortcuts="ArrowLeft">← Previous</button>
          <span className="step-count" aria-live="polite">Phase {position} of {total}</span>
          <button type="button" className="primary" onClick={() => send({ type: 'stepper-next' })}
            disabled={!stepper || position === total} aria-keyshortcuts="ArrowRight">Next →</button>
        </div>
        <div className="step-text">
          <h2 data-testid="phase-title">{text.title}</h2>
          <div className="step-formula"><Tex tex={text.formula} /></div>
          <p>{text.explanation}</p>
          {stepper && Number.isFinite(stepper.probe.loss) && (
            <p className="step-loss" data-testid="step-loss">
              ŷ = {formatValue(yhat)}, y = {formatValue(stepper.probe.target[stepper.probe.target.length - 1])},
              loss L = {formatValue(stepper.probe.loss)}
            </p>
          )}
        </div>
      </div>
      {!stepper && (
        <p className="hint" role="status">
          No step in progress (the network was rebuilt or trained). Pick an example above to start one.
        </p>
      )}
      {stepper && layerSizes && position === total && <UpdateTable stepper={stepper} layerSizes={layerSizes} />}
      {stepper && position === total && <p className="hint">Step complete. Leave step-through to keep training with these weights, or pick another example.</p>}
    </section>
  );
}
