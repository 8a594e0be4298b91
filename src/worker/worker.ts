/// <reference lib="webworker" />
/**
 * The worker entry: the only code that touches `self`. Everything else lives in
 * TrainingSession so tests can drive it without a worker.
 */
import { realClock } from './clock';
import type { Command } from './protocol';
import { TrainingSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

const session = new TrainingSession((event, transfer) => self.postMessage(event, transfer ?? []), realClock());

self.onmessage = (e: MessageEvent<Command>) => {
  session.handle(e.data);
  if (e.data?.type === 'dispose') self.close();
};

// Anything that escapes the session still reaches the page as a message, never a silent stop.
self.addEventListener('error', (e) => {
  self.postMessage({ type: 'error', kind: 'crash', message: e.message || 'The training worker failed.' });
});
self.addEventListener('unhandledrejection', (e) => {
  self.postMessage({ type: 'error', kind: 'crash', message: String(e.reason) });
});
