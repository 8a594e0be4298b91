/**
 * Pacing training in time slices. At full speed a slice trains for SLICE_MS and yields,
 * so commands are answered within a frame; in slow motion it trains the steps that are due
 * at `speed` steps per second and sleeps until the next one.
 */
import { EngineInputError } from '../engine';
import type { Clock } from './clock';
import type { Speed } from './protocol';

/**
 * Training slice length: the worker reads its messages (a command, the page's acknowledgement)
 * only between slices. 4 ms rather than 8: at 12 × 64 units an acknowledgement waited 4 ms on
 * median and 8.5 ms at the 90th percentile, and the next frame then often missed the page's
 * following animation frame (npm run bench:ui, interleaved runs: 51–54 frames/s from the
 * worker at 8 ms, 54–57 at 4 ms, with the same examples/s). Each slice ends with a yield to
 * the event loop and a frame request, so much shorter slices would start to cost training time.
 */
export const SLICE_MS = 4;
/**
 * The shortest slice at full speed, when a frame falls due sooner: a yield per mini-batch would
 * cost a small network most of its speed.
 */
export const MIN_SLICE_MS = 0.5;

export interface PacerHooks {
  /** Whether training should go on. */
  playing(): boolean;
  /** One lockstep mini-batch; false stops the slice (e.g. divergence). */
  trainOnce(): boolean;
  /** After each slice: judge the last batch (batchChecks.ts), request a frame. */
  afterSlice(): void;
  /** When the next slice at full speed should end early: a frame is due then (Infinity: none). */
  attentionAt?(): number;
  /** Runs a slice; failures are reported by the owner. */
  guard(work: () => void): void;
}

export class Pacer {
  private speed: Speed = null;
  private start = 0;
  private steps = 0;
  private pending = false;

  constructor(
    private readonly clock: Clock,
    private readonly hooks: PacerHooks,
  ) {}

  setSpeed(speed: Speed): void {
    if (speed !== null && !(Number.isFinite(speed) && speed > 0 && speed <= 100000)) {
      throw new EngineInputError(
        'speed',
        'a number of steps per second from 0 to 100000, or as fast as possible',
        speed,
      );
    }
    this.speed = speed;
    this.restart();
  }

  /** Counts due steps from now (after Play, a new configuration or a new speed). */
  restart(): void {
    this.start = this.clock.now();
    this.steps = 0;
  }

  schedule(delay = 0): void {
    if (this.pending) return;
    this.pending = true;
    const run = () => {
      this.pending = false;
      this.hooks.guard(() => this.slice());
    };
    if (delay > 0) this.clock.later(run, delay);
    else this.clock.soon(run);
  }

  private slice(): void {
    if (!this.hooks.playing()) return;
    const t0 = this.clock.now();
    let ok = true;
    if (this.speed === null) {
      const wanted = this.hooks.attentionAt?.() ?? Infinity;
      const until = Math.max(t0 + MIN_SLICE_MS, Math.min(t0 + SLICE_MS, wanted));
      do ok = this.hooks.trainOnce();
      while (ok && this.clock.now() < until);
    } else {
      const due = Math.floor(((t0 - this.start) * this.speed) / 1000) - this.steps;
      for (let k = 0; k < due && ok && this.clock.now() - t0 < SLICE_MS; k++) {
        ok = this.hooks.trainOnce();
        this.steps++;
      }
    }
    this.hooks.afterSlice();
    if (!this.hooks.playing()) return;
    if (this.speed === null) return this.schedule();
    // Behind the chosen speed (a big network at many steps a second): go on at once, as at full
    // speed; a timer of even 1 ms is clamped to 4 ms when nested, and would idle half of each slice.
    const nextDue = this.start + ((this.steps + 1) * 1000) / this.speed;
    const wait = nextDue - this.clock.now();
    this.schedule(wait > 0 ? Math.max(1, wait) : 0);
  }
}
