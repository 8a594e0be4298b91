/**
 * Starting the networks from trained weights (a restored session, a link with weights):
 * the configure carries them, and its answer is watched. When the worker accepts, the
 * saved chart histories go back in; when it refuses them (they do not fit the network),
 * the user is told in one sentence and the same set-up starts from its first weights, so
 * the page never stays without a network or half restored.
 */
import type { TrainerResume, WorkerEvent } from '../worker/protocol';
import { configure, type Ctx } from './context';
import { restoreHistories, type SavedHistories } from './sessionHistories';

export interface Resuming {
  histories: SavedHistories | null;
  /** Configures (or resets) sent before this one and not answered yet: their answers come first. */
  earlier: number;
  /** Whether the step-through's phase survives the rebuild (a session or link says where it stood). */
  keepPhase: boolean;
}

/** Rebuilds the networks from the app state's set-up, starting each from `resume[k]`. */
export function configureResumed(
  ctx: Ctx,
  resume: (TrainerResume | null)[],
  histories: SavedHistories | null,
  keepPhase = true,
): void {
  ctx.inFlight.resuming = { histories, earlier: ctx.inFlight.configures.length, keepPhase };
  configure(ctx, { resume, keepPhase });
}

/** Wraps the worker-event handler so the answer to a resumed configure is seen first. */
export function watchResumes(ctx: Ctx, handle: (event: WorkerEvent) => void): (event: WorkerEvent) => void {
  return (event) => {
    const resuming = ctx.inFlight.resuming;
    const refused = event.type === 'error' && event.kind === 'invalid' && isRebuild(event.command);
    const answer = event.type === 'configured' || refused;
    if (!resuming || !answer) return handle(event);
    if (resuming.earlier > 0) {
      resuming.earlier--;
      return handle(event);
    }
    ctx.inFlight.resuming = null;
    if (event.type === 'error') {
      // Not handed on: the set-up itself is fine, only the weights did not fit it.
      ctx.inFlight.configures.shift();
      ctx.run.setState({
        notice: `The trained weights could not be used (${event.message}), so the network starts from its first weights.`,
      });
      return configure(ctx, { keepPhase: resuming.keepPhase });
    }
    handle(event);
    if (resuming.histories) restoreHistories(ctx.histories, resuming.histories);
  };
}

function isRebuild(command: string | undefined): boolean {
  return command === 'configure' || command === 'reset';
}
