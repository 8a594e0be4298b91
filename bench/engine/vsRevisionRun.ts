/**
 * The measurement behind `npm run bench:rev`: two builds of the engine (this checkout's and
 * another revision's) train the same workloads in one process, runs interleaved round by
 * round and alternating which goes first, timed by this process's CPU time. Reports the
 * median per-round ratio (this ÷ other) and whether both end with bit-identical weights.
 * Then, this checkout only: what a skip connection per layer and a softmax output cost.
 */
import type * as EngineModule from '../../src/engine';

type Engine = typeof EngineModule;

interface Shape {
  id: string;
  title: string;
  hidden: number[];
  activation: 'tanh' | 'sigmoid';
  labels: 'zero-one' | 'plus-minus';
  batch: number;
  epochs: number;
}

/** Workloads A–C of `npm run bench` (½·MSE, SGD η = 0.03, circle of 500 points). */
const SHAPES: Shape[] = [
  {
    id: 'A',
    title: '2 → [8, 8, 8] tanh → 1',
    hidden: [8, 8, 8],
    activation: 'tanh',
    labels: 'plus-minus',
    batch: 10,
    epochs: 300,
  },
  {
    id: 'B',
    title: '2 → [8 × 6] sigmoid → 1',
    hidden: [8, 8, 8, 8, 8, 8],
    activation: 'sigmoid',
    labels: 'zero-one',
    batch: 10,
    epochs: 200,
  },
  {
    id: 'C',
    title: '2 → [64, 64, 64] tanh → 1',
    hidden: [64, 64, 64],
    activation: 'tanh',
    labels: 'plus-minus',
    batch: 32,
    epochs: 16,
  },
];

interface Variant {
  skips?: boolean;
  softmax?: boolean;
}

function trainer(e: Engine, s: Shape, v: Variant = {}) {
  const labels = v.softmax ? 'one-hot' : s.labels;
  const data = e.generateDataset({ kind: 'circle', count: 500, seed: 1, labels } as EngineModule.DatasetOptions);
  const hidden = s.hidden.map((units, k) => ({
    units,
    activation: s.activation,
    ...(v.skips && k > 0 ? { skip: true } : {}),
  }));
  const output = v.softmax ? { units: 2, activation: 'softmax' } : { units: 1, activation: s.activation };
  const net = e.createNetwork({
    inputSize: 2,
    layers: [...hidden, output],
    loss: v.softmax ? 'cce' : 'mse',
    init: { kind: 'xavier-uniform' },
    seed: 1,
  } as EngineModule.NetworkSpec);
  return e.createTrainer(net, e.createOptimizer(net, { kind: 'sgd', learningRate: 0.03 }), data, s.batch, 3);
}

/** Examples per CPU-second of one timed run. */
function run(e: Engine, s: Shape, v?: Variant): number {
  const t = trainer(e, s, v);
  const c0 = process.cpuUsage();
  for (let k = 0; k < s.epochs; k++) e.trainEpoch(t);
  const c = process.cpuUsage(c0);
  return (s.epochs * 500) / ((c.user + c.system) / 1e6);
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const k = (v: number) => `${(v / 1000).toFixed(1)}k`;

/** Interleaved rounds of `a` and `b`; the median of the per-round ratios a ÷ b. */
function compare(a: () => number, b: () => number, rounds: number) {
  a();
  b(); // warm-up
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      ra.push(a());
      rb.push(b());
    } else {
      rb.push(b());
      ra.push(a());
    }
  }
  return { a: median(ra), b: median(rb), ratio: median(ra.map((x, i) => x / rb[i])) };
}

export function runVs(head: Engine, other: Engine, label: string, rounds: number): void {
  console.log(`This checkout's engine vs ${label}'s, ${rounds} interleaved rounds, examples per CPU-second (median).`);
  for (const s of SHAPES) {
    const a = trainer(head, s);
    const b = trainer(other, s);
    for (let e = 0; e < 3; e++) {
      head.trainEpoch(a);
      other.trainEpoch(b);
    }
    const same = a.net.params.every((v, i) => Object.is(v, b.net.params[i]));
    const r = compare(
      () => run(head, s),
      () => run(other, s),
      rounds,
    );
    console.log(
      `${s.id} ${s.title}: this ${k(r.a)}, ${label} ${k(r.b)}, this ÷ ${label} ${r.ratio.toFixed(3)}; ` +
        `weights after 3 epochs ${same ? 'bit-identical' : 'DIFFER'}`,
    );
  }
  console.log(
    'This checkout only: the same networks with a skip around every hidden layer after the first, or a softmax over 2.',
  );
  for (const s of SHAPES) {
    const skips = compare(
      () => run(head, s, { skips: true }),
      () => run(head, s),
      rounds,
    );
    const softmax = compare(
      () => run(head, s, { softmax: true }),
      () => run(head, s),
      rounds,
    );
    console.log(
      `${s.id}: with skips ÷ without ${skips.ratio.toFixed(3)}; softmax + cross-entropy ÷ one output ${softmax.ratio.toFixed(3)}`,
    );
  }
}
