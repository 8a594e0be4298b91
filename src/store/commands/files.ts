/**
 * Files out and in: the trained network as JSON (and back, resumed to identical
 * predictions), the data set and the training history as CSV, and the numbers of a
 * worksheet. What the worker holds is asked of it (a snapshot), so a file always has the
 * weights, optimiser state and configuration the worker is actually running.
 */
import type { StepperExample } from '../../worker/protocol';
import { configure, type Ctx } from '../context';
import { datasetToCsv } from '../files/datasetCsv';
import { historyToCsv } from '../files/historyCsv';
import { networkToJson, parseNetworkFile } from '../files/networkFile';
import { computeWorksheet, type Worksheet } from '../files/worksheet';
import { requestSnapshot } from '../snapshot';

export interface ExportedFile {
  fileName: string;
  text: string;
}

export interface FileCommands {
  /** The network (`trainer` 1: the right-hand one in compare mode) as a JSON file. */
  exportNetwork(trainer?: number): Promise<ExportedFile>;
  /** A network file's text: loaded with its weights and optimiser state, or refused with a sentence (nothing changes). */
  importNetwork(fileName: string, text: string): boolean;
  exportDataset(trainer?: number): Promise<ExportedFile>;
  exportHistory(): ExportedFile;
  /** One forward and backward pass of the first network on the step-through's example, and the update. */
  worksheet(): Promise<Worksheet>;
}

export function fileCommands(ctx: Ctx): FileCommands {
  const get = ctx.state.getState;
  const snapshotOf = async (trainer: number) => {
    const s = await requestSnapshot(ctx);
    const state = s.trainers[trainer];
    const config = s.configs[trainer];
    if (!state || !config) throw new Error(`there is no network ${trainer + 1}`);
    return { state, config };
  };
  return {
    async exportNetwork(trainer = 0) {
      const { state, config } = await snapshotOf(trainer);
      const name = get().compare ? `backprop-lab-network-${trainer + 1}` : 'backprop-lab-network';
      return { fileName: `${name}-step-${state.counters.step}.json`, text: networkToJson(config, state) };
    },
    importNetwork(fileName, text) {
      const parsed = parseNetworkFile(text);
      if (!parsed.ok) {
        ctx.run.setState({
          problem: { field: 'import', message: `${fileName} was not loaded: ${parsed.message}.` },
        });
        return false;
      }
      if (get().mode === 'step') ctx.send({ type: 'stepper-exit' });
      ctx.run.setState({ problem: null });
      ctx.state.setState({ config: parsed.value.config, compare: null, mode: 'train', selection: null });
      configure(ctx, { resume: [parsed.value.state] });
      return true;
    },
    async exportDataset(trainer = 0) {
      const { state, config } = await snapshotOf(trainer);
      const data = ctx.run.getState().data[trainer];
      if (!data) throw new Error('there is no data yet');
      const kind = config.dataset.kind === 'custom' ? 'own-points' : config.dataset.kind;
      return { fileName: `backprop-lab-data-${kind}.csv`, text: datasetToCsv(config, state.params, data) };
    },
    exportHistory: () => ({ fileName: 'backprop-lab-history.csv', text: historyToCsv(ctx.histories.getState()) }),
    async worksheet() {
      const { state, config } = await snapshotOf(0);
      const { input, target } = exampleValues(ctx, get().stepThrough.example);
      return computeWorksheet(config, state, input, target);
    },
  };
}

/** The input and target of the step-through's example (a training row, or the student's own). */
function exampleValues(ctx: Ctx, example: StepperExample): { input: number[]; target: number[] } {
  if (example.kind === 'custom') return { input: example.input, target: example.target };
  const data = ctx.run.getState().data[0];
  if (!data || example.index >= data.train.count) throw new Error('there is no such training example');
  const { inputSize: nx, outputSize: ny } = data;
  const n = example.index;
  return {
    input: Array.from(data.train.inputs.subarray(n * nx, (n + 1) * nx)),
    target: Array.from(data.train.targets.subarray(n * ny, (n + 1) * ny)),
  };
}
