/**
 * The high-frequency frame stream, in its own vanilla store (zustand's "transient
 * updates"): views subscribe through useFrame / useFrameDraw, keep the frame in a ref and
 * draw at most once per animation frame, so no component re-renders at the worker's rate.
 * Output maps come only with frames whose weights changed, so the last one per trainer is
 * kept here for views that mount later.
 */
import type { Frame, OutputMap } from '../worker/protocol';

export interface FrameState {
  frame: Frame | null;
  /** The latest output map of each trainer (null until one arrived for the current run). */
  outputMaps: (OutputMap | null)[];
}

export function initialFrameState(): FrameState {
  return { frame: null, outputMaps: [] };
}
