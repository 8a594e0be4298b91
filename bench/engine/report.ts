/** The benchmark's printed tables (and the result types the JSON file holds). */
export interface EngineResult {
  key: string;
  name: string;
  epochsPerRun: number;
  /** Examples per second of each timed run. */
  runs: number[];
  median: number;
  min: number;
  max: number;
  /** Examples per second of CPU time (this process's user + system) of each run. */
  cpuRuns: number[];
  cpuMedian: number;
  /** ½·MSE over the dataset at the shared initial weights. */
  initialLoss: number;
  /** Epochs of the (untimed) learning check, the same for every engine. */
  verifyEpochs: number;
  /** ½·MSE and accuracy over the dataset after `verifyEpochs` epochs. */
  loss: number;
  accuracy: number;
  /** Largest |w − w_ours| after one epoch from the same start on the same batches. */
  maxParamDiffAfter1Epoch: number;
}

export interface Ratio {
  versus: string;
  name: string;
  /** Median ours ÷ median peer, examples per second. */
  value: number;
  /** Range of ours ÷ peer over the rounds (each round's runs are close in time). */
  roundMin: number;
  roundMax: number;
  /** The same ratio from CPU time: insensitive to time spent descheduled. */
  cpuValue: number;
  target: number | null;
  /** Both the wall-clock and the CPU-time ratio reach the target (null: no target). */
  met: boolean | null;
}

export interface WorkloadResult {
  id: string;
  title: string;
  dataset: string;
  labels: string;
  batchSize: number;
  learningRate: number;
  /** Accuracy of always answering the larger class: what learning must beat. */
  majorityShare: number;
  /** ½·MSE of the best constant prediction (the mean target): what learning must beat. */
  constantLoss: number;
  engines: EngineResult[];
  ratios: Ratio[];
}

const fmtRate = (x: number): string =>
  x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string, n: number): string => s.padStart(n);

function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (right[c] ? lpad(cell, widths[c]) : pad(cell, widths[c]))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const verdict = (r: Ratio): string =>
  r.target === null
    ? ''
    : `${r.met ? 'meets' : 'MISSES'} target ≥ ${r.target}×${r.met ? '' : ' (by wall clock or CPU time)'}`;

export function printWorkload(w: WorkloadResult): void {
  console.log(
    `Workload ${w.id}: ${w.title}; ${w.dataset}, labels ${w.labels} ` +
      `(always the larger class: ${(100 * w.majorityShare).toFixed(1)}%; best constant: loss ${w.constantLoss.toFixed(4)})`,
  );
  const rows = w.engines.map((e) => [
    e.name,
    String(e.epochsPerRun),
    fmtRate(e.median),
    `${fmtRate(e.min)}–${fmtRate(e.max)}`,
    fmtRate(e.cpuMedian),
    `${e.initialLoss.toFixed(4)} → ${e.loss.toFixed(4)}`,
    `${(100 * e.accuracy).toFixed(1)}%`,
    e.key === 'ours' ? '—' : e.maxParamDiffAfter1Epoch.toExponential(1),
  ]);
  const v = w.engines[0].verifyEpochs;
  console.log(
    table(
      [
        'engine',
        'epochs/run',
        'examples/s',
        'min–max',
        'per CPU-s',
        `loss start → ${v} epochs`,
        'accuracy',
        'max|Δw| vs ours, 1 epoch',
      ],
      rows,
      [false, true, true, true, true, true, true, true],
    ),
  );
  for (const r of w.ratios) {
    console.log(
      `ours / ${r.name}: ${r.value.toFixed(2)}× (per round ${r.roundMin.toFixed(2)}–${r.roundMax.toFixed(2)}×; ` +
        `by CPU time ${r.cpuValue.toFixed(2)}×) ${verdict(r)}`,
    );
  }
  console.log('');
}

export function printSummary(ws: WorkloadResult[]): void {
  console.log('Summary (median examples/s by the wall clock; ratio = ours ÷ peer; ✓ = target met by both clocks)');
  const rows = ws.map((w) => {
    const rate = (key: string) => fmtRate(w.engines.find((e) => e.key === key)?.median ?? NaN);
    const ratio = (key: string) => {
      const r = w.ratios.find((x) => x.versus === key);
      return r
        ? `${r.value.toFixed(2)}×${r.target === null ? '' : r.met ? ` (≥ ${r.target}× ✓)` : ` (≥ ${r.target}× ✗)`}`
        : '';
    };
    return [w.id, rate('ours'), rate('convnetjs'), rate('tfjs'), ratio('convnetjs'), ratio('tfjs')];
  });
  console.log(
    table(['workload', 'ours', 'ConvNetJS', 'TensorFlow.js', 'ours/ConvNetJS', 'ours/tfjs'], rows, [
      false,
      true,
      true,
      true,
      true,
      true,
    ]),
  );
}
