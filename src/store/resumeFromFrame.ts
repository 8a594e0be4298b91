/**
 * What a restarted worker starts from: the weights and counters of the page's latest frame,
 * per network, when that frame shows the networks the set-up asks for (same layer sizes)
 * and every weight is finite; otherwise that network starts from its first weights. In
 * step-through the first network's frame shows the stepper's example mid-step, so its
 * weights from before the step are used.
 */
import type { Frame, TrainerConfig, TrainerData, TrainerResume } from '../worker/protocol';

export function resumeFromFrame(
  frame: Frame | null,
  configs: readonly TrainerConfig[],
  data: readonly TrainerData[],
): (TrainerResume | null)[] {
  return configs.map((config, k) => {
    const t = frame?.trainers[k];
    if (!frame || !t) return null;
    const params = k === 0 && frame.stepper ? frame.stepper.paramsBefore : t.params;
    const units = config.hidden.map((l) => l.units);
    const inner = t.layerSizes.slice(1, -1);
    const d = data[k];
    const sameShape =
      inner.length === units.length &&
      inner.every((u, l) => u === units[l]) &&
      (!d || (t.layerSizes[0] === d.inputSize && t.layerSizes[t.layerSizes.length - 1] === d.outputSize));
    if (!sameShape || !params.every(Number.isFinite)) return null;
    return {
      params: Float64Array.from(params),
      counters: { step: t.step, epoch: t.epoch, examplesSeen: t.examplesSeen },
    };
  });
}

/** The step the restarted networks resume at (the first network's), or null when they start afresh. */
export function resumedStep(resume: readonly (TrainerResume | null)[]): number | null {
  return resume[0]?.counters?.step ?? null;
}
