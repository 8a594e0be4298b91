/** The preset's "what to watch" sentence, under the header, until dismissed. */
import { useAppState, useCommands } from '../kit/appContext';

export function LessonNote() {
  const note = useAppState((s) => s.note);
  const { dismissNote } = useCommands();
  if (!note) return null;
  return (
    <aside className="lesson-note" role="note" aria-label="What to watch">
      <span>
        <strong>{note.title}.</strong> {note.watch}
      </span>
      <button type="button" aria-label="Dismiss the note" onClick={dismissNote}>
        ×
      </button>
    </aside>
  );
}
