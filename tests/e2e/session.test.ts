// Issue 11's saved session in a real browser: a reload after training restores the step
// count and identical predictions (weights from IndexedDB); a full storage (localStorage and
// IndexedDB made to throw) is reported once and the address bar keeps following the set-up;
// Start fresh forgets the session.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { decodeLink } from '../../src/store/linkCodec';
import { STORAGE_PROBLEM } from '../../src/store/persistence';
import { TRAIN_TIMEOUT, UI_TIMEOUT, counter, counterText, pause, play, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';

/** The step count of the session saved in IndexedDB (-1: none). */
function savedStep(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('backprop-lab', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('sessions');
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const get = open.result.transaction('sessions').objectStore('sessions').get('current');
          get.onsuccess = () => {
            const record = get.result as { trainers?: { counters: { step: number } }[] } | undefined;
            resolve(record?.trainers?.[0]?.counters.step ?? -1);
            open.result.close();
          };
          get.onerror = () => resolve(-1);
        };
      }),
  );
}

/** What the page shows of the network's predictions: the output map's pixels, the losses and the loss chart. */
async function predictions(page: Page): Promise<{ map: string; losses: string[] }> {
  const map = await page
    .locator('figure[aria-label="Model output"] canvas')
    .first()
    .evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  const chart = await page.locator('figure[aria-label="Loss chart"] svg[role="img"]').getAttribute('aria-label');
  const losses = [
    await counterText(page, 'train-loss'),
    await counterText(page, 'test-loss'),
    await counterText(page, 'test-accuracy'),
    chart ?? '',
  ];
  return { map, losses };
}

async function settledPredictions(page: Page): Promise<{ map: string; losses: string[] }> {
  let last = await predictions(page);
  return poll(
    async () => {
      await page.waitForTimeout(300);
      const now = await predictions(page);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same ? now : null;
    },
    (p) => p !== null,
    { what: 'the output map to settle' },
  ) as Promise<{ map: string; losses: string[] }>;
}

describeBrowser('saved session', () => {
  it('a reload after training restores the step count and identical predictions', async () => {
    const { page, errors } = await openPage('/');
    await waitForNetwork(page);
    await play(page);
    await poll(
      () => counter(page, 'step'),
      (s) => s > 300,
      { timeout: TRAIN_TIMEOUT, what: 'some training' },
    );
    await pause(page);
    const step = await counter(page, 'step');
    await poll(
      () => savedStep(page),
      (s) => s === step,
      { what: `the session saved at step ${step}` },
    );
    const before = await settledPredictions(page);

    await page.reload();
    await waitForNetwork(page);
    await poll(
      () => counter(page, 'step'),
      (s) => s === step,
      { what: `step ${step} after the reload` },
    );
    const after = await settledPredictions(page);
    expect(after.losses).toEqual(before.losses);
    expect(after.map === before.map, 'the output map is pixel-identical').toBe(true);
    // The loss chart came back too ("Loss over steps 0 to …", not a chart starting now).
    expect(after.losses[3]).toMatch(/^Loss over steps 0 to /);
    await screenshot(page, 'session-restored');

    // Start fresh forgets it: the default network from step 0, and a reload stays there.
    await page.getByRole('button', { name: 'Start fresh' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Start fresh' }).click();
    await poll(
      () => counter(page, 'step'),
      (s) => s === 0,
      { what: 'a fresh network' },
    );
    await page.waitForTimeout(1500); // the fresh session is saved once things settle
    await page.reload();
    await waitForNetwork(page);
    expect(await counter(page, 'step')).toBe(0);
    expect(errors).toEqual([]);
  });

  it('with localStorage and IndexedDB full, the address bar keeps following the set-up; said once', async () => {
    const { page, context, errors } = await openPage('/');
    await context.addInitScript(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Storage.prototype.setItem = full;
      IDBObjectStore.prototype.put = full;
    });
    await page.reload();
    const stubbed = page;
    await waitForNetwork(stubbed);
    const seed = stubbed.getByLabel('Seed');
    for (const value of ['5', '6']) {
      await seed.fill(value);
      await seed.press('Enter');
      await poll(
        async () => {
          const link = await decodeLink(await stubbed.evaluate(() => window.location.hash));
          return link?.ok ? link.value.state.config.seed : null;
        },
        (s) => s === Number(value),
        { what: `the address bar to hold seed ${value}` },
      );
    }
    await stubbed.getByRole('button', { name: 'Step batch' }).click();
    await poll(
      () => counter(stubbed, 'step'),
      (s) => s === 1,
      { what: 'a step with a full storage' },
    );
    const notice = stubbed.getByRole('status').filter({ hasText: 'is not keeping your session' });
    await notice.waitFor({ timeout: UI_TIMEOUT });
    expect(await notice.count()).toBe(1);
    expect((await notice.textContent())?.includes(STORAGE_PROBLEM)).toBe(true);
    await screenshot(stubbed, 'storage-full');
    expect(errors).toEqual([]);
  });
});
