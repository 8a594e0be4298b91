/**
 * Starts the training worker from its own file. The offline single-file build swaps this
 * module for trainingWorker.inline.ts, which carries the worker inside the page.
 */
import type { WorkerLike } from './store/workerClient';

export function createTrainingWorker(): WorkerLike {
  return new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
