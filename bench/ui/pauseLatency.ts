/**
 * Pause latency: Pause is clicked while the worker trains at full speed, and the recorder's
 * timestamps say how long after the click the worker's "paused" message, the last frames and
 * the last change of the step counter in the DOM (what the user sees) arrived.
 */
import type { Page } from 'playwright-core';
import { clearRecorder, snapshot, waitPlaying } from './recorder';
import { sleep } from './setup';

export interface PauseTrial {
  /** Click → the worker's "paused" state message reaches the page (training has stopped by then). */
  stateMs: number;
  /** Click → arrival of the frame carrying the final step (the last frame that changes anything). */
  lastStepFrameMs: number;
  /** Click → the last frame at all. */
  lastFrameMs: number;
  /** Click → the last change of the step counter in the DOM. */
  domMs: number;
  /** The step counter shows the final frame's step. */
  domMatches: boolean;
  framesAfterClick: number;
}

async function pauseTrial(page: Page): Promise<PauseTrial> {
  await clearRecorder(page);
  await sleep(300);
  await page.getByRole('button', { name: /Pause/ }).click();
  // Waiting through a role query (waitPlaying) would compute accessible names over the whole
  // page on its main thread while the click is being answered: on 12 × 64 units (thousands of
  // SVG elements) that polling delayed what it measured by several milliseconds. The
  // recorder's own record of the worker's "paused" message is a cheap thing to wait for.
  await page.waitForFunction(
    () => {
      const rec = (window as unknown as { __benchUi: { clicks: [number][]; states: [number, boolean][] } }).__benchUi;
      const click = rec.clicks.at(-1)?.[0] ?? Infinity;
      return rec.states.some(([t, playing]) => t >= click && !playing);
    },
    undefined,
    { polling: 100, timeout: 10_000 },
  );
  await sleep(700);
  const s = await snapshot(page);
  const click = s.clicks.filter(([, label]) => /Pause/.test(label)).at(-1)?.[0];
  if (click === undefined) throw new Error('the Pause click was not seen by the page');
  const after = s.frames.filter((f) => f[0] >= click);
  const last = s.frames.at(-1);
  if (!last) throw new Error('no frame arrived around the pause');
  const finalStep = last[3];
  const firstFinal = s.frames.find((f) => f[3] === finalStep)!;
  const state = s.states.find(([t, playing]) => t >= click && !playing);
  const dom = s.stepText.filter(([t]) => t >= click).at(-1);
  const domText = s.stepText.at(-1)?.[1];
  return {
    stateMs: state ? state[0] - click : NaN,
    lastStepFrameMs: Math.max(0, firstFinal[0] - click),
    lastFrameMs: Math.max(0, last[0] - click),
    domMs: dom ? dom[0] - click : 0,
    domMatches: domText === undefined || domText === String(finalStep),
    framesAfterClick: after.length,
  };
}

/**
 * `count` trials in a row, starting while the app plays. Before each later trial Play is
 * pressed again and training runs 700 ms, so every click meets a full-speed stream.
 */
export async function pauseTrials(page: Page, count: number): Promise<PauseTrial[]> {
  const pauses: PauseTrial[] = [];
  for (let k = 0; k < count; k++) {
    if (k > 0) {
      await page.getByRole('button', { name: /Play/ }).click();
      await waitPlaying(page, true);
      await sleep(700);
    }
    pauses.push(await pauseTrial(page));
  }
  return pauses;
}
