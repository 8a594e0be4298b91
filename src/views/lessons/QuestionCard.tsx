/**
 * A question asked before the answer is revealed: multiple choice, a number (within a
 * tolerance of the engine's value), or a layer (by a button here, a bar of the gradient chart
 * or a layer's header on the graph). A wrong answer gets the hint and another try; the
 * reveal shows the engine's own number and why.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Question } from '../../lessons/types';
import { isRight, layerStatistic, rightAnswer, type Reply } from '../../store/lessons/answers';
import type { LessonPass } from '../../store/lessons/values';
import type { Frame } from '../../worker/protocol';
import { useAppState } from '../kit/appContext';
import { formatNumber, formatPrecise } from '../kit/format';
import { layerLongName } from '../kit/names';
import { LessonText } from './LessonText';

export type QuestionStatus = 'open' | 'wrong' | 'right' | 'revealed';

export interface QuestionCardProps {
  question: Question;
  frame: Frame | null;
  pass: LessonPass | null;
  status: QuestionStatus;
  onStatus(status: QuestionStatus): void;
}

export function QuestionCard({ question: q, frame, pass, status, onStatus }: QuestionCardProps) {
  const id = useId();
  const [text, setText] = useState('');
  const layers = Math.max(0, (frame?.trainers[0]?.layerSizes.length ?? 1) - 1);
  const resolved = status === 'right' || status === 'revealed';
  const answer = (reply: Reply) => {
    if (resolved) return;
    onStatus(isRight(q, reply, frame, pass) ? 'right' : 'wrong');
  };
  useLayerClicks(q.kind === 'layer' && !resolved, (layer) => answer({ layer }));
  const right = rightAnswer(q, frame, pass);
  const sectionRef = useRef<HTMLElement>(null);
  const revealRef = useRef<HTMLParagraphElement>(null);
  // The control just used is now disabled: a focus left on it would swallow the next key
  // (→ for the next phase reads as typing in the field). The reveal takes it and is read out.
  useEffect(() => {
    if (resolved && sectionRef.current?.contains(document.activeElement)) revealRef.current?.focus();
  }, [resolved]);
  return (
    <section ref={sectionRef} className={`lesson-question lesson-question-${status}`} aria-labelledby={`${id}-prompt`}>
      <h3 id={`${id}-prompt`}>
        <span className="lesson-question-tag">Predict</span> {q.prompt}
      </h3>
      {q.kind === 'choice' && (
        <div className="lesson-options" role="group" aria-label="Answers">
          {q.options.map((o, k) => (
            <button key={k} type="button" disabled={resolved} onClick={() => answer({ option: k })}>
              {o}
            </button>
          ))}
        </div>
      )}
      {q.kind === 'number' && (
        <form
          className="lesson-number"
          onSubmit={(e) => {
            e.preventDefault();
            const v = Number(text.replace('−', '-'));
            if (text.trim() !== '' && Number.isFinite(v)) answer({ number: v });
          }}
        >
          <label htmlFor={`${id}-n`}>Your answer</label>
          <input
            id={`${id}-n`}
            inputMode="decimal"
            value={text}
            disabled={resolved}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
          />
          <button type="submit" disabled={resolved}>
            Check
          </button>
        </form>
      )}
      {q.kind === 'layer' && (
        <div className="lesson-options" role="group" aria-label="Layers">
          {Array.from({ length: layers }, (_, l) => (
            <button key={l} type="button" disabled={resolved} onClick={() => answer({ layer: l })}>
              {layerLongName(l, layers)}
            </button>
          ))}
        </div>
      )}
      <div aria-live="polite">
        {status === 'wrong' && (
          <div className="lesson-feedback lesson-wrong">
            <p>
              <strong>Not quite.</strong>
            </p>
            <LessonText text={q.hint} pass={pass} />
            <button type="button" className="lesson-reveal" onClick={() => onStatus('revealed')}>
              Show me the answer
            </button>
          </div>
        )}
        {resolved && (
          <div className="lesson-feedback lesson-right">
            <p
              ref={revealRef}
              tabIndex={-1}
              data-testid="lesson-reveal"
              data-answer={right && 'number' in right ? right.number : undefined}
            >
              <strong>{status === 'right' ? 'Right.' : 'The answer:'}</strong> {answerWords(q, right, layers)}
            </p>
            {q.kind === 'layer' && typeof q.answer === 'string' && (
              <LayerValues values={layerStatistic(q.answer, frame)} />
            )}
            <LessonText text={q.why} pass={pass} />
          </div>
        )}
      </div>
    </section>
  );
}

function answerWords(q: Question, right: Reply | null, layers: number): string {
  if (!right) return '';
  if ('number' in right) return `The engine computed ${formatPrecise(right.number)}.`;
  if ('option' in right && q.kind === 'choice') return `${q.options[right.option]}.`;
  if ('layer' in right) return `${layerLongName(right.layer, layers)}.`;
  return '';
}

function LayerValues({ values }: { values: number[] }) {
  return (
    <p className="lesson-layer-values">
      {values.map((v, l) => `${layerLongName(l, values.length)}: ${formatNumber(v)}`).join(' · ')}
    </p>
  );
}

/** Choosing a layer elsewhere (a bar of the gradient chart, a layer's header on the graph) answers a layer question too. */
function useLayerClicks(active: boolean, onLayer: (layer: number) => void): void {
  const selection = useAppState((s) => s.selection);
  const seen = useRef(selection);
  const onLayerRef = useRef(onLayer);
  useLayoutEffect(() => {
    onLayerRef.current = onLayer;
  });
  useEffect(() => {
    const before = seen.current;
    seen.current = selection;
    if (active && selection?.kind === 'layer' && selection !== before) onLayerRef.current(selection.layer);
  }, [active, selection]);
}
