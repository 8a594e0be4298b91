/**
 * While training plays, the loss is re-evaluated and the decision boundary re-mapped in tasks
 * of their own between frames (framePublisher.ts), and their results ride on the next frame:
 * the page keeps seeing a fresh loss and map, each at most as often as its cadence allows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVAL_MS, MAP_MS } from '../../src/worker/session';
import { FakePage, smallConfig, ROUND_TRIPS_TIMEOUT } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

describe('evaluation and map while playing', () => {
  it('keep coming, each no more often than its cadence, and the paused frame is evaluated at its own step', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [smallConfig()] });
    const m = page.mark();
    page.send({ type: 'play' });
    await page.idle(1500);
    page.send({ type: 'pause' });
    await page.idle(200);
    const delivered = page.log.slice(m).filter((d) => d.event.type === 'frame' && d.event.frame.playing);
    const frames = delivered.map((d) => (d.event.type === 'frame' ? d.event.frame : null)!);
    expect(frames.length).toBeGreaterThan(20);

    // A map arrives again and again while playing, never twice for the same step.
    const mapped = delivered.filter((d) => d.event.type === 'frame' && d.event.frame.trainers[0].outputMap);
    expect(mapped.length).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < mapped.length; k++) expect(mapped[k].at - mapped[k - 1].at).toBeGreaterThanOrEqual(MAP_MS - 20);

    // The training loss is re-evaluated as training goes on, at a step the frame says, never ahead of it.
    const evalSteps = [...new Set(frames.map((f) => f.trainers[0].evalStep))];
    expect(evalSteps.length).toBeGreaterThanOrEqual(3);
    for (const f of frames) expect(f.trainers[0].evalStep).toBeLessThanOrEqual(f.trainers[0].step);
    // Frames whose evaluation is new (a step the previous frame did not carry) arrive EVAL_MS apart or more.
    const evaluatedAt = delivered
      .filter((_, k) => k > 0 && frames[k].trainers[0].evalStep !== frames[k - 1].trainers[0].evalStep)
      .map((d) => d.at);
    expect(evaluatedAt.length).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < evaluatedAt.length; k++)
      expect(evaluatedAt[k] - evaluatedAt[k - 1]).toBeGreaterThanOrEqual(EVAL_MS - 20);

    // Paused, the last frame carries an evaluation of the very step it shows.
    const last = page.lastFrame().trainers[0];
    expect(last.evalStep).toBe(last.step);
  });

  it('in compare mode map both networks, with no error on the way', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [smallConfig(), smallConfig({ seed: 8 })] });
    const m = page.mark();
    page.send({ type: 'play' });
    await page.idle(1200);
    page.send({ type: 'pause' });
    await page.idle(200);
    expect(page.log.slice(m).filter((d) => d.event.type === 'error')).toEqual([]);
    const playing = page.framesSince(m).filter((f) => f.playing);
    for (const k of [0, 1]) expect(playing.filter((f) => f.trainers[k].outputMap).length).toBeGreaterThanOrEqual(2);
  });
});
