// Issue 10, embedding: the example host page (public/examples/embed-host.html, a three-slide
// deck) holds the app in an iframe (?embed=1) and drives it through the postMessage API; after
// a click inside the frame, the deck still gets its arrow keys (the app hands them over).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { UI_TIMEOUT, poll } from './app';
import { describeBrowser, openPage, screenshot } from './browser';

const slide = (page: Page) => page.locator('#slide-number').textContent();
const said = (page: Page) => page.locator('#app-state').textContent();

describeBrowser('embedded in a slide deck', () => {
  it('the host drives it by postMessage and keeps its arrow keys after a click in the frame', async () => {
    const { page, errors } = await openPage('/examples/embed-host.html', { viewport: { width: 1280, height: 900 } });
    await page.keyboard.press('ArrowRight');
    await poll(
      () => slide(page),
      (s) => s === '2',
      { what: 'the slide with the app' },
    );
    await poll(
      () => said(page),
      (t) => t?.startsWith('ready') ?? false,
      { what: 'the app to say ready' },
    );
    const frame = page.frameLocator('#lab');
    // The embedded app has no chrome: no header, no settings.
    await frame.getByTestId('network-graph').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await frame.getByRole('button', { name: 'Export & import' }).count()).toBe(0);

    // Commands from the host: a preset, phases on and back, play and pause, a lesson step.
    await page.getByRole('button', { name: 'Four-neuron example' }).click();
    await frame.getByText(/^Phase 0 of \d+$/).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Next phase →' }).click();
    await page.getByRole('button', { name: 'Next phase →' }).click();
    await poll(
      () => said(page),
      (t) => t === 'phase 2 of 14',
      { what: 'the phase event' },
    );
    await frame.getByText('Phase 2 of 14').waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: '← Previous phase' }).click();
    await poll(
      () => said(page),
      (t) => t === 'phase 1 of 14',
      { what: 'Previous' },
    );
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await poll(
      () => said(page),
      (t) => t === 'training',
      { what: 'the playing event' },
    );
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await poll(
      () => said(page),
      (t) => t === 'paused',
      { what: 'paused' },
    );
    await page.getByRole('button', { name: 'Lesson 1, step 3' }).click();
    await poll(
      () => said(page),
      (t) => t?.startsWith('lesson one-neuron-forward, step 3 of') ?? false,
      {
        what: 'the lesson step event',
      },
    );
    await frame
      .getByTestId('lesson-panel')
      .getByText(/^Step 3 of/)
      .waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'embed-host');

    // A click inside the frame takes the keyboard there; the deck still moves on → and ←.
    await frame
      .getByTestId('network-graph')
      .first()
      .click({ position: { x: 10, y: 10 } });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lab');
    await page.keyboard.press('ArrowRight');
    await poll(
      () => slide(page),
      (s) => s === '3',
      { what: 'the next slide by → pressed in the frame' },
    );
    await page.keyboard.press('ArrowLeft');
    await poll(
      () => slide(page),
      (s) => s === '2',
      { what: 'the slide before by ←' },
    );
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });

  it('a command it does not know is answered with a sentence, not ignored', async () => {
    const { page } = await openPage('/examples/embed-host.html');
    await page.keyboard.press('ArrowRight');
    await poll(
      () => said(page),
      (t) => t?.startsWith('ready') ?? false,
      { what: 'ready' },
    );
    await page.evaluate(() => {
      const lab = document.getElementById('lab') as HTMLIFrameElement;
      lab.contentWindow!.postMessage({ source: 'backprop-lab', command: 'loadPreset', preset: 'mnist', id: 9 }, '*');
    });
    await poll(
      () => said(page),
      (t) => t?.startsWith('refused: there is no preset "mnist"') ?? false,
      {
        what: 'the refusal',
      },
    );
  });
});
