/**
 * An alarm in plain words: what happened (and that nothing was lost), then the likely cause.
 * Numbers go through kit/format.ts; layer names through kit/names.ts.
 */
import type { RunAlarm, TrainerConfig } from '../../worker/protocol';
import { formatCount, formatLoss, formatStep } from '../kit/format';
import { INIT_LABELS } from '../kit/labels';
import { layerWords } from '../kit/names';

export interface AlarmWords {
  title: string;
  /** What happened, in one or two sentences. */
  what: string;
  /** The likely cause and what helps. */
  cause: string;
}

const FAULT_NOUNS = { gradients: ['gradient', 'gradients'], weights: ['new weight', 'new weights'] } as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

export function alarmWords(alarm: RunAlarm, config: TrainerConfig | undefined): AlarmWords {
  const eta = `η = ${alarm.learningRate}`;
  const layerCount = (config?.hidden.length ?? 0) + 1;
  const layer = alarm.layer === null ? 'one layer' : layerWords(alarm.layer, layerCount);
  switch (alarm.kind) {
    case 'overflow': {
      const next = formatStep(alarm.step + 1);
      const [one, many] = FAULT_NOUNS[alarm.fault === 'gradients' ? 'gradients' : 'weights'];
      const what =
        alarm.fault === 'loss'
          ? `On step ${next} the loss overflowed for ${alarm.nonFinite} of the ${plural(alarm.total, 'example')} in the mini-batch, so that step was not applied.`
          : `Step ${next} would have turned ${formatCount(alarm.nonFinite)} of the ${plural(alarm.total, one, many)} into ∞ or NaN (not a number), so it was not applied.`;
      return {
        title: 'Training paused before the numbers overflowed',
        what: `${what} The network keeps the weights of step ${formatStep(alarm.step)}, all finite.`,
        cause:
          alarm.cause === 'weights'
            ? `Likely cause: the initial weights are too large for this network${config ? ` (${INIT_LABELS[config.init.kind]} × ${config.init.scale ?? 1})` : ''}. The signal grows layer by layer, so the gradients explode whatever η is: a smaller initial weight scale (then Reset) helps more than a smaller η.`
            : `Likely cause: the learning rate ${eta} is too large for this network. Each update overshoots and makes the weights larger, until they are beyond the largest number a computer stores (about 10³⁰⁸).`,
      };
    }
    case 'zero-gradients':
      return {
        title: 'Training paused: the network stopped learning',
        what: `Every gradient has been exactly 0 for ${plural(alarm.steps, 'step')}, so no weight changes any more.`,
        cause:
          alarm.cause === 'dead-relu'
            ? `Likely cause: dead ReLUs. ${percent(alarm.share)} of the units in ${layer} output 0 for every example, and a ReLU passes no gradient back where it outputs 0; a learning rate that was too large usually pushed their weighted sums below 0.`
            : `Likely cause: saturated units. ${percent(alarm.share)} of the units in ${layer} sit on the flat ends of their curve, where f′(z) is 0, so no gradient passes back through them.`,
      };
    case 'saturated':
      return {
        title: 'Training paused: the network stopped learning',
        what: `For ${plural(alarm.steps, 'step')}, ${percent(alarm.share)} of the units in ${layer} have been saturated (f′(z) almost 0, so almost no gradient passes back), and the loss, ${formatLoss(alarm.loss)}, is no better than guessing.`,
        cause: `Likely cause: a saturated tanh/sigmoid network. Updates that were too large (${eta}) pushed the weighted sums far out onto the flat ends of the curve; a smaller η, or restoring earlier weights, lets it learn again.`,
      };
    case 'rising':
      return {
        title: 'Training paused: the loss keeps rising',
        what: `The loss has been rising for ${plural(alarm.steps, 'step')}: from ${formatLoss(alarm.lossFrom)} to ${formatLoss(alarm.loss)} (a moving average of the mini-batch losses).`,
        cause: `Likely cause: the learning rate ${eta} is too large: the updates overshoot the minimum instead of settling into it.`,
      };
  }
}
