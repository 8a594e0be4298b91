/**
 * Asking the worker for its trainers' state (weights, optimiser moments, counters): each
 * request carries an id, and the worker's `snapshot` event with that id answers it. A
 * worker that stops answers every open request with null, so nobody waits for ever.
 */
import type { Command, TrainerResume, WorkerEvent } from '../worker/protocol';

export interface Snapshots {
  /** Every trainer's state, or null when the worker cannot answer. */
  request(): Promise<TrainerResume[] | null>;
  receive(event: Extract<WorkerEvent, { type: 'snapshot' }>): void;
  /** Answers every open request with null (the worker stopped). */
  fail(): void;
}

export function createSnapshots(send: (cmd: Command) => void): Snapshots {
  let next = 1;
  const open = new Map<number, (trainers: TrainerResume[] | null) => void>();
  return {
    request() {
      const id = next++;
      return new Promise((resolve) => {
        open.set(id, resolve);
        send({ type: 'snapshot', id });
      });
    },
    receive(event) {
      open.get(event.id)?.(event.trainers);
      open.delete(event.id);
    },
    fail() {
      for (const resolve of open.values()) resolve(null);
      open.clear();
    },
  };
}
