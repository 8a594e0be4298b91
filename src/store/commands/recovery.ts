/**
 * Getting a run back on its feet after an alarm: a ten times smaller learning rate and
 * training goes on from the last finite weights, or the weights of an earlier step put
 * back (the worker keeps a few). Reset is the third way (playback.ts).
 */
import { LIMITS } from '../../engine';
import type { Ctx } from '../context';
import type { EditingCommands } from './editing';
import type { ModeCommands } from './modes';
import type { PlaybackCommands } from './playback';

export interface RecoveryCommands {
  /** η of network `trainer` ten times smaller (not below the smallest allowed), then Play. */
  lowerLearningRateAndContinue(trainer: number): void;
  /** Puts back the weights network `trainer` had at `step` (one of its alarm's restorable steps). */
  restoreStep(trainer: number, step: number): void;
}

/** η ÷ 10, rounded to one significant digit, not below the smallest η allowed; null when η is already the smallest. */
export function lowerLearningRate(learningRate: number): number | null {
  if (!(learningRate > LIMITS.learningRate.min)) return null;
  return Math.max(LIMITS.learningRate.min, Number((learningRate / 10).toPrecision(1)));
}

export function recoveryCommands(
  ctx: Ctx,
  deps: Pick<EditingCommands, 'setLearningRate'> & Pick<ModeCommands, 'setCompare'> & Pick<PlaybackCommands, 'play'>,
): RecoveryCommands {
  return {
    lowerLearningRateAndContinue(trainer) {
      const { config, compare } = ctx.state.getState();
      const ownRate = trainer === 1 && compare?.field === 'learningRate';
      const current = ownRate ? Number(compare.value) : config.optimizer.learningRate;
      const lower = lowerLearningRate(current);
      if (lower === null) return;
      if (ownRate) deps.setCompare({ field: 'learningRate', value: lower });
      else deps.setLearningRate(lower);
      ctx.run.setState({ alarm: null });
      deps.play();
    },
    restoreStep(trainer, step) {
      ctx.send({ type: 'restore', trainer, step });
    },
  };
}
