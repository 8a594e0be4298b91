/**
 * The page's question before it throws trained work away (a link pasted into the address
 * bar, Start fresh): a bar under the header with the two answers, not the browser's
 * blocking confirm box. It takes the keyboard focus when it appears; Escape keeps things.
 */
import { useEffect, useId, useRef } from 'react';
import { useCommands, useRun } from '../kit/appContext';

export function QuestionBar() {
  const question = useRun((s) => s.question);
  const { answerQuestion } = useCommands();
  const yesRef = useRef<HTMLButtonElement>(null);
  const textId = useId();
  useEffect(() => {
    if (question) yesRef.current?.focus();
  }, [question]);
  if (!question) return null;
  return (
    <div
      className="banner banner-warning question-bar"
      role="alertdialog"
      aria-labelledby={textId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') answerQuestion(false);
      }}
    >
      <span id={textId}>{question.text}</span>
      <span className="question-answers">
        <button ref={yesRef} type="button" className="primary" onClick={() => answerQuestion(true)}>
          {question.yes}
        </button>
        <button type="button" onClick={() => answerQuestion(false)}>
          {question.no}
        </button>
      </span>
    </div>
  );
}
