/**
 * The header's Lessons menu: every lesson with the learner's progress, a teacher's lesson
 * file to load, and the glossary. Opens as a small popup; Escape or a click outside closes it.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { lessonCatalog, MAX_LESSON_BYTES } from '../../store/commands/lessons';
import { useApp, useCommands } from '../kit/appContext';
import { Glossary } from './Glossary';

export function LessonMenu() {
  const app = useApp();
  const { startLesson, importLesson } = useCommands();
  const lessons = useStore(app.lessons);
  const [open, setOpen] = useState(false);
  const [glossary, setGlossary] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [open]);
  const load = async (f: File | undefined) => {
    if (!f) return;
    const text = f.size > MAX_LESSON_BYTES ? '' : await f.text();
    if (importLesson(f.name, text, f.size)) setOpen(false);
  };
  return (
    <div
      className="lesson-menu"
      ref={box}
      onKeyDown={(e) => {
        // Closing the popup from inside it gives the focus back to its button, not to the page.
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
        Lessons
      </button>
      {open && (
        <div className="lesson-menu-popup" role="group" aria-label="Lessons">
          <ol>
            {lessonCatalog(lessons).map((l) => {
              const p = lessons.progress[l.id];
              const state = p?.done
                ? 'done ✓'
                : p
                  ? `step ${p.step + 1} of ${l.steps.length}`
                  : `${l.steps.length} steps`;
              return (
                <li key={l.id}>
                  <button
                    type="button"
                    title={l.goal}
                    onClick={() => {
                      startLesson(l.id);
                      setOpen(false);
                    }}
                  >
                    <span>{l.title}</span>
                    <span className="lesson-state">{state}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <div className="row">
            <button type="button" onClick={() => file.current?.click()}>
              Load a lesson file…
            </button>
            <button
              type="button"
              onClick={() => {
                setGlossary(true);
                setOpen(false);
              }}
            >
              Glossary
            </button>
          </div>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Load a lesson file"
            onChange={(e) => {
              void load(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      )}
      {glossary && (
        <Glossary
          onClose={() => {
            setGlossary(false);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
