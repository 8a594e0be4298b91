/**
 * Failures in words that say what they affect, so the student knows whether anything was
 * lost (nothing is, in a failure the worker caught) and what to press next. "Reload the
 * page" is said only where it is the one way back.
 */
import type { WorkerEvent } from '../worker/protocol';
import type { Ctx } from './context';

/** Commands by what the student did, for "… could not be carried out". */
const DONE_BY: Record<string, string> = {
  configure: 'Building the network',
  reset: 'Reset',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  'set-optimizer': 'Changing the optimiser settings',
  'set-batch-size': 'Changing the batch size',
  'set-speed': 'Changing the speed',
  'stepper-enter': 'Starting the step-through',
  'stepper-seek': 'Moving the step-through',
  'stepper-exit': 'Leaving the step-through',
  'select-weight': "Explaining the selected weight's gradient",
  restore: 'Restoring earlier weights',
};

export function failureText(event: Extract<WorkerEvent, { type: 'error' }>): string {
  if (event.kind === 'invalid') return event.message;
  const detail = `(${event.message})`;
  if (event.during === 'training') {
    return `Training paused: a training step failed inside the worker ${detail}. The network keeps the weights of its last finished step; press Play to try again, or Reset.`;
  }
  if (event.during === 'frame') {
    return `The display could not be updated ${detail}, so training was paused. The weights are kept; press Play to go on.`;
  }
  const what = (event.command && DONE_BY[event.command]) ?? `The command ${JSON.stringify(event.command ?? '?')}`;
  return `${what} failed inside the training worker ${detail}. Nothing else changed: the network and its weights are as they were.`;
}

/** After a restore: which weights are back. */
export function restoredText(trainer: number, step: number, ctx: Ctx): string {
  const which = ctx.state.getState().compare ? (trainer === 0 ? ' of the left network' : ' of the right network') : '';
  return `The weights${which} from step ${step.toLocaleString('en-US')} are back; the counters go on from here.`;
}

/** What the page says after it restarted a dead worker. */
export function restartNotice(failure: string, step: number | null, playing: boolean): string {
  const from = step === null ? 'from its first weights' : `from the weights of step ${step.toLocaleString('en-US')}`;
  return `The training worker stopped (${failure}) and was restarted ${from}${playing ? '; training goes on' : ''}.`;
}
