/**
 * The data set as CSV: every training and test point with its label (the class index, or
 * y for regression), its split and the network's prediction ŷ, computed by the engine from
 * the weights the worker runs. With K one-hot classes the prediction is the winning class
 * index, followed by each class's probability p0 … p(K−1). The columns are those the
 * own-points import reads (`x1,x2,label` or `x,y`); it ignores the others.
 */
import { createNetwork, predict } from '../../engine';
import type { DataPoints, TrainerConfig, TrainerData } from '../../worker/protocol';
import { csvLines, csvNumber } from './csv';

/** ŷ for each of the given inputs, from a network built as the worker builds it, holding `params`. */
export function predictionsOf(
  config: TrainerConfig,
  params: Float64Array,
  data: TrainerData,
  set: DataPoints,
): Float64Array {
  if (set.count === 0) return new Float64Array(0);
  const net = createNetwork({
    inputSize: data.inputSize,
    layers: [...config.hidden, { units: data.outputSize, activation: config.output }],
    loss: config.loss,
    init: config.init,
    seed: config.seed,
  });
  net.params.set(params);
  return predict(net, set.inputs.slice(0, set.count * data.inputSize));
}

export function datasetToCsv(config: TrainerConfig, params: Float64Array, data: TrainerData): string {
  const regression = data.task === 'regression';
  const K = data.labels === 'one-hot' ? data.outputSize : 0;
  const inputs = data.inputSize === 1 ? ['x'] : Array.from({ length: data.inputSize }, (_, i) => `x${i + 1}`);
  const classes = Array.from({ length: K }, (_, c) => `p${c}`);
  const header = [...inputs, regression ? 'y' : 'label', 'split', 'prediction', ...classes];
  const rows: string[][] = [];
  for (const [name, set] of [
    ['train', data.train],
    ['test', data.test],
  ] as const) {
    const predictions = predictionsOf(config, params, data, set);
    for (let n = 0; n < set.count; n++) {
      const x = Array.from(set.inputs.subarray(n * data.inputSize, (n + 1) * data.inputSize), csvNumber);
      const at = n * data.outputSize;
      if (K > 0) {
        const p = Array.from(predictions.subarray(at, at + K), csvNumber);
        rows.push([...x, String(winner(set.targets, at, K)), name, String(winner(predictions, at, K)), ...p]);
        continue;
      }
      const target = set.targets[at];
      const label = regression ? csvNumber(target) : String(target > (data.labels === 'plus-minus' ? 0 : 0.5) ? 1 : 0);
      rows.push([...x, label, name, csvNumber(predictions[at])]);
    }
  }
  return csvLines(header, rows);
}

/** The index of the largest of K values from `at` (a one-hot target's class, a softmax's winner). */
function winner(values: ArrayLike<number>, at: number, K: number): number {
  let best = 0;
  for (let c = 1; c < K; c++) if (values[at + c] > values[at + best]) best = c;
  return best;
}
