/**
 * What checking every step before committing it costs: our engine's trainer (each update
 * computed into scratch, checked for ±∞/NaN, then committed) against the same trainer
 * stepped the way it was before the check (the update applied in place, unchecked), on the
 * same data, weights and batches. Interleaved round by round in one process, like the rest
 * of the benchmark, and reported as a ratio, never as an absolute time.
 */
import {
  advance,
  backward,
  computeLoss,
  createNetwork,
  createOptimizer,
  createTrainer,
  forward,
  loadNextBatch,
  setParams,
  trainEpoch,
  type Trainer,
} from '../../src/engine';
import type { Problem, Workload } from './common';

/** The bound: the checked step keeps at least 95% of the unchecked examples/s. */
export const CHECK_COST_LIMIT = 0.05;

export interface CheckCost {
  id: string;
  /** Examples per second of CPU time, median over the rounds. */
  checked: number;
  unchecked: number;
  /** 1 − checked ÷ unchecked, the median over rounds (each round runs both), per CPU-second and by the wall clock. */
  cost: number;
  wallCost: number;
  /** Both arms end one epoch on bit-identical weights. */
  identical: boolean;
  met: boolean;
}

type Arm = (t: Trainer, epochs: number) => void;

const checkedArm: Arm = (t, epochs) => {
  for (let e = 0; e < epochs; e++) trainEpoch(t);
};

/** The step as it was before the check: SGD written into the weights in place, unchecked. */
const uncheckedArm: Arm = (t, epochs) => {
  const net = t.net;
  const { params: w, grads: g, isWeight } = net;
  const { learningRate: lr, weightDecay: wd } = t.optimizer.config;
  const end = t.epoch + epochs;
  while (t.epoch < end) {
    const count = loadNextBatch(t);
    forward(net);
    t.lastLoss = computeLoss(net);
    backward(net);
    t.optimizer.steps++;
    for (let k = 0; k < w.length; k++) w[k] -= lr * (g[k] + wd * isWeight[k] * w[k]);
    advance(t, count);
  }
};

function freshTrainer(p: Problem): Trainer {
  const net = createNetwork(p.spec);
  setParams(net, p.init);
  const opt = createOptimizer(net, { kind: 'sgd', learningRate: p.workload.learningRate });
  return createTrainer(net, opt, p.data, p.workload.batchSize, p.shuffleSeed);
}

function timed(p: Problem, arm: Arm, epochs: number): { wall: number; cpu: number; params: Float64Array } {
  const t = freshTrainer(p);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  arm(t, epochs);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const examples = epochs * p.data.count;
  return { wall: examples / wall, cpu: examples / ((cpu.user + cpu.system) / 1e6), params: t.net.params };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs both arms `rounds` times each (alternating which goes first) after two warm-up runs each. */
export function measureCheckCost(w: Workload, p: Problem, rounds: number): CheckCost {
  const epochs = w.epochs.ours;
  const a = timed(p, checkedArm, 1).params;
  const b = timed(p, uncheckedArm, 1).params;
  const identical = a.length === b.length && a.every((v, k) => Object.is(v, b[k]));
  for (let r = 0; r < 2; r++) for (const arm of [checkedArm, uncheckedArm]) timed(p, arm, epochs);
  const runs = { checked: [] as { wall: number; cpu: number }[], unchecked: [] as { wall: number; cpu: number }[] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['checked', 'unchecked'] as const) : (['unchecked', 'checked'] as const);
    for (const name of order) runs[name].push(timed(p, name === 'checked' ? checkedArm : uncheckedArm, epochs));
  }
  const cpu = (name: keyof typeof runs) => median(runs[name].map((x) => x.cpu));
  // Each round's two runs are close in time, so their ratio is steadier than a ratio of medians.
  const pairedCost = (clock: 'wall' | 'cpu') =>
    1 - median(runs.checked.map((x, r) => x[clock] / runs.unchecked[r][clock]));
  const cost = pairedCost('cpu');
  const wallCost = pairedCost('wall');
  return {
    id: w.id,
    checked: cpu('checked'),
    unchecked: cpu('unchecked'),
    cost,
    wallCost,
    identical,
    met: identical && cost <= CHECK_COST_LIMIT && wallCost <= CHECK_COST_LIMIT,
  };
}

export function printCheckCost(results: CheckCost[]): void {
  console.log('\nCheck before commit: checked step vs the unchecked in-place step (examples per CPU-second, median)');
  for (const r of results) {
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      `  ${r.id}: checked ${Math.round(r.checked).toLocaleString('en-US')}/s, unchecked ` +
        `${Math.round(r.unchecked).toLocaleString('en-US')}/s → costs ${pct(r.cost)} (wall clock ${pct(r.wallCost)}); ` +
        `same weights after an epoch: ${r.identical ? 'yes' : 'NO'}; ` +
        `${r.met ? 'meets' : 'MISSES'} ≤ ${pct(CHECK_COST_LIMIT)}`,
    );
  }
}
