/**
 * The presenter window and the projected window talk over one BroadcastChannel (same
 * browser, no server). The projected window owns the worker and the training; the
 * presenter mirrors its state and frames and sends commands back by name.
 */
import type { Frame } from '../../worker/protocol';
import type { AppState } from '../appState';
import type { FrameState } from '../frameState';
import type { LessonsState } from '../lessonState';
import type { RunState } from '../runState';

export const PRESENTER_CHANNEL = 'backprop-lab-presenter';

export type PresenterMessage =
  /** A presenter opened (or reconnects): the projected window answers with everything. */
  | { kind: 'hello' }
  /** A command for the projected window's app, by name, with its arguments. */
  | { kind: 'command'; name: string; args: unknown[] }
  /** The projected window's state (sent on every change). */
  | { kind: 'state'; state: AppState; run: RunState; lessons: LessonsState }
  /** Its latest frame (a few times a second: the presenter shows a small preview). */
  | { kind: 'frame'; frame: Frame; outputMaps: FrameState['outputMaps'] }
  /** The projected window is still there (every second), so a presenter can tell when it is gone. */
  | { kind: 'alive' }
  /** A window is closing. */
  | { kind: 'bye'; from: 'presenter' | 'projected' };

/** The part of BroadcastChannel both sides use (tests pass a pair of fakes). */
export interface ChannelLike {
  postMessage(message: PresenterMessage): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  close(): void;
}

/** How often the projected window says it is alive, and how long a presenter waits before it counts it gone. */
export const ALIVE_MS = 1000;
export const GONE_MS = 3500;
/** Frames reach the presenter at most this often. */
export const PREVIEW_FRAME_MS = 100;

export function isPresenterMessage(v: unknown): v is PresenterMessage {
  const kind = (v as { kind?: unknown } | null)?.kind;
  return ['hello', 'command', 'state', 'frame', 'alive', 'bye'].includes(kind as string);
}
