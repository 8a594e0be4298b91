/**
 * The page's one polite live region (visually hidden): a new step-through phase, and the
 * first layer's gradient crossing a power of ten against the last while training plays
 * ("First layer's gradient is now 1,000× smaller than the last"), rate-limited by
 * announcements.ts so a screen reader is never flooded.
 */
import { useEffect, useState } from 'react';
import { formatTimes } from '../kit/format';
import { useApp } from '../kit/appContext';
import { announcementQueue, phaseWords, RATIO_GAP_MS, vanishingDecades } from './announcements';

const CLOCK = {
  now: () => performance.now(),
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function Announcer() {
  const app = useApp();
  const [text, setText] = useState('');
  useEffect(() => {
    // The same sentence twice in a row would not be read again: alternate a trailing space.
    let flip = false;
    const queue = announcementQueue((t) => {
      flip = !flip;
      setText(flip ? t : `${t}\u00a0`);
    }, CLOCK);
    let phase = phaseWords(app.frames.getState().frame, app.state.getState().running[0]);
    let decades = vanishingDecades(app.frames.getState().frame);
    let ratioSaidAt = -Infinity;
    const unsubscribe = app.frames.subscribe(({ frame }) => {
      const nextPhase = phaseWords(frame, app.state.getState().running[0]);
      if (nextPhase !== phase && nextPhase !== null) queue.say('phase', nextPhase);
      phase = nextPhase;
      const d = vanishingDecades(frame);
      if (d !== decades && frame?.playing && CLOCK.now() - ratioSaidAt >= RATIO_GAP_MS) {
        ratioSaidAt = CLOCK.now();
        queue.say(
          'gradient',
          d === 0
            ? "The first layer's gradient is no longer 10× smaller than the last."
            : `The first layer's gradient is now ${formatTimes(10 ** d)}× smaller than the last.`,
        );
        decades = d;
      }
    });
    return () => {
      unsubscribe();
      queue.dispose();
    };
  }, [app]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
