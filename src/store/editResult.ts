/** What an edit of the set-up returns: the new configuration, or a problem naming the field with a sentence to show. */
import { LIMITS, type LimitName } from '../engine';
import type { TrainerConfig } from '../worker/protocol';

export interface ConfigProblem {
  field: string;
  message: string;
}

export type EditResult = { config: TrainerConfig } | { problem: ConfigProblem };

/** A limit's range for a message, e.g. "1 to 64". */
export const range = (name: LimitName) => `${LIMITS[name].min} to ${LIMITS[name].max}`;
export const ok = (config: TrainerConfig): EditResult => ({ config });
export const refuse = (field: string, message: string): EditResult => ({ problem: { field, message } });
