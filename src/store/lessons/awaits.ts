/**
 * Whether the action a lesson step waits for has happened, read from the app state and,
 * for training progress, the run's counters. Pure: a test gives it states.
 */
import type { Await } from '../../lessons/types';
import type { AppState, Selection } from '../appState';
import type { RunState } from '../runState';

export function awaitDone(a: Await, state: AppState, run: Pick<RunState, 'counters'>, phaseDone: number): boolean {
  switch (a.kind) {
    case 'phase':
      // Both the app's own count (reset at once when a lesson rebuilds the network) and the
      // worker's (whose numbers the student sees) must have got there: the worker's alone can
      // still be the position of the step-through before the lesson started.
      return state.mode === 'step' && Math.min(phaseDone, state.stepThrough.phase) >= a.atLeast;
    case 'select':
      return sameSelection(state.selection, a.target);
    case 'activation': {
      const hidden = state.config.hidden;
      if (a.layer !== undefined) return hidden[a.layer]?.activation === a.is;
      return hidden.length > 0 && hidden.every((l) => l.activation === a.is);
    }
    case 'learning-rate': {
      const lr = state.config.optimizer.learningRate;
      return lr >= a.min && lr <= a.max;
    }
    case 'train': {
      const c = run.counters[0];
      if (!c) return false;
      if (a.epoch !== undefined && c.epoch < a.epoch) return false;
      if (a.step !== undefined && c.step < a.step) return false;
      return a.lossBelow === undefined || c.trainLoss < a.lossBelow;
    }
    case 'mode':
      return state.mode === a.is;
  }
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the lesson's current step may be left forwards: its action done and its question answered. */
export function stepReady(
  step: { await?: Await; question?: unknown },
  state: AppState,
  run: Pick<RunState, 'counters'>,
  phaseDone: number,
): boolean {
  const answered = !step.question || state.lesson?.answered === true;
  return answered && (!step.await || awaitDone(step.await, state, run, phaseDone));
}
