/**
 * When a frame may go out: at most one per MIN_FRAME_MS, and only after the page has
 * acknowledged the previous one (or ACK_TIMEOUT_MS has passed, so a paused run whose ack
 * was lost still gets its last frame). Requests in between coalesce into one frame.
 */
import type { Clock } from './clock';

/**
 * The shortest gap between two frames (at most 100 a second). The page's acknowledgement
 * already paces frames to its animation frames; this cap only keeps a page that acknowledges
 * at once (a test, a fast display) from being flooded. It sits well below a 60 Hz frame
 * (16.7 ms) on purpose: the acknowledgement comes at the start of an animation frame, and when
 * the previous frame had left late in the one before, a 16 ms gap made the next wait on a
 * timer the worker only sees after its next training slice, so it missed the page's next
 * animation frame (about one frame in four at 12 × 64 units).
 */
export const MIN_FRAME_MS = 10;
/** A page that has not acknowledged for this long is sent the next frame anyway. */
export const ACK_TIMEOUT_MS = 1000;

export class FrameGate {
  private dirty = false;
  private awaitingAckSince: number | null = null;
  private lastFrameAt = -Infinity;
  private frameId = 0;
  private timer: (() => void) | null = null;
  /** When the pending timer fires (Infinity: none). */
  private timerDueAt = Infinity;

  /** `send(id, now)` builds and posts frame `id`; `canSend` is false when there is nothing to draw. */
  constructor(
    private readonly clock: Clock,
    private readonly send: (id: number, now: number) => void,
    private readonly canSend: () => boolean,
  ) {}

  /** Something changed: a frame should follow as soon as the gate allows. */
  request(): void {
    this.dirty = true;
    this.flush();
  }

  /**
   * The run just stopped: its last frame goes out now, without waiting for the page's
   * acknowledgement or the frame interval. Nothing trains after it, so one frame cannot
   * outrun the page; waiting for the ack of the frame in flight (sent after the page's next
   * animation frame) made Pause take about 1.5 frames to show (npm run bench:ui).
   */
  requestNow(): void {
    if (!this.canSend()) return;
    this.emit(this.clock.now());
  }

  acknowledge(id: number): void {
    if (id !== this.frameId) return;
    this.awaitingAckSince = null;
    this.cancel();
    this.flush();
  }

  cancel(): void {
    this.timer?.();
    this.timer = null;
    this.timerDueAt = Infinity;
  }

  /**
   * When a delayed frame falls due (Infinity: none is waiting). A training slice should end
   * then: a timer only runs between slices, and the frame would otherwise wait up to a whole
   * slice (SLICE_MS) more and miss the page's next animation frame (at 12 × 64 units, one
   * frame in ten waited 8 ms on it).
   */
  attentionAt(): number {
    return this.timerDueAt;
  }

  private flush(): void {
    if (!this.dirty || !this.canSend()) return;
    const now = this.clock.now();
    const ackWait = this.awaitingAckSince === null ? 0 : ACK_TIMEOUT_MS - (now - this.awaitingAckSince);
    const wait = Math.max(ackWait, MIN_FRAME_MS - (now - this.lastFrameAt));
    if (wait > 0) {
      if (this.timer === null) {
        this.timerDueAt = now + wait;
        this.timer = this.clock.later(() => {
          this.timer = null;
          this.timerDueAt = Infinity;
          this.flush();
        }, wait);
      }
      return;
    }
    this.emit(now);
  }

  private emit(now: number): void {
    // A frame that goes out before its timer fired (a slice ended at the due time and asked for
    // it) leaves no timer behind: a stale due time would cut the next slices short.
    this.cancel();
    this.dirty = false;
    this.awaitingAckSince = now;
    this.lastFrameAt = now;
    this.send(++this.frameId, now);
  }
}
