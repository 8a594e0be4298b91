/**
 * Lecture mode's step-through card: where the example is in its pass, in words and a
 * formula, with Previous / Next as large as the rest (→ / ← and a clicker's Page Down / Up
 * do the same).
 */
import { useCommands } from '../kit/appContext';
import { isComputed } from '../kit/computed';
import { Tex } from '../kit/Tex';
import { StepLoss } from '../step/StepLoss';
import { usePhase } from '../step/usePhase';

export function LecturePhase() {
  const { nextPhase, previousPhase } = useCommands();
  const { stepper, trainer, total, position, text, softmax, probe } = usePhase();
  return (
    <section className="card lecture-phase" aria-label="Step-through">
      <div className="lecture-phase-nav">
        <button type="button" onClick={previousPhase} disabled={position === 0} aria-keyshortcuts="ArrowLeft PageUp">
          ← Previous
        </button>
        <span className="lecture-phase-count" aria-live="polite">
          Phase {position} of {total}
        </span>
        <button
          type="button"
          className="primary"
          onClick={nextPhase}
          disabled={!stepper || position === total}
          aria-keyshortcuts="ArrowRight PageDown"
        >
          Next →
        </button>
      </div>
      <h2 data-testid="phase-title">{text.title}</h2>
      <div className="lecture-formula">
        <Tex tex={text.formula} />
      </div>
      <p>{text.explanation}</p>
      {probe && trainer && isComputed(trainer, 'loss') && (
        <StepLoss probe={probe} layerSizes={trainer.layerSizes} softmax={softmax} />
      )}
      {!stepper && <p role="status">Starting the step…</p>}
    </section>
  );
}
