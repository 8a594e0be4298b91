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
import type { PendingSnapshots } from './snapshot';
import type { Resuming } from './sessionRestore';

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

/** What a rebuild in flight keeps when the worker answers it. */
export interface Rebuild {
  keepPhase: boolean;
  continuing: boolean;
}

export interface ConfigureOptions {
  /** A trained state per network to start from instead of its first weights. */
  resume?: (TrainerResume | null)[];
  /** The step-through's phase survives the rebuild (a link, a lesson, a restored session). */
  keepPhase?: boolean;
  /** The same run goes on (a restarted worker): the charts keep their history. */
  continuing?: boolean;
}

export interface Ctx extends AppStores {
  send(cmd: Command): void;
  inFlight: {
    /**
     * Configures (and resets) sent that the worker has not answered yet, oldest first, each
     * saying whether its answer keeps the step-through's phase (a link, a lesson, a restored
     * session) or starts the step over (an edit changed the network), and whether it
     * continues the same run (a restarted worker: the charts keep their history).
     */
    configures: Rebuild[];
    /** Snapshot requests the worker has not answered yet (snapshot.ts). */
    snapshots: PendingSnapshots;
    /** A configure that resumes trained networks (sessionRestore.ts), or null. */
    resuming: Resuming | null;
  };
  /** Forgets the saved session (the page's storage; nothing in tests). */
  onStartFresh(): void;
}

/**
 * Rebuilds the networks from the set-up being edited (one, or two in compare mode), from
 * their first weights or, with `resume`, from a trained state per network.
 */
export function configure(ctx: Ctx, { resume, keepPhase = false, continuing = false }: ConfigureOptions = {}): void {
  ctx.inFlight.configures.push({ keepPhase, continuing });
  const trainers = trainerConfigsOf(ctx.state.getState());
  ctx.send(resume ? { type: 'configure', trainers, resume } : { type: 'configure', trainers });
}

/**
 * Starts the step-through on the app state's example and phase — now if the networks
 * stand, or when the worker answers the configure in flight (which replaces them).
 */
export function enterStepperWhenReady(ctx: Ctx): void {
  if (ctx.inFlight.configures.length > 0) return;
  const { example, phase } = ctx.state.getState().stepThrough;
  ctx.send({ type: 'stepper-enter', example, position: phase });
}
