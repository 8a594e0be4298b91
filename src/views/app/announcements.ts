/**
 * What the page says out loud on its own (a polite live region), and how often: only changes
 * that matter — a new step-through phase, the gradient of the first layer crossing a power of
 * ten against the last while training — and never two within MIN_GAP_MS; a newer sentence of
 * the same kind replaces one still waiting. Divergence has its own alert (AlarmCard).
 */
import { layerValues, ratioReadout } from '../lens/gradientSeries';
import { phaseText } from '../step/phaseText';
import type { Frame, TrainerConfig } from '../../worker/protocol';

export const MIN_GAP_MS = 1500;
/** A ratio crossing is said at most this often: while training plays it may flicker across. */
export const RATIO_GAP_MS = 10_000;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type AnnouncementKind = 'phase' | 'gradient';

/** A rate-limited speaker: `say` queues one sentence per kind, `show` writes the live region. */
export function announcementQueue(show: (text: string) => void, clock: Clock) {
  const waiting = new Map<AnnouncementKind, string>();
  let lastShown = -Infinity;
  let timer: unknown = null;
  const flush = () => {
    timer = null;
    const [kind, text] = waiting.entries().next().value ?? [];
    if (!kind || text === undefined) return;
    waiting.delete(kind);
    lastShown = clock.now();
    show(text);
    if (waiting.size > 0) timer = clock.setTimeout(flush, MIN_GAP_MS);
  };
  return {
    say(kind: AnnouncementKind, text: string) {
      waiting.set(kind, text);
      if (timer !== null) return;
      const wait = lastShown + MIN_GAP_MS - clock.now();
      if (wait <= 0) flush();
      else timer = clock.setTimeout(flush, wait);
    },
    dispose() {
      if (timer !== null) clock.clearTimeout(timer);
      waiting.clear();
    },
  };
}

/** The current phase in words, "Phase 3 of 14: Forward · hidden layer 2: weighted sums", or null outside step-through. */
export function phaseWords(frame: Frame | null, config: TrainerConfig | undefined): string | null {
  const st = frame?.stepper;
  const tf = frame?.trainers[0];
  if (!st || !tf) return null;
  const layers = st.phases.filter((p) => p.kind === 'forward-z').length;
  const shape = { softmax: config?.output === 'softmax', skips: tf.skips ?? [] };
  const phase = st.position > 0 ? st.phases[st.position - 1] : null;
  const { title } = phaseText(phase, layers, tf.optimizer.kind, shape);
  return `Phase ${st.position} of ${st.phases.length}: ${title}`;
}

/** How many powers of ten the first layer's gradient lies below the last's (0 when it does not). */
export function vanishingDecades(frame: Frame | null): number {
  const tf = frame?.trainers[0];
  if (!tf || tf.computed !== null) return 0;
  const ratio = ratioReadout(layerValues(tf.stats, 'meanAbsGrad')).ratio;
  return ratio > 0 && ratio < 1 ? Math.floor(-Math.log10(ratio)) : 0;
}
