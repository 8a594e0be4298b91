/**
 * The page's live region speaks only what matters, and not too often: one sentence per
 * MIN_GAP_MS at most, the newest of a kind replacing an older one still waiting.
 */
import { describe, expect, it } from 'vitest';
import { announcementQueue, MIN_GAP_MS, vanishingDecades } from '../../../src/views/app/announcements';
import { LAYER_STAT_FIELDS } from '../../../src/engine/stats';
import { makeFrame } from '../fixtures/frame';

/** A clock the test moves by hand. */
function manualClock() {
  let t = 0;
  let timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => t,
    setTimeout: (fn: () => void, ms: number) => {
      const timer = { at: t + ms, fn };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (h: unknown) => {
      timers = timers.filter((x) => x !== h);
    },
    advance(ms: number) {
      t += ms;
      for (const timer of timers.filter((x) => x.at <= t)) {
        timers = timers.filter((x) => x !== timer);
        timer.fn();
      }
    },
  };
}

describe('announcements', () => {
  it('says the first sentence at once, then at most one per gap, the newest of a kind winning', () => {
    const clock = manualClock();
    const said: string[] = [];
    const queue = announcementQueue((t) => said.push(t), clock);
    queue.say('phase', 'Phase 1 of 14');
    expect(said).toEqual(['Phase 1 of 14']);
    queue.say('phase', 'Phase 2 of 14');
    queue.say('phase', 'Phase 3 of 14');
    queue.say('gradient', 'now 100× smaller');
    expect(said).toHaveLength(1);
    clock.advance(MIN_GAP_MS);
    expect(said).toEqual(['Phase 1 of 14', 'Phase 3 of 14']);
    clock.advance(MIN_GAP_MS - 1);
    expect(said).toHaveLength(2);
    clock.advance(1);
    expect(said).toEqual(['Phase 1 of 14', 'Phase 3 of 14', 'now 100× smaller']);
    queue.dispose();
  });

  it('counts the powers of ten the first layer lies below the last, only outside step-through', () => {
    const frame = makeFrame({
      hidden: [
        { units: 3, activation: 'sigmoid' },
        { units: 3, activation: 'sigmoid' },
      ],
    });
    const t = frame.trainers[0];
    const F = LAYER_STAT_FIELDS.length;
    const at = LAYER_STAT_FIELDS.indexOf('meanAbsGrad');
    const layers = t.layerSizes.length - 1;
    // First layer 2,500× smaller than the last: three whole powers of ten.
    t.stats[at] = 0.0004;
    t.stats[(layers - 1) * F + at] = 1;
    t.computed = null;
    expect(vanishingDecades(frame)).toBe(3);
    t.stats[at] = 2;
    expect(vanishingDecades(frame)).toBe(0);
    expect(vanishingDecades(null)).toBe(0);
  });
});
