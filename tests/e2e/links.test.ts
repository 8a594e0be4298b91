// Issue 11 in a real browser: a link copied at phase 5 with a weight selected opens in a
// fresh browser at the same phase, the same weight and the same numbers in the inspector;
// a link in the first format still opens; a link pasted into an open tab applies without
// a reload (asking first when a trained network would be lost).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { decodeLink } from '../../src/store/linkCodec';
import { V1_LINKS, V2_LINKS } from '../store/fixtures/links';
import {
  TRAIN_TIMEOUT,
  UI_TIMEOUT,
  clickFirstLayerWeight,
  counter,
  pause,
  play,
  poll,
  texSources,
  waitForNetwork,
} from './app';
import { describeBrowser, openPage, screenshot } from './browser';

const VIEWPORT = { width: 1920, height: 1080 };

async function readPhase(page: Page): Promise<string> {
  return ((await page.getByText(/^Phase \d+ of \d+$/).textContent({ timeout: UI_TIMEOUT })) ?? '').trim();
}

/** What the inspector shows: its text and the exact numbers it keeps in title attributes. */
async function inspectorNumbers(page: Page): Promise<{ title: string; text: string; exact: (string | null)[] }> {
  const inspector = page.locator('.inspector');
  const title = (await texSources(inspector.locator('.insp-title'))).join(' ');
  const text = ((await inspector.innerText()) ?? '').replace(/\s+/g, ' ');
  const exact = await inspector.locator('[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
  return { title, text, exact };
}

describeBrowser('links', () => {
  it('a link copied at phase 5 with a weight selected opens the same phase, weight and numbers elsewhere', async () => {
    const { page, context, errors } = await openPage('/', { viewport: VIEWPORT });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForNetwork(page);
    await page.getByRole('radio', { name: 'Step through' }).click();
    await poll(
      () => readPhase(page),
      (p) => p === 'Phase 0 of 14',
      { what: 'the step-through' },
    );
    for (let k = 1; k <= 5; k++) {
      await page.keyboard.press('ArrowRight');
      await poll(
        () => readPhase(page),
        (p) => p === `Phase ${k} of 14`,
        { what: `phase ${k}` },
      );
    }
    await clickFirstLayerWeight(page, 1, 2);
    await poll(
      () => texSources(page.locator('.inspector .insp-title')),
      (t) => /x_\{2\}\s*\\to\s*O_\{13\}/.test(t.join(' ')),
      { what: 'the inspector to show the weight x2 → O13' },
    );
    await page.waitForTimeout(300); // the numbers settle on the next frames
    const before = await inspectorNumbers(page);

    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Link copied/ })
      .waitFor({ timeout: UI_TIMEOUT });
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const decoded = await decodeLink(new URL(link).hash);
    expect(decoded?.ok && decoded.value.state.stepThrough.phase).toBe(5);
    console.log(
      `A 2-6-6-1 step-through link at phase 5 with a weight selected: ${new URL(link).hash.length} characters after the address.`,
    );

    const fresh = await openPage(new URL(link).pathname + new URL(link).hash, { viewport: VIEWPORT });
    await waitForNetwork(fresh.page);
    await poll(
      () => readPhase(fresh.page),
      (p) => p === 'Phase 5 of 14',
      { what: 'phase 5 in the fresh browser' },
    );
    expect(await fresh.page.getByRole('radio', { name: 'Step through' }).getAttribute('aria-checked')).toBe('true');
    await poll(
      () => inspectorNumbers(fresh.page),
      (n) => n.title === before.title && n.text === before.text,
      { what: 'the same weight and numbers in the inspector' },
    );
    expect(await inspectorNumbers(fresh.page)).toEqual(before);
    await screenshot(fresh.page, 'link-opened-at-phase-5');
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  it('a link with weights opens the trained network: same step, same predictions (to float32)', async () => {
    const { page, context, errors } = await openPage('/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForNetwork(page);
    await play(page);
    await poll(
      () => counter(page, 'step'),
      (s) => s > 500,
      { timeout: TRAIN_TIMEOUT, what: 'some training' },
    );
    await pause(page);
    const step = await counter(page, 'step');
    const loss = await counter(page, 'train-loss');
    await page.getByRole('button', { name: 'Copy link with weights' }).click();
    const note = page.getByRole('status').filter({ hasText: /^Link copied with 67 trained weights/ });
    await note.waitFor({ timeout: UI_TIMEOUT });
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, 'copied-link-with-weights');
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    console.log(`The default network with its 67 trained weights: ${link.hash.length} characters after the address.`);

    const fresh = await openPage(link.pathname + link.hash);
    await waitForNetwork(fresh.page);
    await poll(
      () => counter(fresh.page, 'step'),
      (s) => s === step,
      { what: `step ${step} from the link` },
    );
    const freshLoss = await counter(fresh.page, 'train-loss');
    expect(Math.abs(freshLoss - loss)).toBeLessThanOrEqual(1e-3 * Math.max(loss, 1e-3) + 1e-4);
    expect([...errors, ...fresh.errors]).toEqual([]);
  });

  it('links in the first format (#s=) and the second still open to the same set-up', async () => {
    const compare = V1_LINKS.find((l) => l.state.compare !== null)!;
    const { page, errors } = await openPage(`/#${compare.hash}`);
    await waitForNetwork(page);
    expect(await page.getByRole('radio', { name: 'Compare' }).getAttribute('aria-checked')).toBe('true');
    // Two networks of six sigmoid layers of 8 and one output: 49 neurons each.
    await poll(
      () => page.locator('[data-testid="neuron"]').count(),
      (n) => n === 98,
      { what: 'two deep networks' },
    );
    await screenshot(page, 'v1-link-compare');

    const four = V1_LINKS.find((l) => l.name === 'the four-neuron example')!;
    const second = await openPage(`/#${four.hash}`);
    await waitForNetwork(second.page);
    expect(await second.page.locator('[data-testid="neuron"]').count()).toBe(4);
    expect(await second.page.getByLabel('Dataset').inputValue()).toBe('toy');

    // Damaged on its way (upper-cased tag, escaped "=", a doubled "#"): repaired, not refused.
    const mangled = await openPage(`/##S%3D${four.hash.slice(2)}`);
    await waitForNetwork(mangled.page);
    expect(await mangled.page.locator('[data-testid="neuron"]').count()).toBe(4);
    expect(await mangled.page.getByRole('status').filter({ hasText: 'could not be opened' }).count()).toBe(0);

    // This link was copied in lecture mode: it opens in lecture mode, counters and all.
    const step = await openPage(`/#${V2_LINKS[0].hash}`);
    await waitForNetwork(step.page);
    expect(await step.page.getByRole('button', { name: 'Exit lecture' }).count()).toBe(1);
    await poll(
      () => readPhase(step.page),
      (p) => p === 'Phase 5 of 30',
      { what: 'the frozen v2 link at phase 5' },
    );
    expect([...errors, ...second.errors, ...mangled.errors, ...step.errors]).toEqual([]);
  });

  it('a link pasted into an open tab applies without a reload, asking first once the network has trained', async () => {
    const { page, errors } = await openPage('/');
    await waitForNetwork(page);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const four = V1_LINKS.find((l) => l.name === 'the four-neuron example')!;
    await page.evaluate((hash) => (window.location.hash = hash), four.hash);
    await poll(
      () => page.locator('[data-testid="neuron"]').count(),
      (n) => n === 4,
      { what: 'the pasted link' },
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // Trained: the page asks, in the page, before throwing the network away.
    for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step batch' }).click();
    await poll(
      () => counter(page, 'step'),
      (s) => s === 3,
      { what: 'three steps' },
    );
    const deep = V1_LINKS.find((l) => l.name === 'exploding gradients')!;
    await page.evaluate((hash) => (window.location.hash = hash), deep.hash);
    const question = page.getByRole('alertdialog');
    await question.waitFor({ timeout: UI_TIMEOUT });
    expect(await question.textContent()).toContain('It replaces the network you trained for 3 steps.');
    await screenshot(page, 'pasted-link-question');
    await question.getByRole('button', { name: 'Keep my network' }).click();
    await question.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await counter(page, 'step')).toBe(3);
    await poll(
      async () => (await decodeLink(await page.evaluate(() => window.location.hash)))?.ok,
      (ok) => ok === true,
      { what: 'the address bar to show the kept network' },
    );
    const kept = await decodeLink(await page.evaluate(() => window.location.hash));
    expect(kept?.ok && kept.value.state.config.dataset.kind).toBe('toy');

    await page.evaluate((hash) => (window.location.hash = hash), deep.hash);
    await question.waitFor({ timeout: UI_TIMEOUT });
    await question.getByRole('button', { name: 'Open the link' }).click();
    await poll(
      () => page.locator('[data-testid="neuron"]').count(),
      (n) => n === 49,
      { what: 'the second pasted link' },
    );
    await poll(
      () => counter(page, 'step'),
      (s) => s === 0,
      { what: 'a fresh network' },
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(errors).toEqual([]);
  });
});
