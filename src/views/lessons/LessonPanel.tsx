/**
 * The lesson panel: the step's text, its question, what it waits for, Back / Next, the
 * progress and a way out. A side panel on a laptop, a bottom sheet on a phone. Next opens
 * once the awaited action is done and the question answered (or its answer shown), and says
 * what it is waiting for until then.
 */
import { useEffect, useRef, useState } from 'react';
import { useCommands } from '../kit/appContext';
import { LessonText } from './LessonText';
import { awaitWords } from './lessonWords';
import { QuestionCard, type QuestionStatus } from './QuestionCard';
import { useLesson, type LessonView } from './useLesson';
import './lessons.css';

export function LessonPanel() {
  const view = useLesson();
  const [collapsed, setCollapsed] = useState(false);
  if (!view) return null;
  return (
    <section
      className={`lesson-panel${collapsed ? ' lesson-collapsed' : ''}`}
      aria-label="Lesson"
      data-testid="lesson-panel"
    >
      <header className="lesson-head">
        <div>
          <h2 className="lesson-title">{view.lesson.title}</h2>
          <p className="lesson-progress" aria-live="polite">
            Step {view.index + 1} of {view.lesson.steps.length}
          </p>
        </div>
        <button
          type="button"
          className="lesson-collapse"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed((c) => !c)}
        >
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {/* Keyed by step: a new step starts with its question unanswered. */}
      {!collapsed && <LessonStepView key={`${view.lesson.id}:${view.index}`} view={view} />}
    </section>
  );
}

function LessonStepView({ view }: { view: LessonView }) {
  const { lessonNext, lessonBack, exitLesson } = useCommands();
  const { lesson, index, step, ready, frame, pass } = view;
  const { lessonAnswered } = useCommands();
  const [status, setStatusHere] = useState<QuestionStatus>('open');
  const setStatus = (s: QuestionStatus) => {
    setStatusHere(s);
    if (s === 'right' || s === 'revealed') lessonAnswered();
  };
  const top = useRef<HTMLDivElement>(null);
  // A new step takes the keyboard focus to its text, so Tab goes on inside the lesson — unless
  // the learner is busy elsewhere (typing η, say), whose focus is left alone.
  useEffect(() => {
    const active = document.activeElement;
    const panel = top.current?.closest('.lesson-panel');
    if (!active || active === document.body || panel?.contains(active) || active.closest('.lesson-menu')) {
      top.current?.focus({ preventScroll: true });
    }
  }, []);
  const answered = !step.question || status === 'right' || status === 'revealed';
  const last = index === lesson.steps.length - 1;
  const waitingFor = !answered ? 'Answer the question first' : !ready && step.await ? awaitWords(step.await) : null;
  return (
    <div className="lesson-body" ref={top} tabIndex={-1} aria-label={`Step ${index + 1} of ${lesson.steps.length}`}>
      {index === 0 && <p className="lesson-goal">{lesson.goal}</p>}
      <LessonText text={step.text} pass={pass} />
      {step.question && (
        <QuestionCard question={step.question} frame={frame} pass={pass} status={status} onStatus={setStatus} />
      )}
      {step.await && (
        <p className={`lesson-await${ready ? ' lesson-await-done' : ''}`} data-testid="lesson-await">
          {ready ? '✓ ' : '→ '}
          {awaitWords(step.await)}
        </p>
      )}
      <nav className="lesson-nav" aria-label="Lesson steps">
        <button type="button" onClick={lessonBack} disabled={index === 0}>
          ← Back
        </button>
        {last ? (
          <button type="button" className="primary" onClick={exitLesson} disabled={waitingFor !== null}>
            Finish
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={lessonNext}
            disabled={waitingFor !== null}
            data-testid="lesson-next"
          >
            Next step →
          </button>
        )}
        <button type="button" className="lesson-exit" onClick={exitLesson}>
          Leave lesson
        </button>
      </nav>
      {waitingFor && <p className="lesson-waiting">{waitingFor}</p>}
    </div>
  );
}
