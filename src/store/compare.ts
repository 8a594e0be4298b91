/**
 * Which trainer configurations the worker runs: one normally; in compare mode a second
 * that differs from the first in exactly one setting.
 */
import type { TrainerConfig } from '../worker/protocol';
import type { ConfigState } from './configStore';

let lastInput: TrainerConfig | null = null;
let lastOutput: TrainerConfig[] = [];

/** Memoised, so an unrelated store update yields the same array and sends nothing. */
export function trainerConfigsOf(state: Pick<ConfigState, 'config'>): TrainerConfig[] {
  if (state.config !== lastInput) {
    lastInput = state.config;
    lastOutput = [state.config];
  }
  return lastOutput;
}
