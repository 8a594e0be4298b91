// Issue 13 on a phone (390×844, touch): the main flows — pick a preset, play, step through,
// read a neuron and a weight's chain rule — and every other screen (compare, a lesson,
// lecture mode) with no page-level horizontal scroll; the flows' targets at least 44×44 px;
// the inspector a bottom sheet that opens over the page when something is tapped; a
// screenshot of each screen in test-results/screenshots/phone-*.png.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { UI_TIMEOUT, poll, waitForNetwork } from './app';
import { horizontalOverflow, smallTargets } from './audits';
import { describeBrowser, openPage, screenshot } from './browser';

const PHONE = { width: 390, height: 844 };

/** Every screen visited, with how far its page scrolled sideways. */
const visited: string[] = [];

/** The screen as it stands: no sideways page scroll (also after a scroll to the bottom), a screenshot. */
async function screen(page: Page, name: string, targets = true): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await screenshot(page, `phone-${name}`);
  const overflow = await horizontalOverflow(page);
  visited.push(`${name}: ${overflow} px`);
  expect(overflow, `${name}: the page scrolls sideways`).toBe(0);
  if (targets) expect(await smallTargets(page), `${name}: targets under 44×44 px`).toEqual([]);
}

async function phoneOpen(path = '/') {
  const opened = await openPage(path, { viewport: PHONE, deviceScaleFactor: 2 });
  await waitForNetwork(opened.page);
  return opened;
}

/** The inspector's sheet: its box, and whether it lies over the bottom of the screen. */
async function sheet(page: Page): Promise<{ top: number; bottom: number; fixed: boolean }> {
  return page.locator('.inspector-card').evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, fixed: getComputedStyle(el).position === 'fixed' };
  });
}

describeBrowser('a phone (390×844)', () => {
  it('pick a preset, play, tap a neuron, then a weight: the inspector is a sheet over the graph', async () => {
    const { page, errors } = await phoneOpen();
    await screen(page, 'train');
    await page.getByRole('button', { name: 'Four-neuron example' }).click();
    await poll(
      () => page.locator('[data-testid="neuron"]').count(),
      (n) => n === 4,
      { what: 'the four-neuron network' },
    );
    await page.getByRole('button', { name: '▶ Play' }).click();
    await page.getByRole('button', { name: '❚❚ Pause' }).waitFor({ timeout: UI_TIMEOUT });
    await screen(page, 'playing');
    await page.getByRole('button', { name: '❚❚ Pause' }).click();
    await page.getByRole('button', { name: '▶ Play' }).waitFor({ timeout: UI_TIMEOUT });

    // Nothing selected: the inspector waits in the page's flow, not over it.
    expect((await sheet(page)).fixed).toBe(false);
    await page.locator('[data-testid="neuron"]').first().click();
    await page.locator('[data-inspector-heading]').waitFor({ timeout: UI_TIMEOUT });
    const open = await poll(
      () => sheet(page),
      (s) => s.fixed,
      { what: 'the inspector sheet' },
    );
    expect(open.bottom).toBeCloseTo(PHONE.height, 0);
    expect(open.top).toBeGreaterThan(PHONE.height * 0.4);
    // The graph is brought up above the sheet (a smooth scroll: wait for it), the tapped neuron in view.
    await poll(
      () => page.locator('[data-testid="neuron"]').first().boundingBox(),
      (b) => b !== null && b.y >= 0 && b.y + b.height <= open.top,
      { what: 'the tapped neuron above the sheet' },
    );
    await expect.poll(() => page.locator('[data-inspector-heading]').isVisible()).toBe(true);
    await screen(page, 'neuron');

    await page
      .locator('.inspector')
      .getByRole('button', { name: /^from x1: / })
      .click();
    await page.locator('.inspector .insp-path').first().waitFor({ timeout: UI_TIMEOUT });
    await screen(page, 'weight-chain-rule');
    await page.locator('.inspector-card').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await screen(page, 'weight-slope');

    await page.getByRole('button', { name: 'Clear the selection' }).click();
    await poll(
      () => sheet(page),
      (s) => !s.fixed,
      { what: 'the sheet to close' },
    );
    expect(errors).toEqual([]);
  });

  it('step through a forward pass, the backward pass and the update', async () => {
    const { page, errors } = await phoneOpen();
    await page.getByRole('radio', { name: 'Step through' }).click();
    const counter = page.getByText(/^Phase \d+ of \d+$/);
    await counter.waitFor({ timeout: UI_TIMEOUT });
    const at = async () => Number(/^Phase (\d+)/.exec((await counter.textContent()) ?? '')?.[1] ?? NaN);
    const total = Number(/of (\d+)$/.exec((await counter.textContent()) ?? '')?.[1]);
    const shots: Record<number, string> = { 2: 'step-forward', 9: 'step-backward', [total]: 'step-update' };
    for (let now = await at(); now < total; now = await at()) {
      await page.getByRole('button', { name: 'Next →' }).click();
      await page.getByText(new RegExp(`^Phase ${now + 1} of \\d+$`)).waitFor({ timeout: UI_TIMEOUT });
      if (shots[now + 1]) await screen(page, shots[now + 1]);
    }
    // The update table scrolls inside its own frame, never the page.
    const table = page.locator('.update-table');
    await table.scrollIntoViewIfNeeded();
    const frame = await table.evaluate((el) => ({ fits: el.getBoundingClientRect().right <= innerWidth }));
    expect(frame.fits).toBe(true);
    await screen(page, 'step-update-table');
    expect(errors).toEqual([]);
  });

  it('compare, a lesson and lecture mode: no sideways scroll', async () => {
    const { page, errors } = await phoneOpen();
    await page.getByRole('radio', { name: 'Compare' }).click();
    await page.locator('[data-testid="network-graph"]').nth(1).waitFor({ timeout: UI_TIMEOUT });
    await screen(page, 'compare', false);
    await page.getByRole('radio', { name: 'Train' }).click();

    await page.getByRole('button', { name: /Lessons/ }).click();
    await page.locator('.lesson-menu-popup li button').first().click();
    await page.locator('.lesson-panel').waitFor({ timeout: UI_TIMEOUT });
    // The first lesson selects a neuron: the inspector's sheet stacks on the lesson's, both in view.
    const inspector = await poll(
      () => sheet(page),
      (s) => s.fixed,
      { what: "the lesson's neuron in the inspector sheet" },
    );
    const lesson = await page.locator('.lesson-panel').boundingBox();
    expect(lesson && lesson.y >= inspector.bottom - 1 && lesson.y + lesson.height <= PHONE.height + 1).toBe(true);
    await screen(page, 'lesson', false);

    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('l');
    await page.locator('.lecture').waitFor({ timeout: UI_TIMEOUT });
    await screen(page, 'lecture', false);
    console.log(`Phone 390×844, page-level horizontal scroll per screen:\n  ${visited.join('\n  ')}`);
    expect(errors).toEqual([]);
  });
});
