// Issue 13 in a real browser: axe-core on every main screen and mode — train; step-through at a
// forward and at a backward phase, with a neuron and then a weight selected; compare; the
// exploding preset after it diverged; lecture mode; a phone — with zero critical
// and zero serious violations, the counts by impact printed. Beyond axe (which cannot see text
// over SVG fills and canvases): no text under 12 px and a contrast of at least 4.5:1 everywhere.
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { TRAIN_TIMEOUT, UI_TIMEOUT, clickFirstLayerWeight, loadPreset, poll, waitForNetwork } from './app';
import { auditText } from './audits';
import { IMPACTS, countByImpact, runAxe, type AxeReport } from './axe';
import { describeBrowser, openPage, screenshot } from './browser';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const rows: string[] = [];

/** axe on the page as it stands: records its counts, then expects no critical or serious violation. */
async function check(page: Page, name: string): Promise<AxeReport> {
  await page.waitForTimeout(400); // let the last frame's text settle
  const report = await runAxe(page);
  const v = countByImpact(report.violations);
  const r = countByImpact(report.incomplete);
  const ids = (list: AxeReport['violations']) => [...new Set(list.map((f) => f.id))].join(', ');
  rows.push(
    `${name.padEnd(34)} ${IMPACTS.map((i) => String(v[i]).padStart(4)).join('')}  |${IMPACTS.map((i) => String(r[i]).padStart(4)).join('')}  ${ids(report.violations)} | ${ids(report.incomplete)}`,
  );
  const grave = report.violations.filter((f) => f.impact === 'critical' || f.impact === 'serious');
  expect(grave, `${name}: ${JSON.stringify(grave, null, 1)}`).toEqual([]);
  const text = await auditText(page);
  expect(text, `${name}: text under 12 px or under 4.5:1`).toEqual([]);
  return report;
}

async function enterStepThrough(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Step through' }).click();
  await page.getByText(/^Phase 0 of \d+$/).waitFor({ timeout: UI_TIMEOUT });
}

/** Presses Next until the step-through shows phase `position`. */
async function toPhase(page: Page, position: number): Promise<void> {
  const counter = page.getByText(/^Phase \d+ of \d+$/);
  const at = async () => Number(/^Phase (\d+)/.exec((await counter.textContent()) ?? '')?.[1] ?? NaN);
  for (let now = await at(); now < position; now = await at()) {
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByText(new RegExp(`^Phase ${now + 1} of \\d+$`)).waitFor({ timeout: UI_TIMEOUT });
  }
}

async function selectNeuron(page: Page, k: number): Promise<void> {
  await page.locator('[data-testid="neuron"]').nth(k).click();
  await page.locator('[data-inspector-heading]').waitFor({ timeout: UI_TIMEOUT });
}

afterAll(() => {
  if (rows.length === 0) return;
  const head = IMPACTS.map((i) => i.slice(0, 4).padStart(4)).join('');
  const title = 'axe-core: violations by impact | needs review by impact, then their rule ids';
  console.log([title, `${'screen'.padEnd(34)} ${head}  |${head}`, ...rows].join('\n'));
});

describeBrowser('accessibility (axe-core and the checks beyond it)', () => {
  it('train mode, then step-through at a forward and a backward phase, a neuron then a weight', async () => {
    const { page, errors } = await openPage('/', { viewport: DESKTOP });
    await waitForNetwork(page);
    await check(page, 'train');
    await selectNeuron(page, 1);
    await check(page, 'train, neuron selected');

    await enterStepThrough(page);
    await toPhase(page, 2);
    await selectNeuron(page, 0);
    await check(page, 'step, forward phase 2, neuron');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await clickFirstLayerWeight(page, 0, 0);
    await page
      .locator('.inspector')
      .getByText(/Not computed yet|Chain rule/)
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    // A weight chosen by pointer hands the focus to its inspector heading (not to <body>).
    await poll(
      () => page.evaluate(() => document.activeElement?.hasAttribute('data-inspector-heading') ?? false),
      (onHeading) => onHeading,
      { what: "the focus on the weight's inspector heading" },
    );
    await check(page, 'step, forward phase 2, weight');

    await toPhase(page, 10);
    await page
      .locator('.inspector .insp-path')
      .first()
      .waitFor({ state: 'attached', timeout: UI_TIMEOUT })
      .catch(() => {});
    await check(page, 'step, backward phase 10, weight');
    await selectNeuron(page, 7);
    await check(page, 'step, backward phase 10, neuron');
    await screenshot(page, 'a11y-step-backward');
    expect(errors).toEqual([]);
  });

  it('compare mode, and the exploding preset after it diverged, in the light and dark themes', async () => {
    const { page, errors } = await openPage('/', { viewport: DESKTOP });
    await waitForNetwork(page);
    await page.getByRole('radio', { name: 'Compare' }).click();
    await page.locator('[data-testid="network-graph"]').nth(1).waitFor({ timeout: UI_TIMEOUT });
    await check(page, 'compare');

    await page.getByRole('radio', { name: 'Train' }).click();
    await loadPreset(page, 'Exploding gradients');
    await page.getByRole('button', { name: '▶ Play' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Training paused before the numbers overflowed/ })
      .waitFor({ timeout: TRAIN_TIMEOUT });
    await check(page, 'exploding, after divergence');
    await screenshot(page, 'a11y-exploding');

    // The dark theme (the system's choice until the learner picks one) passes the same checks.
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(
      () => page.evaluate(() => document.documentElement.dataset.theme),
      (t) => t === 'dark',
      { what: 'the dark theme' },
    );
    await check(page, 'exploding, dark theme');
    await screenshot(page, 'a11y-exploding-dark');
    await page.getByRole('radio', { name: 'Compare' }).click();
    await page.locator('[data-testid="network-graph"]').nth(1).waitFor({ timeout: UI_TIMEOUT });
    await check(page, 'compare, dark theme');
    expect(errors).toEqual([]);
  });

  it('lecture mode: train, then step-through at a backward phase', async () => {
    const { page, errors } = await openPage('/', { viewport: { width: 1920, height: 1080 } });
    await waitForNetwork(page);
    await page.keyboard.press('l');
    await page.locator('.lecture').waitFor({ timeout: UI_TIMEOUT });
    await check(page, 'lecture, train');
    await page.keyboard.press('t');
    await page.getByText(/^Phase 0 of \d+$/).waitFor({ timeout: UI_TIMEOUT });
    for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
    await page.getByText(/^Phase 9 of \d+$/).waitFor({ timeout: UI_TIMEOUT });
    await check(page, 'lecture, step, backward phase 9');
    await screenshot(page, 'a11y-lecture-step');
    expect(errors).toEqual([]);
  });

  it('a phone (390×844): train, a neuron, a weight, step-through', async () => {
    const { page, errors } = await openPage('/', { viewport: PHONE, deviceScaleFactor: 2 });
    await waitForNetwork(page);
    await check(page, 'phone, train');
    await selectNeuron(page, 0);
    await check(page, 'phone, neuron');
    await page
      .locator('.inspector')
      .getByRole('button', { name: /^from x1: / })
      .click();
    await page.locator('.inspector .insp-path').first().waitFor({ timeout: UI_TIMEOUT });
    await check(page, 'phone, weight');
    await page.getByRole('button', { name: 'Clear the selection' }).click();
    await enterStepThrough(page);
    await toPhase(page, 14);
    await check(page, 'phone, step, update');
    await poll(
      () => page.locator('.update-table').count(),
      (n) => n === 1,
      { what: 'the update table' },
    );
    expect(errors).toEqual([]);
  });
});
