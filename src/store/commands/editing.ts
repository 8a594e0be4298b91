/**
 * Editing the set-up. Each command checks its value (configEdits.ts, classEdits.ts) and
 * either shows the refusal or applies it and tells the worker exactly what changed: the
 * optimiser and the batch size change live (set-optimizer, set-batch-size: the network keeps training), and
 * anything else rebuilds the networks (configure).
 */
import type {
  ActivationName,
  DatasetName,
  InitName,
  LossName,
  OptimizerName,
  OutputActivationName,
} from '../../engine';
import type { TrainerConfig } from '../../worker/protocol';
import * as classEdits from '../classEdits';
import * as edits from '../configEdits';
import type { EditResult } from '../editResult';
import { trainerConfigsOf } from '../compare';
import { configure, type Ctx } from '../context';

export interface EditingCommands {
  addLayer(): void;
  removeLayer(): void;
  setUnits(layer: number, units: number): void;
  /** Every hidden layer at once: `depth` layers of `units` neurons (one rebuild). */
  setShape(depth: number, units: number): void;
  setActivation(layer: number | 'all', activation: ActivationName): void;
  setOutput(activation: OutputActivationName): void;
  /** A skip connection around hidden layer `layer` (0-based), or around every layer where one fits. */
  setSkip(layer: number | 'all', on: boolean): void;
  /** Classes of the data (3–5 switch to a softmax output). */
  setClasses(classes: number): void;
  setLoss(loss: LossName): void;
  setInit(kind: InitName, scale?: number): void;
  setDataset(kind: DatasetName): void;
  setNoise(noise: number): void;
  setTestFraction(fraction: number): void;
  setSeed(seed: number): void;
  /** Live: the running networks switch optimiser without a rebuild. */
  setOptimizer(kind: OptimizerName): void;
  /** Live: η changes on the running networks (a step in progress replays with it). */
  setLearningRate(learningRate: number): void;
  /** Live. */
  setBatchSize(batchSize: number): void;
}

export function editingCommands(ctx: Ctx): EditingCommands {
  /** Applies an edit; returns the new config, or null when it was refused (the refusal is shown). */
  const apply = (edit: (c: TrainerConfig) => EditResult): TrainerConfig | null => {
    const result = edit(ctx.state.getState().config);
    if ('problem' in result) {
      ctx.run.setState({ problem: result.problem });
      return null;
    }
    ctx.run.setState({ problem: null });
    ctx.state.setState({ config: result.config });
    return result.config;
  };
  const rebuild = (edit: (c: TrainerConfig) => EditResult) => {
    if (apply(edit)) configure(ctx);
  };
  const liveOptimizer = (edit: (c: TrainerConfig) => EditResult) => {
    const before = trainerConfigsOf(ctx.state.getState());
    if (!apply(edit)) return;
    const after = trainerConfigsOf(ctx.state.getState());
    if (after.length === 1) {
      const { kind, learningRate } = after[0].optimizer;
      return ctx.send({ type: 'set-optimizer', patch: { kind, learningRate } });
    }
    // Compare mode: the right-hand network keeps its own value of the compared setting.
    after.forEach((c, k) => {
      const { kind, learningRate } = c.optimizer;
      if (kind !== before[k]?.optimizer.kind || learningRate !== before[k]?.optimizer.learningRate) {
        ctx.send({ type: 'set-optimizer', patch: { kind, learningRate }, trainer: k });
      }
    });
  };
  return {
    addLayer: () => rebuild(edits.addLayer),
    removeLayer: () => rebuild(edits.removeLayer),
    setUnits: (layer, units) => rebuild((c) => edits.setUnits(c, layer, units)),
    setShape: (depth, units) => rebuild((c) => edits.setShape(c, depth, units)),
    setActivation: (layer, activation) => rebuild((c) => edits.setActivation(c, layer, activation)),
    setOutput: (activation) => rebuild((c) => classEdits.setOutput(c, activation)),
    setSkip: (layer, on) => rebuild((c) => edits.setSkip(c, layer, on)),
    setClasses: (classes) => rebuild((c) => classEdits.setClasses(c, classes)),
    setLoss: (loss) => rebuild((c) => classEdits.setLoss(c, loss)),
    setInit: (kind, scale) => rebuild((c) => edits.setInit(c, kind, scale)),
    setDataset: (kind) => rebuild((c) => classEdits.setDataset(c, kind)),
    setNoise: (noise) => rebuild((c) => edits.setNoise(c, noise)),
    setTestFraction: (fraction) => rebuild((c) => edits.setTestFraction(c, fraction)),
    setSeed: (seed) => rebuild((c) => edits.setSeed(c, seed)),
    setOptimizer: (kind) => liveOptimizer((c) => edits.setOptimizer(c, kind)),
    setLearningRate: (learningRate) => liveOptimizer((c) => edits.setLearningRate(c, learningRate)),
    setBatchSize(batchSize) {
      const config = apply((c) => edits.setBatchSize(c, batchSize));
      if (config) ctx.send({ type: 'set-batch-size', batchSize: config.batchSize });
    },
  };
}
