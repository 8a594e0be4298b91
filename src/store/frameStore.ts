/**
 * The high-frequency frame stream, in its own vanilla store (zustand's "transient
 * updates"): views subscribe in an effect, keep the frame in a ref and draw at most once
 * per animation frame, so no component re-renders at the worker's rate.
 */
import { createStore } from 'zustand/vanilla';
import type { Frame } from '../worker/protocol';

export interface FrameState {
  frame: Frame | null;
}

export const frameStore = createStore<FrameState>(() => ({ frame: null }));

export function publishFrame(frame: Frame): void {
  frameStore.setState({ frame });
}
