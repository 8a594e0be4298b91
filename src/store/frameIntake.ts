/**
 * Frames from the worker into the page: the frame store (drawn per animation frame), the
 * histories the charts draw, and the counters shown as text (a few times a second while
 * playing, at once otherwise). Each frame is acknowledged at the start of the page's next
 * animation frame, so the worker never sends faster than the page draws. The acknowledgement
 * is scheduled before the frame is stored, so it goes out before that animation frame's
 * drawing rather than after it: the worker then has the drawing's time to finish its slice
 * and build the next frame, which arrives in time for the following animation frame (on
 * 12 × 64 units, acknowledging after the drawing left about one animation frame in three
 * without a new frame).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Frame } from '../worker/protocol';
import type { FrameState } from './frameState';
import { recordFrame, type HistoriesState } from './histories';
import { countersOf, type RunState } from './runState';

/** Counters shown as text refresh at most this often while playing. */
export const COUNTER_MS = 250;

export interface IntakeDeps {
  frames: StoreApi<FrameState>;
  run: StoreApi<RunState>;
  histories: StoreApi<HistoriesState>;
  ack(id: number): void;
  /** Runs fn after the page's next animation frame (tests pass their own). */
  schedule(fn: () => void): void;
  now(): number;
}

export function createFrameIntake(deps: IntakeDeps): (frame: Frame) => void {
  let lastCounters = -Infinity;
  return (frame) => {
    deps.schedule(() => deps.ack(frame.id));
    const maps = deps.frames.getState().outputMaps;
    const outputMaps = frame.trainers.some((t) => t.outputMap)
      ? frame.trainers.map((t, k) => t.outputMap ?? maps[k] ?? null)
      : maps;
    deps.frames.setState({ frame, outputMaps });
    recordFrame(deps.histories, frame);
    const t = deps.now();
    if (!frame.playing || t - lastCounters >= COUNTER_MS) {
      lastCounters = t;
      deps.run.setState({
        counters: frame.trainers.map(countersOf),
        examplesPerSecond: frame.examplesPerSecond,
        playing: frame.playing,
      });
    }
  };
}
