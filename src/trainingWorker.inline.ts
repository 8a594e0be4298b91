/**
 * The offline build's worker: bundled into the page and started from a Blob URL, since a
 * page opened from file:// may not load a worker from another file.
 */
import TrainingWorker from './worker/worker.ts?worker&inline';
import type { WorkerLike } from './store/workerClient';

export function createTrainingWorker(): WorkerLike {
  return new TrainingWorker() as unknown as WorkerLike;
}
