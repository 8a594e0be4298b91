/**
 * Asking the worker for its trained state: every trainer's weights, optimiser moments and
 * counters, with the configs they run. The network export, the worksheet and an edit of
 * the student's own points (which rebuilds the network from where it stands) use it.
 */
import type { TrainerConfig, TrainerSnapshot, WorkerEvent } from '../worker/protocol';
import type { Ctx } from './context';

export interface Snapshot {
  configs: TrainerConfig[];
  trainers: TrainerSnapshot[];
}

/** A worker that does not answer within this long is reported as such. */
export const SNAPSHOT_TIMEOUT_MS = 15_000;

export type PendingSnapshots = Map<number, { resolve(s: Snapshot): void; reject(e: Error): void }>;

let nextId = 1;

export function requestSnapshot(ctx: Ctx): Promise<Snapshot> {
  const id = nextId++;
  return new Promise<Snapshot>((resolve, reject) => {
    const timer = setTimeout(() => {
      ctx.inFlight.snapshots.delete(id);
      reject(new Error('the training worker did not answer'));
    }, SNAPSHOT_TIMEOUT_MS);
    ctx.inFlight.snapshots.set(id, {
      resolve: (s) => {
        clearTimeout(timer);
        resolve(s);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    ctx.send({ type: 'snapshot', id });
  });
}

export function receiveSnapshot(ctx: Ctx, event: Extract<WorkerEvent, { type: 'snapshot' }>): void {
  const pending = ctx.inFlight.snapshots.get(event.id);
  ctx.inFlight.snapshots.delete(event.id);
  pending?.resolve({ configs: event.configs, trainers: event.trainers });
}

/** Answers every open request with a failure (the worker stopped or the app was disposed). */
export function failSnapshots(ctx: Ctx): void {
  for (const pending of ctx.inFlight.snapshots.values()) pending.reject(new Error('the training worker stopped'));
  ctx.inFlight.snapshots.clear();
}
