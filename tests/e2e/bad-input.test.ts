// What a careless or unlucky user does: types nonsense into the learning rate, opens a damaged
// shared link, or uses a laptop, a projector or a phone. The app says what is wrong in words,
// keeps working, and lays itself out without console errors at each size.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { TRAIN_TIMEOUT, UI_TIMEOUT, counter, pause, play, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';

/** The default network 2 → [6, 6] → 1 has 13 neurons. */
const DEFAULT_NEURONS = 13;

async function expectDefaultNetwork(page: Page): Promise<void> {
  await poll(
    () => page.locator('[data-testid="neuron"]').count(),
    (n) => n === DEFAULT_NEURONS,
    { what: 'the default network' },
  );
  expect(await page.locator('[data-testid="input-node"]').count()).toBe(2);
  expect(await page.getByLabel('Dataset').inputValue()).toBe('circle');
  expect(await page.getByLabel('η (exact)').inputValue()).toBe('0.03');
}

/** base64url, as the app writes its links. */
function linkOf(text: string): string {
  return `/#s=${Buffer.from(text, 'utf8').toString('base64url')}`;
}

describeBrowser('bad input and odd screens', () => {
  it('a learning rate of "abc" or "NaN" is refused with a message, and training still works', async () => {
    const { page, errors } = await openPage('/');
    await waitForNetwork(page);
    const field = page.getByLabel('η (exact)');
    const refused = page.getByRole('alert').filter({ hasText: /learning rate/i });

    for (const typed of ['abc', 'NaN']) {
      await field.fill(typed);
      await field.press('Enter');
      await refused.waitFor({ timeout: UI_TIMEOUT });
      const message = (await refused.textContent()) ?? '';
      expect(message, `message for "${typed}"`).toMatch(/not applied/i);
      expect(message).toMatch(/0\.00001 to 10/);
      // What was typed stays in the box to be corrected; the rate in use is unchanged.
      expect(await field.inputValue()).toBe(typed);
      expect(await page.locator('output[for="lr-slider"]').textContent()).toBe('0.03');
      await screenshot(page, `bad-learning-rate-${typed.toLowerCase()}`);
    }

    // Training is still possible with the rate that was in use.
    await play(page);
    await poll(
      () => counter(page, 'step'),
      (s) => s > 0,
      { timeout: TRAIN_TIMEOUT, what: 'training to run' },
    );
    await pause(page);
    expect(Number.isFinite(await counter(page, 'train-loss'))).toBe(true);

    // A good value is taken and the message goes.
    await field.fill('0.1');
    await field.press('Enter');
    await poll(
      () => refused.count(),
      (n) => n === 0,
      { what: 'the message to go once 0.1 is accepted' },
    );
    expect(await page.locator('output[for="lr-slider"]').textContent()).toBe('0.1');
    expect(errors).toEqual([]);
  });

  it('a damaged shared link still loads the default network', async () => {
    for (const link of ['/#s=garbage', linkOf('{"config":{"hidden":"lots"}}'), linkOf('not json at all')]) {
      const { page, errors } = await openPage(link);
      await waitForNetwork(page);
      await expectDefaultNetwork(page);
      // Nothing is left half-loaded: it trains.
      await page.getByRole('button', { name: 'Step batch' }).click();
      await poll(
        () => counter(page, 'step'),
        (s) => s === 1,
        { what: `one step after opening ${link}` },
      );
      if (link === '/#s=garbage') await screenshot(page, 'corrupt-link');
      expect(errors, link).toEqual([]);
    }
  });

  it('a damaged shared link says so in a warning, in words', async () => {
    const { page } = await openPage('/#s=garbage');
    await waitForNetwork(page);
    await page
      .getByRole('status')
      .filter({
        hasText:
          /^This link could not be opened: it is damaged \(its data is not text\)\. Starting from the default network\./,
      })
      .waitFor({ timeout: 5_000 });
  });

  for (const { name, viewport, scale } of [
    { name: 'layout-1280', viewport: { width: 1280, height: 720 }, scale: 1 },
    { name: 'layout-1920', viewport: { width: 1920, height: 1080 }, scale: 1 },
    { name: 'layout-phone', viewport: { width: 390, height: 844 }, scale: 2 },
  ]) {
    it(`renders at ${viewport.width}×${viewport.height} without console errors or sideways scrolling`, async () => {
      const { page, errors } = await openPage('/', { viewport, deviceScaleFactor: scale });
      await waitForNetwork(page);
      await page.getByRole('button', { name: 'Step epoch' }).click();
      await poll(
        () => counter(page, 'epoch'),
        (e) => e === 1,
        { what: 'one epoch' },
      );
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400); // charts draw on the next animation frames

      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: '▶ Play' }).isVisible()).toBe(true);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'page width (no sideways scrolling)').toBeLessThanOrEqual(viewport.width);
      // Every neuron of the graph lies inside the window horizontally.
      const boxes = await page.locator('[data-testid="neuron"]').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return [r.left, r.right];
        }),
      );
      expect(boxes).toHaveLength(DEFAULT_NEURONS);
      for (const [left, right] of boxes) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(viewport.width);
      }
      await screenshot(page, name);
      expect(errors).toEqual([]);
    });
  }
});
