/**
 * The step-through's phase as the worker confirmed it (the frame's), with its words: what the
 * step-through bar and lecture mode's phase card both show, so they never disagree.
 */
import { useAppState } from '../kit/appContext';
import { useFrame } from '../kit/useFrame';
import { phaseText } from './phaseText';

export function usePhase() {
  // Next and Previous change the frame only when the worker has moved: read every frame.
  const stepper = useFrame((f) => f?.stepper ?? null, 0);
  const trainer = useFrame((f) => f?.trainers[0] ?? null, 0);
  const softmax = useAppState((s) => s.running[0]?.output === 'softmax');
  const total = stepper?.phases.length ?? 0;
  const position = stepper?.position ?? 0;
  const layers = stepper ? stepper.phases.filter((p) => p.kind === 'forward-z').length : 1;
  const text = phaseText(
    stepper && position > 0 ? stepper.phases[position - 1] : null,
    layers,
    trainer?.optimizer.kind,
    {
      softmax,
      skips: trainer?.skips ?? [],
    },
  );
  return { stepper, trainer, total, position, text, softmax, probe: stepper ? trainer?.probe : undefined };
}
