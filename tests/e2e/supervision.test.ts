// A dead worker, end to end: `Worker` is wrapped before the app loads so the test can reach
// the one the app made and terminate it, as a crash or the browser would — no error event,
// no message, nothing. The page notices (its heartbeat goes unanswered), starts a new worker
// from the weights of its latest frame, says so in one sentence, and training goes on.
import { expect, it } from 'vitest';
import { TRAIN_TIMEOUT, counter, play, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';

describeBrowser('worker supervision', () => {
  it('a terminated worker is restarted and training continues from the last frame', async () => {
    const { page, errors } = await openPage('/', {
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const made: Worker[] = [];
          (window as unknown as { __workers: Worker[] }).__workers = made;
          const Native = window.Worker;
          window.Worker = class extends Native {
            constructor(url: string | URL, options?: WorkerOptions) {
              super(url, options);
              made.push(this);
            }
          };
        }),
    });
    await waitForNetwork(page);
    const workers = () => page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.length);
    expect(await workers()).toBe(1);
    const initialLoss = await counter(page, 'train-loss');

    await page.getByLabel('Speed').selectOption('300');
    await play(page);
    await poll(
      () => counter(page, 'step'),
      (s) => s > 1500,
      { timeout: TRAIN_TIMEOUT, what: 'some training before the worker dies' },
    );
    // Read just before: the counters shown lag the last frame by up to a quarter of a second.
    const stepBefore = await counter(page, 'step');
    const lossAtDeath = await counter(page, 'train-loss');
    await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers[0].terminate());
    expect(lossAtDeath).toBeLessThan(initialLoss);

    const notice = page.getByRole('status').filter({ hasText: 'The training worker stopped' });
    await notice.waitFor({ timeout: TRAIN_TIMEOUT });
    expect(await workers()).toBe(2);
    const said = (await notice.textContent()) ?? '';
    expect(said).toMatch(
      /The training worker stopped \(it did not answer for \d+ seconds\) and was restarted from the weights of step [\d,]+; training goes on\./,
    );
    const resumedAt = Number(/step ([\d,]+);/.exec(said)![1].replace(/,/g, ''));
    // The latest frame's step: not back to 0, and not before what was shown when it died.
    expect(resumedAt).toBeGreaterThanOrEqual(stepBefore);

    // Training goes on from there: the counters go past it, the loss stays where training had got it.
    const after = await poll(
      async () => ({ step: await counter(page, 'step'), loss: await counter(page, 'train-loss') }),
      (r) => r.step > resumedAt + 300,
      { timeout: TRAIN_TIMEOUT, what: 'training to go on after the restart' },
    );
    expect(after.loss).toBeLessThan(initialLoss);
    expect(Math.abs(after.loss - lossAtDeath)).toBeLessThan(Math.abs(initialLoss - lossAtDeath));
    await expect.poll(() => page.getByRole('button', { name: '❚❚ Pause' }).count()).toBe(1);
    await screenshot(page, 'worker-restarted');
    expect(errors).toEqual([]);
  });
});
