/** The preset's "what to watch" sentence, under the header, until dismissed. */
import { useUiStore } from '../store/uiStore';

export function LessonNote() {
  const lesson = useUiStore((s) => s.lesson);
  if (!lesson) return null;
  return (
    <aside className="lesson-note" role="note" aria-label="What to watch">
      <span><strong>{lesson.title}.</strong> {lesson.watch}</span>
      <button type="button" aria-label="Dismiss the note" onClick={() => useUiStore.getState().setLesson(null)}>×</button>
    </aside>
  );
}
