/**
 * The frame a costly chart (the gradient chart: every layer's bar and line) renders from.
 * While playing, its updates are heavy renders (kit/useFrame.ts): each in an animation frame
 * no graph painter took, so the two costs never add up in one frame. Paused (a frame shown at
 * once), it is deferred: the counters and buttons change in the first render, this chart's —
 * several milliseconds on a deep network — follows in the next task.
 */
import { useDeferredValue } from 'react';
import type { Frame } from '../../worker/protocol';
import { useFrame } from '../kit/useFrame';

const NO_DEPS: readonly unknown[] = [];

export function useChartFrame(rate: number): Frame | null {
  const live = useFrame((f) => f, rate, NO_DEPS, Object.is, true);
  const deferred = useDeferredValue(live);
  return live?.playing ? live : deferred;
}
