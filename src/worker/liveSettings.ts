/**
 * The settings that change on running networks without a rebuild: the optimiser (kind,
 * η, …) and the batch size. Each change is checked first (a refused value changes nothing)
 * and then recorded in the run's config, which the worker reports back as what it runs.
 */
import { LIMITS, reconfigureOptimizer, requireInteger } from '../engine';
import type { TrainerConfig } from './protocol';
import type { TrainerRun } from './trainerRun';

export function applyOptimizer(targets: readonly TrainerRun[], patch: Partial<TrainerConfig['optimizer']>): void {
  // All checked before any is changed.
  const next = targets.map((r) => reconfigureOptimizer(r.trainer.net, r.trainer.optimizer, patch));
  targets.forEach((r, k) => {
    r.trainer.optimizer = next[k];
    const { kind, learningRate } = next[k].config;
    r.config = { ...r.config, optimizer: { ...r.config.optimizer, ...patch, kind, learningRate } };
  });
}

export function applyBatchSize(targets: readonly TrainerRun[], batchSize: number): void {
  requireInteger('batchSize', batchSize, LIMITS.batchSize.min, LIMITS.batchSize.max);
  for (const r of targets) {
    r.trainer.batchSize = Math.min(batchSize, r.train.count);
    r.config = { ...r.config, batchSize };
  }
}
