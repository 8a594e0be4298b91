// Issue 11's offline page: dist/backprop-lab-offline.html, opened from file:// with the
// network switched off, loads with no other file (scripts, worker, styles and KaTeX fonts
// are inside it), runs its worker, and trains the circle above 90% test accuracy.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { TRAIN_TIMEOUT, UI_TIMEOUT, counter, play, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const offlineFile = join(root, 'dist', 'backprop-lab-offline.html');

describeBrowser('the offline single-file page', () => {
  it('opens from file:// without a network and trains the circle above 90% test accuracy', async () => {
    expect(existsSync(offlineFile), `${offlineFile} (npm run build writes it)`).toBe(true);
    const { page, errors } = await openPage(pathToFileURL(offlineFile).href, {
      offline: true,
      viewport: { width: 1600, height: 1000 },
    });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    await waitForNetwork(page);
    expect(await page.getByLabel('Dataset').inputValue()).toBe('circle');
    // KaTeX's fonts come from the page itself (data URLs), so formulas typeset offline.
    const katexFont = await page.evaluate(async () => {
      await document.fonts.load('20px KaTeX_Main');
      return document.fonts.check('20px KaTeX_Main');
    });
    expect(katexFont).toBe(true);

    await play(page);
    const reached = await poll(
      async () => ({ epoch: await counter(page, 'epoch'), accuracy: await counter(page, 'test-accuracy') }),
      (r) => r.accuracy > 90,
      { timeout: TRAIN_TIMEOUT, interval: 200, what: 'test accuracy above 90% in the offline page' },
    );
    expect(reached.accuracy).toBeGreaterThan(90);
    await screenshot(page, 'offline-page-trained');
    // KaTeX travels inside the page too (loaded apart in the hosted app, kit/katexLoader.ts): a
    // neuron's formulas typeset offline.
    await page.locator('[data-testid="neuron"]').first().click();
    await page.locator('.inspector .insp-tex .katex').first().waitFor({ timeout: UI_TIMEOUT });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
