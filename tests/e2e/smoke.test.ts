// The built app opens in a real Chromium: a title and a first network, and nothing in the
// console. Screenshots go to test-results/screenshots/.
import { expect, it } from 'vitest';
import { describeBrowser, openPage, screenshot } from './browser';

const UI_TIMEOUT = 15_000;

describeBrowser('smoke: the built app loads', () => {
  it('shows the title and a first network with no console or page errors', async () => {
    const { page, errors } = await openPage('/');

    const title = page.locator('h1');
    await title.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    expect((await title.first().textContent())?.trim()).toBe('Backprop Lab');

    const graph = page.locator('[data-testid="network-graph"]');
    await graph.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    const neurons = graph.first().locator('[data-testid="neuron"]');
    await neurons.nth(4).waitFor({ state: 'attached', timeout: UI_TIMEOUT });
    expect(await neurons.count()).toBeGreaterThanOrEqual(5);

    await page.waitForLoadState('networkidle'); // late errors (a missing asset) arrive too
    await screenshot(page, 'main-screen');
    expect(errors).toEqual([]);
  });

  it('loads on a phone-sized viewport (390×844) with the title visible and no errors', async () => {
    const { page, errors } = await openPage('/', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

    const title = page.locator('h1').first();
    await title.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    expect(await title.isVisible()).toBe(true);

    await page.waitForLoadState('networkidle');
    await screenshot(page, 'main-screen-phone');
    expect(errors).toEqual([]);
  });
});
