/**
 * Checking a learner's answer to a lesson question against the engine's own numbers: a
 * number within the question's tolerance of the frame's value, the option the engine's
 * chain-rule report makes largest, or the layer whose gradient is smallest right now.
 */
import { LAYER_STAT_FIELDS } from '../../engine';
import type { ChoiceAnswer, LayerAnswer, Question } from '../../lessons/types';
import type { Frame } from '../../worker/protocol';
import { readValue, type LessonPass } from './values';

/** What the learner gave: an option, a number, or a layer. */
export type Reply = { option: number } | { number: number } | { layer: number };

/**
 * The right answer as the engine has it now (null while it cannot say): numbers from the
 * engine's pass on the example (`pass`), paths and layer statistics from the frame.
 */
export function rightAnswer(q: Question, frame: Frame | null, pass: LessonPass | null): Reply | null {
  switch (q.kind) {
    case 'choice': {
      const option = rightOption(q.answer, frame, pass);
      return option === null ? null : { option };
    }
    case 'number': {
      const value = readValue(pass, q.value);
      return value === null || Number.isNaN(value) ? null : { number: value };
    }
    case 'layer': {
      const layer = rightLayer(q.answer, frame);
      return layer === null ? null : { layer };
    }
  }
}

export function isRight(q: Question, reply: Reply, frame: Frame | null, pass: LessonPass | null): boolean {
  const right = rightAnswer(q, frame, pass);
  if (right === null) return false;
  if ('number' in reply && 'number' in right && q.kind === 'number') {
    const diff = Math.abs(reply.number - right.number);
    const { relative, absolute } = q.tolerance;
    return (
      (absolute !== undefined && diff <= absolute) ||
      (relative !== undefined && diff <= relative * Math.abs(right.number))
    );
  }
  if ('option' in reply && 'option' in right) return reply.option === right.option;
  if ('layer' in reply && 'layer' in right) return reply.layer === right.layer;
  return false;
}

function rightOption(a: ChoiceAnswer, frame: Frame | null, pass: LessonPass | null): number | null {
  if ('index' in a) return a.index;
  if ('bySign' in a) {
    const v = readValue(pass, a.bySign.value);
    if (v === null || Number.isNaN(v)) return null;
    return v < 0 ? a.bySign.negative : v > 0 ? a.bySign.positive : a.bySign.zero;
  }
  const paths = frame?.weight?.paths.paths;
  if (!paths || paths.length === 0) return null;
  // The report lists paths largest |product| first; the right option is the unit the first one visits.
  const { layer, units } = a.largestPathVia;
  const unit = paths[0].units[layer - frame!.weight!.weight.layer];
  const k = units.indexOf(unit);
  return k >= 0 ? k : null;
}

/** Per layer, the statistic a layer question is about (mean |∂L/∂W| or mean |δ|), from the frame. */
export function layerStatistic(a: Exclude<LayerAnswer, { layer: number }>, frame: Frame | null): number[] {
  const stats = frame?.trainers[0]?.stats;
  if (!stats) return [];
  const F = LAYER_STAT_FIELDS.length;
  const field = LAYER_STAT_FIELDS.indexOf(a.endsWith('delta') ? 'meanAbsDelta' : 'meanAbsGrad');
  return Array.from({ length: stats.length / F }, (_, l) => stats[l * F + field]);
}

function rightLayer(a: LayerAnswer, frame: Frame | null): number | null {
  if (typeof a === 'object') return a.layer;
  const values = layerStatistic(a, frame);
  if (values.length === 0) return null;
  const smallest = a.startsWith('smallest');
  let best = 0;
  for (let l = 1; l < values.length; l++) {
    if (smallest ? values[l] < values[best] : values[l] > values[best]) best = l;
  }
  return best;
}
