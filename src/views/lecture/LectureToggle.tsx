/** The header's way into lecture mode (also the L key): the projector's view of the same app. */
import { useCommands } from '../kit/appContext';

export function LectureToggle() {
  const { setLecture } = useCommands();
  return (
    <button type="button" className="lecture-toggle" aria-keyshortcuts="L" onClick={() => setLecture(true)}>
      Lecture mode <kbd aria-hidden="true">L</kbd>
    </button>
  );
}
