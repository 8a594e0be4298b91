/** Errors, refused settings and warnings, in words a student can act on. */
import { useCommands, useRun } from '../kit/appContext';

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
      <span>{problem && problem.field !== 'import' ? `That setting was not applied: ${problem.message}` : text}</span>
      <button type="button" onClick={dismissMessages} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
