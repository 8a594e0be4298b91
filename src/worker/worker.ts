/// <reference lib="webworker" />
/**
 * The worker entry: the only code that touches `self`. Everything else lives in
 * TrainingSession so tests can drive it without a worker.
 */
import simdKernelBytes from 'virtual:simd-kernels';
import { loadSimdKernels } from '../engine';
import { realClock } from './clock';
import type { Command, WorkerEvent } from './protocol';
import { TrainingSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

// The SIMD kernels travel inside this script (build/simdKernels.ts). Null where WebAssembly
// SIMD is missing or the page's Content-Security-Policy forbids compiling it (script-src
// needs 'wasm-unsafe-eval'): then every network trains on the TypeScript kernels.
const simd = loadSimdKernels(simdKernelBytes);
const session = new TrainingSession((event, transfer) => self.postMessage(event, transfer ?? []), realClock(), simd);

self.onmessage = (e: MessageEvent<Command>) => {
  session.handle(e.data);
  if (e.data?.type === 'dispose') self.close();
};

// Anything that escapes the session (which catches every failure of its own) leaves it in a
// state nobody checked: the page is told the worker failed, and starts a new one from the
// weights of its last frame.
const failed = (message: string) => self.postMessage({ type: 'failed', message } satisfies WorkerEvent);
self.addEventListener('error', (e) => failed(e.message || 'an error escaped the training worker'));
self.addEventListener('unhandledrejection', (e) => failed(String(e.reason)));
