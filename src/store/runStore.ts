/**
 * Run state: playing or not, counters (refreshed a few times a second, not per frame),
 * the training data for the plots, the bounded loss histories, and the latest error.
 */
import { create } from 'zustand';
import type { Speed, TrainerConfig, TrainerData, TrainerFrame } from '../worker/protocol';
import { LossHistory } from './ringBuffer';

/** The numbers the header shows as text: a frame's counters, copied a few times a second. */
export type TrainerCounters = Pick<TrainerFrame,
  'step' | 'epoch' | 'examplesSeen' | 'batchLoss' | 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy'>;

export interface RunError {
  kind: 'invalid' | 'diverged' | 'crash';
  message: string;
  field?: string;
}

export interface RunState {
  playing: boolean;
  speed: Speed;
  counters: TrainerCounters[];
  examplesPerSecond: number;
  /** Training and test points of each trainer, sent once per configure. */
  data: TrainerData[];
  /** The configurations the worker is actually running (the editor may be ahead of them). */
  configs: TrainerConfig[];
  /** One loss history per trainer; `historyVersion` changes when any of them does. */
  history: LossHistory[];
  historyVersion: number;
  error: RunError | null;
  /** From the worker (exploding gradients); cleared when a new run starts. */
  warning: string | null;
  /** From the page itself (e.g. a shared link that could not be read); stays until dismissed. */
  notice: string | null;
  /** False until the worker has answered the first configure. */
  ready: boolean;
  dismissError(): void;
}

export const useRunStore = create<RunState>()((set) => ({
  playing: false,
  speed: null,
  counters: [],
  examplesPerSecond: 0,
  data: [],
  configs: [],
  history: [],
  historyVersion: 0,
  error: null,
  warning: null,
  notice: null,
  ready: false,
  dismissError: () => set({ error: null, warning: null, notice: null }),
}));
