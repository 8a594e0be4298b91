/**
 * `npm run bench`: training throughput of our engine against ConvNetJS and TensorFlow.js
 * (CPU backend) on the same data, initial weights, batch schedule and objective; then our
 * WebAssembly SIMD kernels against our TypeScript ones (simdGain.ts), on A–C and on the
 * largest network the app allows (D: 12 × 64). Options: --rounds N, --simd-only (skips the peers
 * and the check's cost).
 * Machines here are shared and noisy, so the engines' runs are interleaved round by round
 * and the verdict is a ratio measured in this same process. Options: --rounds N.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  describe,
  makeProblem,
  maxParamDiff,
  score,
  type Engine,
  type EngineName,
  type Problem,
  type Workload,
} from './common';
import { measureCheckCost, printCheckCost, type CheckCost } from './checkCost';
import { createConvnet } from './convnet';
import { createOurs } from './ours';
import { createTfjs, initTfjs } from './tfjs';
import { printSummary, printWorkload, type EngineResult, type WorkloadResult } from './report';
import { WORKLOAD_D, measureSimdGain, printSimdGain } from './simdGain';

const SEED = 1;
// Untracked (.gitignore): a result is committed deliberately, by copying it to docs/bench/.
const RESULTS = 'bench/out/engine-latest.json';
/** Targets from the issue: ours ÷ peer, in examples per second. */
const TARGETS: Record<string, Partial<Record<Exclude<EngineName, 'ours'>, number>>> = {
  A: { convnetjs: 2.5, tfjs: 25 },
  B: { convnetjs: 2.5 },
  C: { convnetjs: 2.5 },
};
/**
 * Epochs per timed run are sized so that each run takes about 0.3 s on this machine: long
 * enough for a stable time, short enough to interleave many rounds in under a minute.
 */
const WORKLOADS: Workload[] = [
  {
    id: 'A',
    hidden: [8, 8, 8],
    activation: 'tanh',
    labels: 'plus-minus',
    batchSize: 10,
    learningRate: 0.03,
    epochs: { ours: 600, convnetjs: 160, tfjs: 16 },
    verifyEpochs: 50,
  },
  {
    id: 'B',
    hidden: [8, 8, 8, 8, 8, 8],
    activation: 'sigmoid',
    labels: 'zero-one',
    batchSize: 10,
    learningRate: 0.03,
    epochs: { ours: 400, convnetjs: 80, tfjs: 10 },
    verifyEpochs: 50,
  },
  {
    id: 'C',
    hidden: [64, 64, 64],
    activation: 'tanh',
    labels: 'plus-minus',
    batchSize: 32,
    learningRate: 0.03,
    epochs: { ours: 32, convnetjs: 10, tfjs: 6 },
    verifyEpochs: 60,
  },
];
const WARM_UP_RUNS = 2;
/** The check's cost is a few per cent at most: more rounds than the engine comparison needs. */
const CHECK_COST_WORKLOADS = ['A', 'C'];
const CHECK_COST_MIN_ROUNDS = 15;
const FACTORIES: Record<EngineName, (p: Problem) => Engine> = {
  ours: createOurs,
  convnetjs: createConvnet,
  tfjs: createTfjs,
};
const NAMES = Object.keys(FACTORIES) as EngineName[];

function argRounds(): number {
  const k = process.argv.indexOf('--rounds');
  const n = k >= 0 ? Number(process.argv[k + 1]) : 9;
  if (!Number.isInteger(n) || n < 1) throw new RangeError('--rounds takes a positive integer');
  return n;
}

/**
 * One timed run from the initial weights. Returns examples per second by the wall clock
 * and by this process's CPU time; the latter does not count time spent descheduled while
 * other jobs share the machine, so it is the steadier of the two here.
 */
function timedRun(engine: Engine, epochs: number, count: number): { wall: number; cpu: number } {
  engine.reset();
  // No forced gc() here: a full collection before each run made tfjs 2–3× slower in the
  // run that followed. Left alone, each engine pays mostly for its own garbage (ours makes
  // none in the training loop; ConvNetJS and tfjs allocate per example and per op).
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  engine.train(epochs);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { wall: (epochs * count) / wall, cpu: (epochs * count) / ((cpu.user + cpu.system) / 1e6) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function runWorkload(w: Workload, rounds: number): WorkloadResult {
  const p = makeProblem(w, SEED);
  const engines = NAMES.map((n) => ({ key: n, engine: FACTORIES[n](p) }));
  // Untimed check, the same for every engine: one epoch from the shared start must land on
  // (nearly) the same weights as ours, and `verifyEpochs` epochs must lower the loss.
  const check = engines.map(({ engine }) => {
    engine.reset();
    const initial = score(engine.predict(), p.data);
    engine.train(1);
    const after1 = engine.params();
    engine.train(w.verifyEpochs - 1);
    return { initial, after1, trained: score(engine.predict(), p.data) };
  });
  // Warm-up runs (JIT, caches), then timed rounds; each round runs every engine once and
  // the engine that goes first rotates, so slow spells of the machine hit all of them.
  for (let r = 0; r < WARM_UP_RUNS; r++)
    for (const { key, engine } of engines) timedRun(engine, w.epochs[key], p.data.count);
  const speeds: { wall: number; cpu: number }[][] = engines.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < engines.length; k++) {
      const e = (r + k) % engines.length;
      speeds[e].push(timedRun(engines[e].engine, w.epochs[engines[e].key], p.data.count));
    }
  }
  const results: EngineResult[] = engines.map(({ key, engine }, e) => {
    engine.dispose();
    const runs = speeds[e].map((x) => x.wall);
    const cpuRuns = speeds[e].map((x) => x.cpu);
    return {
      key,
      name: engine.name,
      epochsPerRun: w.epochs[key],
      runs,
      median: median(runs),
      min: Math.min(...runs),
      max: Math.max(...runs),
      cpuRuns,
      cpuMedian: median(cpuRuns),
      initialLoss: check[e].initial.loss,
      verifyEpochs: w.verifyEpochs,
      loss: check[e].trained.loss,
      accuracy: check[e].trained.accuracy,
      maxParamDiffAfter1Epoch: maxParamDiff(check[e].after1, check[0].after1),
    };
  });
  const ours = results[0];
  const ratios = results.slice(1).map((peer) => {
    const perRound = peer.runs.map((s, r) => ours.runs[r] / s);
    const target = TARGETS[w.id][peer.key as Exclude<EngineName, 'ours'>] ?? null;
    const value = ours.median / peer.median;
    const cpuValue = ours.cpuMedian / peer.cpuMedian;
    // A target counts as met only when both clocks agree.
    return {
      versus: peer.key,
      name: peer.name,
      value,
      roundMin: Math.min(...perRound),
      roundMax: Math.max(...perRound),
      cpuValue,
      target,
      met: target === null ? null : value >= target && cpuValue >= target,
    };
  });
  const positives = p.data.targets.filter((y) => y > 0.5).length / p.data.count;
  const mean = p.data.targets.reduce((sum, y) => sum + y, 0) / p.data.count;
  return {
    id: w.id,
    title: describe(w),
    dataset: 'circle, 500 points in [−6, 6]², radius 3',
    labels: w.labels,
    batchSize: w.batchSize,
    learningRate: w.learningRate,
    majorityShare: Math.max(positives, 1 - positives),
    constantLoss: score(new Float64Array(p.data.count).fill(mean), p.data).loss,
    engines: results,
    ratios,
  };
}

async function main(): Promise<void> {
  await initTfjs();
  const rounds = argRounds();
  const started = performance.now();
  console.log(
    `Engine benchmark: ours vs ConvNetJS 0.3.0 vs TensorFlow.js 4.22 (tfjs-backend-cpu), ` +
      `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}`,
  );
  console.log(
    `Median of ${rounds} timed runs per engine after ${WARM_UP_RUNS} warm-up runs; engines interleaved each round.`,
  );
  console.log(
    "examples/s by the wall clock; per CPU-s: per second of this process's CPU time (steadier on a shared " +
      'machine).\nLoss is ½·MSE over the data after the same epochs for every engine; max|Δw|: largest weight difference ' +
      'from ours\nafter one epoch from the same weights on the same batches (tfjs computes in float32).\n',
  );
  const workloads: WorkloadResult[] = [];
  const simdOnly = process.argv.includes('--simd-only');
  for (const w of simdOnly ? [] : WORKLOADS) {
    const result = runWorkload(w, rounds);
    workloads.push(result);
    printWorkload(result);
  }
  if (!simdOnly) printSummary(workloads);
  // The cost of checking every step before committing it, on networks A and C (issue 12).
  const checkCost: CheckCost[] = (simdOnly ? [] : WORKLOADS)
    .filter((w) => CHECK_COST_WORKLOADS.includes(w.id))
    .map((w) => measureCheckCost(w, makeProblem(w, SEED), Math.max(rounds, CHECK_COST_MIN_ROUNDS)));
  printCheckCost(checkCost);
  const simdGain = measureSimdGain([...WORKLOADS, WORKLOAD_D], rounds, SEED);
  printSimdGain(simdGain);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nTotal ${seconds.toFixed(1)} s. Results: ${RESULTS}`);
  mkdirSync('bench/out', { recursive: true });
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        rounds,
        seed: SEED,
        seconds,
        workloads,
        checkCost,
        simdGain,
      },
      null,
      2,
    ) + '\n',
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
