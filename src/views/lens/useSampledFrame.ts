/**
 * The latest frame and gradient-history version, sampled at most every `intervalMs`
 * (leading and trailing edge, so the last frame before a pause is always shown).
 *
 * The gradient chart is a handful of bars, labels and lines whose numbers change every
 * mini-batch; redrawn at the worker's 60 Hz they would flicker unreadably and re-render
 * React per frame, so it refreshes at the few-Hz rate of the other text readouts.
 */
import { useEffect, useState } from 'react';
import { frameStore } from '../../store/frameStore';
import { gradientHistoryStore } from '../../store/gradientHistory';
import type { Frame } from '../../worker/protocol';

export interface Sample {
  frame: Frame | null;
  historyVersion: number;
}

function current(): Sample {
  return { frame: frameStore.getState().frame, historyVersion: gradientHistoryStore.getState().version };
}

export function useSampledFrame(intervalMs = 125): Sample {
  const [sample, setSample] = useState<Sample>(current);
  useEffect(() => {
    let last = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      last = Date.now();
      const next = current();
      setSample((old) => (old.frame === next.frame && old.historyVersion === next.historyVersion ? old : next));
    };
    const request = () => {
      const wait = last + intervalMs - Date.now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    };
    const unsubscribeFrames = frameStore.subscribe(request);
    const unsubscribeHistory = gradientHistoryStore.subscribe(request);
    flush();
    return () => {
      unsubscribeFrames();
      unsubscribeHistory();
      if (timer !== null) clearTimeout(timer);
    };
  }, [intervalMs]);
  return sample;
}
