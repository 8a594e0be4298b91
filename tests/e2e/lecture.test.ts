// Issue 10, lecture mode in a real browser: at a projector's 1920×1080 and 1280×720, in train,
// step-through and compare, every visible text is 20 px or more, the thinnest edge the graph
// draws is 2 px or more, and axe-core's enhanced contrast rule (7:1) finds nothing. Screenshots
// of each go to test-results/screenshots/lecture-*.png. A link keeps lecture mode.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { UI_TIMEOUT, poll, waitForNetwork } from './app';
import { axeViolations } from './axe';
import { describeBrowser, openPage, screenshot } from './browser';
import { recordStrokes, thinnestStroke, visibleTextSizes } from './textSizes';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** The phase counter of the lecture view's step-through card. */
async function phase(page: Page): Promise<number> {
  const text = (await page.locator('.lecture-phase-count').textContent({ timeout: UI_TIMEOUT })) ?? '';
  return Number(/Phase (\d+)/.exec(text)?.[1] ?? NaN);
}

/** Checks what a projector must show; returns the smallest text and the thinnest edge. */
async function projectorReady(page: Page, name: string): Promise<{ text: number; edge: number }> {
  // Every stroke since the last screen: what changed it (a phase, a mode) repainted the graph.
  await page.waitForTimeout(400);
  const edge = await thinnestStroke(page);
  const sizes = await visibleTextSizes(page);
  await screenshot(page, `lecture-${name}`);
  const small = sizes.filter((s) => s.px < 20);
  expect(small, `text under 20 px on ${name}`).toEqual([]);
  expect(edge, `thinnest edge on ${name}`).toBeGreaterThanOrEqual(2);
  const contrast = await axeViolations(page, ['color-contrast-enhanced', 'color-contrast']);
  expect(contrast, `contrast on ${name}`).toEqual([]);
  return { text: sizes[0].px, edge };
}

describeBrowser('lecture mode', () => {
  for (const viewport of SIZES) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`at ${size}: train, step-through and compare read from the back of a room`, async () => {
      const { page, errors } = await openPage('/', { viewport, bypassCSP: true, beforeLoad: recordStrokes });
      await waitForNetwork(page);
      await page.keyboard.press('l');
      await page.locator('.lecture').waitFor({ timeout: UI_TIMEOUT });
      await page.waitForTimeout(300);
      await thinnestStroke(page); // forget the desk view's strokes
      await page.getByRole('button', { name: 'Step batch' }).click();
      const found: Record<string, { text: number; edge: number }> = {};
      found.train = await projectorReady(page, `train-${size}`);

      await page.keyboard.press('t');
      await poll(
        () => phase(page),
        (p) => p === 0,
        { what: 'the step-through card' },
      );
      for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
      await poll(
        () => phase(page),
        (p) => p === 9,
        { what: 'phase 9 (the backward pass)' },
      );
      found.step = await projectorReady(page, `step-${size}`);

      await page.keyboard.press('c');
      await page
        .getByRole('region', { name: /^Network 2/ })
        .first()
        .waitFor({ timeout: UI_TIMEOUT });
      found.compare = await projectorReady(page, `compare-${size}`);
      console.log(`lecture ${size}:`, JSON.stringify(found));
      expect(errors).toEqual([]);
    });
  }

  it('L opens and closes it; a link copied in lecture mode opens in lecture mode', async () => {
    const { page } = await openPage('/', { viewport: { width: 1280, height: 720 } });
    await waitForNetwork(page);
    await page.getByRole('button', { name: /^Lecture mode/ }).click();
    await page.locator('.lecture').waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Chart beside the network').selectOption('loss');
    // The address bar follows the app state; a fresh page on it opens the same view.
    const link = await poll(
      () => page.evaluate(() => location.hash),
      (h) => h.length > 1,
      { what: 'the link in the address bar' },
    );
    await page.waitForTimeout(600);
    const settled = await page.evaluate(() => location.hash);
    const other = await openPage(`/${settled || link}`, { viewport: { width: 1280, height: 720 } });
    await other.page.locator('.lecture').waitFor({ timeout: UI_TIMEOUT });
    expect(await other.page.getByLabel('Chart beside the network').inputValue()).toBe('loss');
    await page.keyboard.press('l');
    await page.locator('.lecture').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.getByRole('button', { name: /^Lecture mode/ }).isVisible()).toBe(true);
  });
});
