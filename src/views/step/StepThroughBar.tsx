/**
 * Step-through mode: one example goes through the network phase by phase. Next/Previous
 * (or → / ←) move one phase; Previous restores the exact earlier state in the worker.
 * The phase shown is the one the worker confirmed (the frame's), so the text always
 * matches the numbers on the graph.
 */
import { useEffect } from 'react';
import { useCommands } from '../kit/appContext';
import { isComputed } from '../kit/computed';
import { Tex } from '../kit/Tex';
import { useControlGlow, usePanelGlow } from '../lessons/highlight';
import { ExamplePicker } from './ExamplePicker';
import { StepLoss } from './StepLoss';
import { UpdateTable } from './UpdateTable';
import { usePhase } from './usePhase';

export function StepThroughBar() {
  const { nextPhase, previousPhase, leaveStepThrough } = useCommands();
  const barGlow = usePanelGlow('step-bar');
  const nextGlow = useControlGlow('next');
  const previousGlow = useControlGlow('previous');
  const { stepper, trainer, total, position, text, softmax, probe } = usePhase();
  // → / ← (and a clicker's Page Down / Up) move phases through the app's shortcut table;
  // Escape inside the graph clears its selection, elsewhere it leaves the mode.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== 'Escape' || t?.closest('input, select, textarea, .bpl-graph, [role="dialog"]')) return;
      leaveStepThrough();
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [leaveStepThrough]);
  return (
    <section className={`step-bar card${barGlow}`} aria-label="Step-through mode">
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
          <button
            type="button"
            className={previousGlow.trim() || undefined}
            onClick={previousPhase}
            disabled={position === 0}
            aria-keyshortcuts="ArrowLeft"
          >
            ← Previous
          </button>
          <span className="step-count" aria-live="polite">
            Phase {position} of {total}
          </span>
          <button
            type="button"
            className={`primary${nextGlow}`}
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
            <StepLoss probe={probe} layerSizes={trainer.layerSizes} softmax={softmax} />
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
