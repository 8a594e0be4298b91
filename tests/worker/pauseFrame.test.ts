/**
 * Pause shows at once: the paused frame goes out while the pause command is handled, not
 * after the page acknowledges the frame still in flight (which the page does only after
 * its next animation frame). Behaviour, not timing: the page here never acknowledges.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakePage, smallConfig, ROUND_TRIPS_TIMEOUT } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

describe('pause', () => {
  it('sends the final frame at once, without waiting for the acknowledgement of the frame in flight', async () => {
    page = new FakePage({ autoAck: false });
    page.send({ type: 'configure', trainers: [smallConfig()] });
    const m = page.mark();
    page.send({ type: 'play' });
    // Not acknowledged: while playing, the next frame would wait for the ack (or its timeout).
    const inFlight = await page.frameAfter(m, (f) => f.playing);

    const m2 = page.mark();
    page.send({ type: 'pause' });
    const after = page.framesSince(m2);
    expect(after).toHaveLength(1);
    expect(after[0].playing).toBe(false);
    expect(after[0].id).toBe(inFlight.id + 1);
    expect(after[0].trainers[0].step).toBeGreaterThanOrEqual(inFlight.trainers[0].step);

    // And that is the last one: nothing else follows by itself.
    await page.idle(200);
    expect(page.framesSince(m2)).toHaveLength(1);
  });
});
