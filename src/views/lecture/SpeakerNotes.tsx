/**
 * What the teacher reads and the class does not: the lesson step's notes, what the next
 * phase of the step-through will show, and what the chosen preset asks the class to watch.
 */
import { useAppState } from '../kit/appContext';
import { LessonText } from '../lessons/LessonText';
import { useLesson } from '../lessons/useLesson';
import { phaseText } from '../step/phaseText';
import { usePhase } from '../step/usePhase';

export function SpeakerNotes() {
  const mode = useAppState((s) => s.mode);
  const note = useAppState((s) => s.note);
  const lesson = useLesson();
  const { stepper, trainer, position, total, softmax } = usePhase();
  const layers = stepper ? stepper.phases.filter((p) => p.kind === 'forward-z').length : 1;
  const next =
    mode === 'step' && stepper && position < total
      ? phaseText(stepper.phases[position], layers, trainer?.optimizer.kind, { softmax, skips: trainer?.skips ?? [] })
      : null;
  const notes = lesson?.step.notes;
  const empty = !notes && !next && !note;
  return (
    <section className="card speaker-notes" aria-label="Speaker notes">
      <h2>Speaker notes</h2>
      {notes && (
        <div data-testid="lesson-notes">
          <LessonText text={notes} pass={lesson?.pass ?? null} />
        </div>
      )}
      {next && (
        <p data-testid="next-phase">
          <strong>Next:</strong> {next.title}. {next.explanation}
        </p>
      )}
      {mode === 'step' && stepper && position === total && (
        <p>The step is complete: Play trains on from these weights.</p>
      )}
      {note && (
        <p>
          <strong>{note.title}:</strong> {note.watch}
        </p>
      )}
      {empty && (
        <p className="hint">
          Nothing for this moment. A lesson step can carry notes for the teacher (docs/lessons.md), and step-through
          shows here what the next phase brings.
        </p>
      )}
    </section>
  );
}
