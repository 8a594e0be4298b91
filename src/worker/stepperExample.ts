/** The example a step-through walks: a training row, or the student's own input and target, checked. */
import { EngineInputError } from '../engine';
import type { StepperExample } from './frameContract';
import type { TrainerRun } from './trainerRun';

export function resolveExample(run: TrainerRun, example: StepperExample): { x: Float64Array; y: Float64Array } {
  const nx = run.trainer.net.inputSize;
  const ny = run.trainer.net.outputSize;
  if (example.kind === 'row') {
    const i = example.index;
    if (!(Number.isInteger(i) && i >= 0 && i < run.train.count)) {
      throw new EngineInputError('example', `a training example from 1 to ${run.train.count}`, i + 1);
    }
    return { x: run.train.inputs.slice(i * nx, i * nx + nx), y: run.train.targets.slice(i * ny, i * ny + ny) };
  }
  const check = (field: string, v: number[], n: number) => {
    if (!Array.isArray(v) || v.length !== n || !v.every(Number.isFinite)) {
      throw new EngineInputError(field, `${n} finite number${n > 1 ? 's' : ''}`, v);
    }
    return Float64Array.from(v);
  };
  return { x: check('example.input', example.input, nx), y: check('example.target', example.target, ny) };
}
