/** Errors, refused settings and warnings, in words a student can act on. */
import { useCommands, useRun } from '../kit/appContext';

/** Problems whose message already says what was not done (a file not loaded, a point not removed). */
const SELF_EXPLAINING = new Set(['import', 'points']);

export function MessageBanner() {
  const error = useRun((s) => s.error);
  const warning = useRun((s) => s.warning);
  const notice = useRun((s) => s.notice);
  const problem = useRun((s) => s.problem);
  const { dismissMessages } = useCommands();
  const text = problem?.message ?? error?.message ?? warning ?? notice;
  if (!text) return null;
  const tone = problem || error ? 'error' : 'warning';
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span>
        {problem && !SELF_EXPLAINING.has(problem.field) ? `That setting was not applied: ${problem.message}` : text}
      </span>
      <button type="button" onClick={dismissMessages} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
