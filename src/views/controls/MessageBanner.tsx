/** Errors, refused settings and warnings, in words a student can act on. */
import { useConfigStore } from '../../store/configStore';
import { useRunStore } from '../../store/runStore';

export function MessageBanner() {
  const error = useRunStore((s) => s.error);
  const warning = useRunStore((s) => s.warning);
  const notice = useRunStore((s) => s.notice);
  const problem = useConfigStore((s) => s.problem);
  const dismiss = () => {
    useRunStore.getState().dismissError();
    useConfigStore.getState().clearProblem();
  };
  const text = problem?.message ?? error?.message ?? warning ?? notice;
  if (!text) return null;
  const tone = problem || error ? 'error' : 'warning';
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span>{problem ? `That setting was not applied: ${problem.message}` : text}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss message">×</button>
    </div>
  );
}
