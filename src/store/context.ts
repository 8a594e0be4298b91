/**
 * What the app's commands and its worker-event handler share: the four stores, the way to
 * the worker, and what is in flight. Also the two moves many commands make: rebuilding the
 * networks and entering the step-through once the networks exist.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Command, TrainerResume } from '../worker/protocol';
import type { AppState } from './appState';
import { trainerConfigsOf } from './compare';
import type { FrameState } from './frameState';
import type { HistoriesState } from './histories';
import type { RunState } from './runState';

export interface AppStores {
  /** What the learner is looking at (appState.ts). */
  state: StoreApi<AppState>;
  /** What the worker reports, as text, and the messages shown (runState.ts). */
  run: StoreApi<RunState>;
  /** The frame stream (frameState.ts). */
  frames: StoreApi<FrameState>;
  /** The loss and gradient histories (histories.ts). */
  histories: StoreApi<HistoriesState>;
}

export interface Ctx extends AppStores {
  send(cmd: Command): void;
  inFlight: {
    /** Configures sent that the worker has not answered yet. */
    configures: number;
    /** The next answered configure keeps the step-through's phase (a loaded state) instead of starting it over. */
    restorePhase: boolean;
    /** The next answered configure continues the same run (a restarted worker): the charts keep their history. */
    continuing: boolean;
  };
}

/**
 * Rebuilds the networks from the set-up being edited (one, or two in compare mode), from
 * their first weights or, with `resume`, from a trained state per network.
 */
export function configure(ctx: Ctx, resume?: (TrainerResume | null)[]): void {
  ctx.inFlight.configures++;
  const trainers = trainerConfigsOf(ctx.state.getState());
  ctx.send(resume ? { type: 'configure', trainers, resume } : { type: 'configure', trainers });
}

/**
 * Starts the step-through on the app state's example and phase — now if the networks
 * stand, or when the worker answers the configure in flight (which replaces them).
 */
export function enterStepperWhenReady(ctx: Ctx): void {
  if (ctx.inFlight.configures > 0) return;
  const { example, phase } = ctx.state.getState().stepThrough;
  ctx.send({ type: 'stepper-enter', example, position: phase });
}
