/**
 * Step-through mode: one example goes through the network phase by phase. Next/Previous
 * (or → / ←) move one phase; Previous restores the exact earlier state in the worker.
 * The phase shown is the one the worker confirmed (the frame's), so the text always
 * matches the numbers on the graph.
 */
import { useEffect } from 'react';
import { useCommands } from '../kit/appContext';
import { isComputed } from '../kit/computed';
import { formatValue } from '../kit/format';
import { Tex } from '../kit/Tex';
import { useFrame } from '../kit/useFrame';
import { ExamplePicker } from './ExamplePicker';
import { phaseText } from './phaseText';
import { UpdateTable } from './UpdateTable';

export function StepThroughBar() {
  const { nextPhase, previousPhase, leaveStepThrough } = useCommands();
  // Next and Previous change the frame only when the worker has moved: read every frame.
  const stepper = useFrame((f) => f?.stepper ?? null, 0);
  const trainer = useFrame((f) => f?.trainers[0] ?? null, 0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
      if (e.key === 'ArrowRight') nextPhase();
      else if (e.key === 'ArrowLeft') previousPhase();
      // Escape inside the graph clears its selection; elsewhere it leaves the mode.
      else if (e.key === 'Escape' && !t?.closest('.bpl-graph')) leaveStepThrough();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nextPhase, previousPhase, leaveStepThrough]);
  const total = stepper?.phases.length ?? 0;
  const position = stepper?.position ?? 0;
  const layers = stepper ? stepper.phases.filter((p) => p.kind === 'forward-z').length : 1;
  const probe = stepper ? trainer?.probe : undefined;
  const text = phaseText(
    stepper && position > 0 ? stepper.phases[position - 1] : null,
    layers,
    trainer?.optimizer.kind,
  );
  return (
    <section className="step-bar card" aria-label="Step-through mode">
      <div className="step-head">
        <span className="mode-badge" role="status">
          Step-through mode
        </span>
        <ExamplePicker />
        <button type="button" onClick={leaveStepThrough}>
          Leave step-through
        </button>
      </div>
      <div className="step-body">
        <div className="step-nav">
          <button type="button" onClick={previousPhase} disabled={position === 0} aria-keyshortcuts="ArrowLeft">
            ← Previous
          </button>
          <span className="step-count" aria-live="polite">
            Phase {position} of {total}
          </span>
          <button
            type="button"
            className="primary"
            onClick={nextPhase}
            disabled={!stepper || position === total}
            aria-keyshortcuts="ArrowRight"
          >
            Next →
          </button>
        </div>
        <div className="step-text">
          <h2 data-testid="phase-title">{text.title}</h2>
          <div className="step-formula">
            <Tex tex={text.formula} />
          </div>
          <p>{text.explanation}</p>
          {probe && trainer && isComputed(trainer, 'loss') && (
            <p className="step-loss" data-testid="step-loss">
              ŷ = {formatValue(probe.a[probe.a.length - 1])}, y = {formatValue(probe.target[probe.target.length - 1])},
              loss L = {formatValue(probe.loss)}
            </p>
          )}
        </div>
      </div>
      {!stepper && (
        <p className="hint" role="status">
          No step in progress (the network was rebuilt or trained). Pick an example above to start one.
        </p>
      )}
      {stepper && trainer && position === total && <UpdateTable stepper={stepper} trainer={trainer} />}
      {stepper && position === total && (
        <p className="hint">
          Step complete. Leave step-through to keep training with these weights, or pick another example.
        </p>
      )}
    </section>
  );
}
