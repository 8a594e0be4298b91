// Issue 4 in a real browser: a student walks one example through every phase of the default
// network with the keyboard (→ / ←), looks at a neuron's typeset formulas in the inspector and
// at the chain rule for a weight as a sum over paths; the four-neuron preset shows two paths.
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  UI_TIMEOUT,
  centreOf,
  clickFirstLayerWeight,
  loadPreset,
  parseNumber,
  poll,
  texSources,
  waitForNetwork,
} from './app';
import { describeBrowser, openPage, screenshot } from './browser';

/** 1920×1080, a projector: the phase bar, the graph and the inspector on one screen. */
const VIEWPORT = { width: 1920, height: 1080 };

function phaseCount(page: Page): Locator {
  return page.getByText(/^Phase \d+ of \d+$/);
}

/** [position, total] from "Phase k of N". */
async function readPhase(page: Page): Promise<[number, number]> {
  const m = /^Phase (\d+) of (\d+)$/.exec(((await phaseCount(page).textContent({ timeout: UI_TIMEOUT })) ?? '').trim());
  if (!m) throw new Error('No "Phase k of N" counter on the page');
  return [Number(m[1]), Number(m[2])];
}

async function phaseTitle(page: Page): Promise<string> {
  return ((await page.getByTestId('phase-title').textContent({ timeout: UI_TIMEOUT })) ?? '').trim();
}

/** Presses a key and waits until the step-through counter shows `position`. */
async function pressTo(page: Page, key: 'ArrowRight' | 'ArrowLeft', position: number): Promise<void> {
  await page.keyboard.press(key);
  await poll(
    () => readPhase(page),
    ([p]) => p === position,
    { what: `"Phase ${position}" after ${key}` },
  );
}

async function enterStepThrough(page: Page): Promise<number> {
  const radio = page.getByRole('radio', { name: 'Step through' });
  await radio.click();
  expect(await radio.getAttribute('aria-checked')).toBe('true');
  await page.getByRole('region', { name: 'Step-through mode' }).waitFor({ timeout: UI_TIMEOUT });
  const [position, total] = await poll(
    () => readPhase(page),
    ([, n]) => n > 0,
    { what: 'the phases of the example' },
  );
  expect(position).toBe(0);
  return total;
}

/** Exact numbers the chain-rule panel keeps in its title attributes: [sum of paths, backprop]. */
async function chainRuleSums(inspector: Locator): Promise<{ pathSum: number; backprop: number }> {
  const sums = inspector.locator('.insp-sums .insp-row');
  const pathSum = Number(
    await sums
      .filter({ hasText: /^Sum of the paths/ })
      .locator('dd')
      .getAttribute('title'),
  );
  const backprop = Number(
    await sums
      .filter({ hasText: /^Backprop/ })
      .locator('dd')
      .getAttribute('title'),
  );
  return { pathSum, backprop };
}

/** Takes keyboard focus off whatever element has it (e.g. a neuron that was just clicked). */
async function blurFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement || active instanceof SVGElement) active.blur();
  });
}

function expectClose(actual: number, expected: number, what: string): void {
  expect(Number.isFinite(actual) && Number.isFinite(expected), `${what}: ${actual} vs ${expected}`).toBe(true);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    1e-9 * Math.max(1e-12, Math.abs(expected)),
  );
}

describeBrowser('step through one forward and one backward pass', () => {
  it("walks every phase with the keyboard, then shows a neuron's formulas and a weight's chain rule", async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    const total = await enterStepThrough(page);
    // 2 → [6, 6] → 1: three layers, each a weighted sum, an activation, a δ and gradients; plus loss and update.
    expect(total).toBe(3 * 4 + 2);
    expect(await phaseTitle(page)).toBe('Ready');

    const titles: string[] = [];
    for (let k = 1; k <= total; k++) {
      await pressTo(page, 'ArrowRight', k);
      const title = await phaseTitle(page);
      expect(title, `phase ${k} has a title of its own`).not.toBe(k === 1 ? 'Ready' : titles[k - 2]);
      titles.push(title);
      if (k === 4) await screenshot(page, 'step-forward');
      if (k === 10) await screenshot(page, 'step-backward');
    }
    expect(new Set(titles).size, titles.join(' / ')).toBe(total);
    // The order a student reads: forward sums and activations, the loss, δ and gradients back, the update.
    const order = [
      /^Forward .*weighted sums/,
      /^Forward .*activations/,
      /^Loss/,
      /^Backward .*δ/,
      /^Backward .*gradients/,
      /^Update/,
    ];
    const firstIndex = order.map((re) => titles.findIndex((t) => re.test(t)));
    expect(
      firstIndex.every((i) => i >= 0),
      titles.join(' / '),
    ).toBe(true);
    expect([...firstIndex].sort((a, b) => a - b)).toEqual(firstIndex);
    expect(titles[0]).toMatch(/^Forward · hidden layer 1: weighted sums/);
    expect(titles[total - 2]).toMatch(/^Backward · hidden layer 1: gradients/);
    expect(titles[total - 1]).toMatch(/^Update/);

    // At the end Next is disabled and → does nothing.
    expect(await page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(await readPhase(page)).toEqual([total, total]);

    // ← once restores the previous phase (and its title); → returns to the update.
    await pressTo(page, 'ArrowLeft', total - 1);
    expect(await phaseTitle(page)).toBe(titles[total - 2]);
    await pressTo(page, 'ArrowRight', total);
    expect(await phaseTitle(page)).toBe(titles[total - 1]);

    // The update table: every weight and bias (2·6+6 + 6·6+6 + 6+1 = 67) with old and new values.
    const table = page.getByRole('region', { name: 'Weight updates' });
    await table.waitFor({ timeout: UI_TIMEOUT });
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Parameter', 'old', '∂L/∂w', 'change', 'new']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(67);
    const first = await rows.first().locator('th, td').allTextContents();
    expect(first[0]).toBe('w x1 → O1,1');
    const [, oldText, gradText, changeText, newText] = first;
    for (const v of [oldText, gradText, changeText, newText])
      expect(Number.isFinite(parseNumber(v)), `"${v}" is a number`).toBe(true);
    let moved = 0;
    for (const row of await rows.all()) {
      const [, , , change] = await row.locator('th, td').allTextContents();
      if (change !== '0') moved++;
    }
    expect(moved, 'rows whose value changed').toBeGreaterThan(0);

    // A neuron: its formulas with numbers, typeset by KaTeX.
    const inspector = page.locator('.inspector');
    const o11 = page.locator('[data-testid="neuron"]').first();
    await o11.scrollIntoViewIfNeeded();
    await o11.click();
    await inspector.locator('[data-formula="z"] .katex').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await inspector.locator('.katex').count()).toBeGreaterThan(3);
    expect((await texSources(inspector.locator('.insp-title'))).join(' ')).toContain('O_{11}');
    const zTex = (await texSources(inspector.locator('[data-formula="z"]'))).join(' ');
    expect(zTex, 'z with the numbers substituted').toMatch(/\d\.\d/);
    expect(await inspector.locator('[data-formula="delta"] .katex').count()).toBeGreaterThan(0);
    await inspector.scrollIntoViewIfNeeded();
    await screenshot(page, 'inspector-neuron');

    // A weight, x1 → O11: six paths (through O21 … O26) whose sum is the backprop gradient.
    // The clicked neuron keeps keyboard focus; pressing on an edge blurs it, and (known bug,
    // see the `fails` test below) that blur clears the hovered edge before the click reads it.
    // Move the focus away first, as a keyboard user's Tab would.
    await blurFocus(page);
    await clickFirstLayerWeight(page, 0, 0);
    await poll(
      () => texSources(inspector.locator('.insp-title')),
      (t) => /x_\{1\}\s*\\to\s*O_\{11\}/.test(t.join(' ')),
      { what: 'the inspector to show the weight x1 → O11' },
    );
    const paths = inspector.locator('.insp-path');
    await paths.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await paths.count()).toBe(6);
    expect(await inspector.locator('.insp-path-count').textContent()).toMatch(/^6 paths\./);
    const { pathSum, backprop } = await chainRuleSums(inspector);
    expectClose(pathSum, backprop, 'sum of the paths vs backprop');
    expect(await inspector.locator('.insp-check').textContent()).toContain('equal');
    // Each row: the factors ∂L/∂O31 · ∂O31/∂O2j · ∂O2j/∂O11 · ∂O11/∂w and their product.
    expect(await paths.first().locator('.insp-factor').count()).toBe(4);
    // Hovering a path highlights it on the graph (and moves the pointer off the edge's tooltip).
    await paths.first().hover();
    await page.getByRole('tooltip').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await page.waitForTimeout(300); // the canvas redraws on the next animation frame
    await screenshot(page, 'chain-rule');
    expect(errors).toEqual([]);
  });

  it("the four-neuron preset: the first weight's gradient is the sum of exactly two paths", async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    await loadPreset(page, 'The four-neuron example');
    // The preset opens step-through mode on x → O11 → {O21, O22} → O31.
    await page.getByRole('region', { name: 'Step-through mode' }).waitFor({ timeout: UI_TIMEOUT });
    await poll(
      () => page.locator('[data-testid="neuron"]').count(),
      (n) => n === 4,
      { what: 'the four neurons' },
    );
    expect(await page.locator('[data-testid="input-node"]').count()).toBe(1);
    const [position, total] = await poll(
      () => readPhase(page),
      ([, n]) => n === 3 * 4 + 2,
      { what: 'the 14 phases' },
    );
    expect(position).toBe(0);

    await centreOf(page.locator('[data-testid="neuron"]').first());
    await clickFirstLayerWeight(page, 0, 0);
    const inspector = page.locator('.inspector');
    await poll(
      () => texSources(inspector.locator('.insp-title')),
      (t) => /x_\{1\}\s*\\to\s*O_\{11\}/.test(t.join(' ')),
      { what: 'the inspector to show the weight x1 → O11' },
    );
    // Before the backward pass reaches the weight, its paths are not computed yet.
    expect(await inspector.getByText(/Not computed yet: the backward pass has not reached this weight/).count()).toBe(
      1,
    );

    for (let k = 1; k <= total; k++) await pressTo(page, 'ArrowRight', k);
    const paths = inspector.locator('.insp-path');
    await paths.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await paths.count()).toBe(2);
    expect(await inspector.locator('.insp-path-count').textContent()).toMatch(/^2 paths\./);
    const routes = await Promise.all(
      (await paths.all()).map(async (p) => (await texSources(p.locator('.insp-path-route'))).join(' ')),
    );
    expect(routes.some((r) => r.includes('O_{21}'))).toBe(true);
    expect(routes.some((r) => r.includes('O_{22}'))).toBe(true);
    const { pathSum, backprop } = await chainRuleSums(inspector);
    expectClose(pathSum, backprop, 'sum of the two paths vs backprop');
    const products = await Promise.all(
      (await paths.all()).map(async (p) => Number(await p.locator('.insp-product strong').getAttribute('title'))),
    );
    expectClose(products[0] + products[1], backprop, 'path 1 + path 2 vs backprop');
    await inspector.locator('.insp-paths').scrollIntoViewIfNeeded();
    await screenshot(page, 'chain-rule-four-neuron');
    expect(errors).toEqual([]);
  });

  it('clicking a weight right after clicking a neuron selects the weight', async () => {
    const { page } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    const inspector = page.locator('.inspector');
    await page.locator('[data-testid="neuron"]').nth(2).click();
    await poll(
      () => texSources(inspector.locator('.insp-title')),
      (t) => t.join(' ').includes('O_{13}'),
      { what: 'neuron O13' },
    );
    await clickFirstLayerWeight(page, 0, 0);
    await poll(
      () => texSources(inspector.locator('.insp-title')),
      (t) => /x_\{1\}\s*\\to\s*O_\{11\}/.test(t.join(' ')),
      { timeout: 3_000, what: 'the inspector to show the weight x1 → O11' },
    );
  });
});
