/**
 * The raw engine peers, timed in this Node process:
 * - `engineBenchA`: network A exactly as `npm run bench` times "ours" (bench/engine's
 *   makeProblem + createOurs: timed runs of 600 epochs from the shared initial weights);
 * - `streamingOverhead`: the app's own trainers (the worker's buildRun from the same
 *   TrainerConfig the page loads) stepped in lockstep with trainerStep in a bare loop,
 *   against the worker's whole TrainingSession streaming frames: the worker's own cost of
 *   streaming, with no browser.
 */
import { trainerStep, type SimdKernels } from '../../src/engine';
import type { TrainerConfig } from '../../src/worker/protocol';
import { buildRun } from '../../src/worker/trainerRun';
import { realClock } from '../../src/worker/clock';
import { TrainingSession } from '../../src/worker/session';
import { makeProblem, type Workload } from '../engine/common';
import { createOurs } from '../engine/ours';

/** Workload A of bench/engine/run.ts (same fields and values). */
export const ENGINE_WORKLOAD_A: Workload = {
  id: 'A',
  hidden: [8, 8, 8],
  activation: 'tanh',
  labels: 'plus-minus',
  batchSize: 10,
  learningRate: 0.03,
  epochs: { ours: 600, convnetjs: 160, tfjs: 16 },
  verifyEpochs: 50,
};

export interface RawFigure {
  /** Examples per second per network, by the wall clock. */
  wall: number;
  /** Examples per second of this process's CPU time. */
  cpu: number;
  epochsPerSecond: number;
  seconds: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** `npm run bench`'s figure for network A: 2 warm-up runs, then the median of `runs` timed runs. */
export function engineBenchA(runs = 3): RawFigure {
  const p = makeProblem(ENGINE_WORKLOAD_A, 1);
  const engine = createOurs(p);
  const epochs = ENGINE_WORKLOAD_A.epochs.ours;
  const timed = (): { wall: number; cpu: number; s: number } => {
    engine.reset();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    engine.train(epochs);
    const s = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { wall: (epochs * p.data.count) / s, cpu: (epochs * p.data.count) / ((cpu.user + cpu.system) / 1e6), s };
  };
  timed();
  timed();
  const r = Array.from({ length: runs }, timed);
  const wall = median(r.map((x) => x.wall));
  return {
    wall,
    cpu: median(r.map((x) => x.cpu)),
    epochsPerSecond: wall / p.data.count,
    seconds: r.reduce((s, x) => s + x.s, 0),
  };
}

export interface StreamingOverhead {
  /** Examples/s per network: the session streaming frames, and the bare loop, medians over pairs. */
  session: number;
  free: number;
  /** Median over pairs of session ÷ bare loop, each pair timed back to back. */
  kept: number;
  framesPerSecond: number;
}

/**
 * The worker's session at full speed, against the bare loop, in this process: its frames are
 * structured-cloned (as postMessage does) and acknowledged 16 ms later (as a 60 Hz page does).
 * Interleaved in short pairs — the bare loop for `pairMs` while the session is paused, then
 * the session for `pairMs` — so that a slow spell of the machine hits both alike.
 */
export async function streamingOverhead(
  configs: TrainerConfig[],
  pairs: number,
  pairMs: number,
  simd: SimdKernels | null,
): Promise<StreamingOverhead> {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const frames: { at: number; seen: number }[] = [];
  const session = new TrainingSession(
    (event, transfer = []) => {
      const e = structuredClone(event, { transfer });
      if (e.type !== 'frame') return;
      frames.push({ at: performance.now(), seen: e.frame.trainers[0].examplesSeen });
      setTimeout(() => session.handle({ type: 'ack', id: e.frame.id }), 16);
    },
    realClock(),
    simd,
  );
  const runs = configs.map((c) => buildRun(c, null, simd));
  const bare = (limit: number) => {
    const t = runs[0].trainer;
    const seen = t.examplesSeen;
    const start = performance.now();
    let now = start;
    while (now - start < limit) {
      for (let k = 0; k < 16; k++) for (const run of runs) trainerStep(run.trainer);
      now = performance.now();
    }
    return ((t.examplesSeen - seen) * 1000) / (now - start);
  };
  session.handle({ type: 'configure', trainers: configs });
  session.handle({ type: 'play' });
  await sleep(1000);
  bare(1000);
  const free: number[] = [];
  const streamed: number[] = [];
  const fps: number[] = [];
  for (let k = 0; k < pairs; k++) {
    session.handle({ type: 'pause' });
    await sleep(20);
    free.push(bare(pairMs));
    session.handle({ type: 'play' });
    await sleep(100);
    const from = frames.length;
    const t0 = performance.now();
    await sleep(pairMs);
    const got = frames.slice(from);
    fps.push((got.length * 1000) / (performance.now() - t0));
    const first = got[0];
    const last = got[got.length - 1];
    streamed.push(((last.seen - first.seen) * 1000) / (last.at - first.at));
  }
  session.handle({ type: 'dispose' });
  return {
    session: median(streamed),
    free: median(free),
    kept: median(streamed.map((x, k) => x / free[k])),
    framesPerSecond: median(fps),
  };
}
