/**
 * The page's end of the worker: posts commands, and hands every event to one handler.
 * The worker is created by the caller (main.tsx names the file URL; a test passes a fake),
 * so the store never depends on how a worker is made.
 */
import type { Command, WorkerEvent } from '../worker/protocol';

/** What the client needs of a worker: a real Web Worker fits, and so does a test's fake. */
export interface WorkerLike {
  postMessage(message: Command): void;
  onmessage: ((e: MessageEvent<WorkerEvent>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  /** A message that could not be read (a real Worker has it; fakes may not). */
  onmessageerror?: ((e: MessageEvent) => void) | null;
  terminate(): void;
}

export interface WorkerClient {
  send(cmd: Command): void;
  dispose(): void;
}

export interface WorkerHandlers {
  event(event: WorkerEvent): void;
  /** The worker itself failed (a script error it did not catch, or it was stopped). */
  died(message: string): void;
}

export function connectWorker(worker: WorkerLike, handlers: WorkerHandlers): WorkerClient {
  let disposed = false;
  worker.onmessage = (e) => {
    if (!disposed) handlers.event(e.data);
  };
  worker.onerror = (e) => {
    if (!disposed) handlers.died(e.message || 'an error it did not catch');
  };
  worker.onmessageerror = () => {
    if (!disposed) handlers.died('a message from it could not be read');
  };
  return {
    send(cmd) {
      if (!disposed) worker.postMessage(cmd);
    },
    dispose() {
      if (disposed) return;
      worker.postMessage({ type: 'dispose' });
      disposed = true;
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    },
  };
}
