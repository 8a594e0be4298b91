/**
 * Starting a trainer from a trained state instead of its first weights: a session restored
 * after a reload, a network imported from a file, a worker restarted after a crash. The state
 * is checked whole before anything is written (sizes and finite values), so a damaged one is
 * refused with the field named and the trainer keeps its own weights.
 */
import { EngineInputError, requireInteger, type Trainer } from '../engine';
import { snapshotTransferables, type TrainerResume, type TrainerSnapshot, type WorkerEvent } from './protocol';
import type { TrainerRun } from './trainerRun';

function requireFiniteArray(field: string, v: unknown, length: number): Float64Array {
  if (!(v instanceof Float64Array) || v.length !== length) {
    throw new EngineInputError(field, `${length} numbers (a Float64Array)`, (v as { length?: unknown } | null)?.length);
  }
  const bad = v.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) throw new EngineInputError(`${field}[${bad}]`, 'a finite number', v[bad]);
  return v;
}

/** Writes the resumed weights, optimiser moments and counters into a freshly built trainer. */
export function applyResume(trainer: Trainer, resume: TrainerResume): void {
  const { net, optimizer } = trainer;
  const params = requireFiniteArray('resume.params', resume.params, net.params.length);
  const moments = resume.optimizer;
  const velocity =
    moments && requireFiniteArray('resume.optimizer.velocity', moments.velocity, optimizer.velocity.length);
  const second =
    moments && requireFiniteArray('resume.optimizer.secondMoment', moments.secondMoment, optimizer.secondMoment.length);
  const max = Number.MAX_SAFE_INTEGER;
  const counters = resume.counters && {
    step: requireInteger('resume.counters.step', resume.counters.step, 0, max),
    epoch: requireInteger('resume.counters.epoch', resume.counters.epoch, 0, max),
    examplesSeen: requireInteger('resume.counters.examplesSeen', resume.counters.examplesSeen, 0, max),
  };
  const steps = moments && requireInteger('resume.optimizer.steps', moments.steps, 0, max);
  // Everything checked: now write.
  net.params.set(params);
  if (velocity) optimizer.velocity.set(velocity);
  if (second) optimizer.secondMoment.set(second);
  if (steps !== undefined) optimizer.steps = steps;
  if (counters) Object.assign(trainer, counters);
}

/** Copies of a trainer's whole trained state (weights, optimiser moments, counters): what `applyResume` writes back. */
export function snapshotOf(trainer: Trainer): TrainerSnapshot {
  const { net, optimizer } = trainer;
  return {
    params: net.params.slice(),
    optimizer: {
      velocity: optimizer.velocity.slice(),
      secondMoment: optimizer.secondMoment.slice(),
      steps: optimizer.steps,
    },
    counters: { step: trainer.step, epoch: trainer.epoch, examplesSeen: trainer.examplesSeen },
  };
}

/** The answer to a `snapshot` command: each trainer's state and config, and the buffers to transfer. */
export function snapshotAnswer(id: number, runs: readonly TrainerRun[]): [WorkerEvent, Transferable[]] {
  const trainers = runs.map((r) => snapshotOf(r.trainer));
  return [{ type: 'snapshot', id, configs: runs.map((r) => r.config), trainers }, snapshotTransferables(trainers)];
}
