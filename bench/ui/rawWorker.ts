/// <reference lib="webworker" />
/**
 * The raw peer in Chromium: the same trainers the app's worker builds (buildRun), trained
 * in lockstep with trainerStep in a tight loop — no slices, no frames, no page. Bundled by
 * esbuild and started from a blob in a blank page of the same browser, so it runs on the
 * same V8 as the app, on the same kernels (SIMD where the app's worker uses them). The
 * difference to the app's throughput is the cost of streaming.
 */
import simdKernelBytes from 'virtual:simd-kernels';
import { loadSimdKernels, trainerStep } from '../../src/engine';
import type { TrainerConfig } from '../../src/worker/protocol';
import { buildRun } from '../../src/worker/trainerRun';

export interface RawRequest {
  configs: TrainerConfig[];
  warmUpMs: number;
  ms: number;
}

export interface RawResult {
  /** Examples trained per trainer in the timed part. */
  examples: number;
  steps: number;
  epochs: number;
  ms: number;
}

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<RawRequest>) => {
  const { configs, warmUpMs, ms } = e.data;
  // The app's worker loads the same SIMD kernels (src/worker/worker.ts): the same path on both sides.
  const simd = loadSimdKernels(simdKernelBytes);
  const runs = configs.map((c) => buildRun(c, null, simd));
  const train = (limit: number) => {
    const start = performance.now();
    let now = start;
    while (now - start < limit) {
      for (let k = 0; k < 16; k++) for (const run of runs) trainerStep(run.trainer);
      now = performance.now();
    }
    return now - start;
  };
  train(warmUpMs);
  // Tells the page (and the benchmark, which then reads this thread's CPU time) that the timed part starts.
  self.postMessage('warm');
  const t = runs[0].trainer;
  const seen0 = t.examplesSeen;
  const step0 = t.step;
  const epoch0 = t.epoch;
  const elapsed = train(ms);
  const result: RawResult = {
    examples: t.examplesSeen - seen0,
    steps: t.step - step0,
    epochs: t.epoch - epoch0,
    ms: elapsed,
  };
  self.postMessage(result);
};
