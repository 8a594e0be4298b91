/**
 * The SIMD kernel path against the TypeScript one, on the same problems (issue 14): the two
 * engines' runs interleaved round by round, as the peer comparison does. Reports examples/s,
 * the ratio SIMD ÷ TypeScript, the arithmetic rate (GFLOP/s) and its share of one core's
 * vector peak, and checks that both paths land on the same weights.
 */
import os from 'node:os';
import { readFileSync } from 'node:fs';
import simdBytes from 'virtual:simd-kernels';
import { loadSimdKernels } from '../../src/engine';
import { describe, makeProblem, maxParamDiff, type Engine, type Workload } from './common';
import { createOurs } from './ours';

/** The issue's targets: SIMD ÷ TypeScript on the wide networks; A and B no slower. */
const TARGETS: Record<string, number> = { A: 1, B: 1, C: 3, D: 3 };

/** The largest network the app allows, as the issue measures it. */
export const WORKLOAD_D: Workload = {
  id: 'D',
  hidden: Array.from({ length: 12 }, () => 64),
  activation: 'tanh',
  labels: 'plus-minus',
  batchSize: 32,
  learningRate: 0.01,
  epochs: { ours: 8, convnetjs: 0, tfjs: 0 },
  verifyEpochs: 1,
};

/**
 * Floating-point operations per training example: the weighted sums (2 per weight), the
 * back-propagated sums (2 per weight above the first layer) and the batch gradient (2 per
 * weight). Activations, the loss and the update (per batch, not per example) are left out:
 * the rate is a lower bound.
 */
export function flopsPerExample(sizes: readonly number[]): number {
  let f = 0;
  for (let l = 1; l < sizes.length; l++) f += (l === 1 ? 4 : 6) * sizes[l - 1] * sizes[l];
  return f;
}

/** The CPU's clock from /proc/cpuinfo (GHz), or null where it cannot be read. */
function clockGHz(): number | null {
  try {
    const m = /cpu MHz\s*:\s*([\d.]+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return m ? Number(m[1]) / 1000 : null;
  } catch {
    return os.cpus()[0]?.speed ? os.cpus()[0].speed / 1000 : null;
  }
}

/**
 * One core's vector peak in double precision: ~100 GFLOP/s here, the issue's figure (two
 * 512-bit FMA pipes = 32 flop/cycle at ~3 GHz); and what 128-bit WebAssembly SIMD can reach
 * at most (two lanes, separate multiply and add on two pipes, no FMA: 4 flop/cycle).
 */
const CORE_PEAK_GFLOPS = 100;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function rate(engine: Engine, epochs: number, count: number): number {
  engine.reset();
  const t0 = performance.now();
  engine.train(epochs);
  return (epochs * count) / ((performance.now() - t0) / 1000);
}

export interface SimdGain {
  id: string;
  title: string;
  typescript: number;
  simd: number;
  ratio: number;
  roundMin: number;
  roundMax: number;
  gflops: number;
  shareOfCorePeak: number;
  shareOfWasmPeak: number | null;
  maxParamDiffAfterRun: number;
  target: number;
  met: boolean;
}

export function measureSimdGain(workloads: readonly Workload[], rounds: number, seed: number): SimdGain[] {
  const simd = loadSimdKernels(simdBytes);
  if (!simd) throw new Error('The WebAssembly SIMD kernels did not load: nothing to compare.');
  const ghz = clockGHz();
  return workloads.map((w) => {
    const p = makeProblem(w, seed);
    const engines = [createOurs(p), createOurs(p, simd)];
    const epochs = w.epochs.ours;
    for (const e of engines) rate(e, epochs, p.data.count); // warm-up
    const runs: number[][] = [[], []];
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < 2; k++) {
        const e = (r + k) % 2;
        runs[e].push(rate(engines[e], epochs, p.data.count));
      }
    }
    const [ts, sd] = runs.map(median);
    const perRound = runs[1].map((s, r) => s / runs[0][r]);
    const diff = maxParamDiff(engines[0].params(), engines[1].params());
    const gflops = (sd * flopsPerExample([2, ...w.hidden, 1])) / 1e9;
    return {
      id: w.id,
      title: describe(w),
      typescript: ts,
      simd: sd,
      ratio: sd / ts,
      roundMin: Math.min(...perRound),
      roundMax: Math.max(...perRound),
      gflops,
      shareOfCorePeak: gflops / CORE_PEAK_GFLOPS,
      shareOfWasmPeak: ghz ? gflops / (4 * ghz) : null,
      maxParamDiffAfterRun: diff,
      target: TARGETS[w.id] ?? 1,
      met: sd / ts >= (TARGETS[w.id] ?? 1),
    };
  });
}

const fmt = (x: number) => Math.round(x).toLocaleString('en');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function printSimdGain(gains: readonly SimdGain[]): void {
  const ghz = clockGHz();
  console.log(
    `\nSIMD kernels (WebAssembly 128-bit) vs the TypeScript kernels, interleaved; GFLOP/s counts the three ` +
      `matrix loops only.\nShares: of one core's vector peak (~${CORE_PEAK_GFLOPS} GFLOP/s, the issue's figure) ` +
      `and of 128-bit WebAssembly's (4 flop/cycle${ghz ? ` × ${ghz.toFixed(2)} GHz` : ''}).`,
  );
  for (const g of gains) {
    console.log(
      `${g.id} ${g.title}: TypeScript ${fmt(g.typescript)}/s, SIMD ${fmt(g.simd)}/s = ${g.ratio.toFixed(2)}× ` +
        `(rounds ${g.roundMin.toFixed(2)}–${g.roundMax.toFixed(2)}×) ${g.met ? 'meets' : 'MISSES'} ≥ ${g.target}×; ` +
        `${g.gflops.toFixed(2)} GFLOP/s = ${pct(g.shareOfCorePeak)} of core peak` +
        `${g.shareOfWasmPeak === null ? '' : `, ${pct(g.shareOfWasmPeak)} of 128-bit peak`}; ` +
        `max|Δw| after the runs ${g.maxParamDiffAfterRun.toExponential(1)}`,
    );
  }
}
