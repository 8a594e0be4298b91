// Issue 15 in a real browser: the "Deep sigmoid, with and without skips" preset in compare mode
// (the right side learns the circle, the left stalls, edge widths per network and said so); a
// three-class spiral trained to > 90% with its map of winning classes; and a step-through of the
// softmax network showing the loss phase with −ln of the true class's probability.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  TRAIN_TIMEOUT,
  UI_TIMEOUT,
  counterValues,
  loadPreset,
  pause,
  play,
  poll,
  texSources,
  waitForNetwork,
} from './app';
import { describeBrowser, openPage, screenshot } from './browser';

const VIEWPORT = { width: 1920, height: 1080 };
/** 2 inputs → 10 hidden layers of 8 → 1 output. */
const SKIP_NEURONS = 10 * 8 + 1;

/** Alpha ink of each network's edge canvas, over the band above its units where skip arcs bow. */
async function edgeInk(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('canvas')]
      .filter((c) => c.classList.contains('bpl-graph-edges'))
      .map((c) => {
        const ctx = c.getContext('2d');
        if (!ctx || c.width === 0) return 0;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        let sum = 0;
        for (let k = 3; k < data.length; k += 4) sum += data[k];
        return sum / 255;
      }),
  );
}

/**
 * Moves the pointer onto the skip arc from neuron `from` to neuron `to` (indices among all
 * neurons on the page), which bows above the nodes' tops by about 0.4 of a row (`above`
 * is the neuron one row up from `to`), as a person's pointer would rest on it.
 */
async function hoverSkipArc(page: Page, from: number, to: number, above: number): Promise<void> {
  const centre = async (n: number) => {
    const box = (await page.locator('[data-testid="neuron"]').nth(n).boundingBox({ timeout: UI_TIMEOUT }))!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
  };
  const [a, b, up] = [await centre(from), await centre(to), await centre(above)];
  const bow = Math.max(6, 0.8 * Math.min(b.y - up.y - a.r, 4 * a.r));
  const x = (a.x + b.x) / 2;
  const y = a.y - a.r - bow / 2;
  await page.mouse.move(x - 4, y);
  await page.mouse.move(x, y);
}

describeBrowser('skip connections and softmax', () => {
  it('deep sigmoid with and without skips: the skip side learns the circle, the other stalls', async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    await loadPreset(page, 'Deep sigmoid, with and without skips');
    expect(await page.getByRole('radio', { name: 'Compare' }).getAttribute('aria-checked')).toBe('true');
    await poll(
      () => page.locator('[data-testid="neuron"]').count(),
      (n) => n === 2 * SKIP_NEURONS,
      { what: 'two deep networks' },
    );
    const bar = page.getByRole('region', { name: 'Compare settings' });
    expect(await bar.textContent()).toMatch(/Left: Without skips · Right: With skips/);
    // The cures compare on a scale per network, and the bar says so.
    expect(await page.getByRole('radio', { name: 'Edge scale per network' }).isChecked()).toBe(true);
    expect(await page.getByTestId('compare-scale-note').textContent()).toMatch(/each network relative to its own/);
    // The right-hand graph carries the skip arcs: more ink than the left before any training.
    await page.waitForTimeout(300);
    const [leftInk, rightInk] = await edgeInk(page);
    expect(rightInk, `edge ink left ${leftInk}, right ${rightInk}`).toBeGreaterThan(leftInk);

    await play(page);
    await poll(
      () => counterValues(page, 'step'),
      ([s]) => s >= 3000,
      { timeout: TRAIN_TIMEOUT, interval: 200, what: 'step ≥ 3000' },
    );
    await pause(page);
    const [left, right] = await poll(
      () => counterValues(page, 'test-accuracy'),
      ([l, r]) => Number.isFinite(l) && r > 90,
      { timeout: TRAIN_TIMEOUT, what: 'the skip side above 90%' },
    );
    expect(right).toBeGreaterThan(90);
    expect(left).toBeLessThan(65);
    // The gradient chart says why: the σ′ bound stops where the skips start.
    const note = page.getByTestId('skip-bound-note');
    await note.scrollIntoViewIfNeeded();
    expect(await note.textContent()).toMatch(/With skips: skip connections up to hidden layer 10/);
    await page.locator('.compare-grid').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await screenshot(page, 'skips-compare');

    // Pointing at a skip arc (into O_{3,2} of the right network) explains it.
    await hoverSkipArc(page, SKIP_NEURONS + 8 + 1, SKIP_NEURONS + 16 + 1, SKIP_NEURONS + 16);
    const tip = page.getByRole('tooltip').filter({ hasText: 'skip from' });
    await tip.waitFor({ timeout: UI_TIMEOUT });
    expect(await tip.textContent()).toMatch(/skip from O22 to O32.*weight1 \(fixed\)∂L\/∂s/);
    await screenshot(page, 'skip-tooltip');
    expect(errors).toEqual([]);
  });

  it('a three-class spiral trains past 90% and its map shows the three classes', async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    await loadPreset(page, 'Three-class spiral (softmax)');
    const keys = page.getByTestId('class-key');
    await keys.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await keys.allTextContents()).toEqual(['class 1', 'class 2', 'class 3']);
    await play(page);
    const [accuracy] = await poll(
      () => counterValues(page, 'test-accuracy'),
      ([a]) => a > 90,
      { timeout: TRAIN_TIMEOUT, interval: 200, what: 'test accuracy above 90%' },
    );
    await pause(page);
    expect(accuracy).toBeGreaterThan(90);
    const map = page.getByRole('figure', { name: 'Model output' });
    await map.scrollIntoViewIfNeeded();
    expect(await map.getByRole('img').getAttribute('aria-label')).toMatch(/^Winning class of 3 at each point/);
    // The map's canvas is painted in three tints (plus white-ish uncertain borders).
    const tints = await map
      .locator('canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const ctx = c.getContext('2d');
        if (!ctx) return 0;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        const seen = new Set<string>();
        for (let k = 0; k < data.length; k += 4 * 97) {
          const [r, g, b, a] = [data[k], data[k + 1], data[k + 2], data[k + 3]];
          if (a < 200 || r + g + b > 700) continue;
          const hue = r > g && r > b ? 'r' : b > r && b > g ? 'b' : g > r && g > b ? 'g' : 'other';
          seen.add(hue);
        }
        return seen.size;
      });
    expect(tints).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(300);
    await screenshot(page, 'spiral-3-classes');
    expect(errors).toEqual([]);
  });

  it('stepping through a softmax network shows the softmax and −ln of the true class at the loss phase', async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    await loadPreset(page, 'Three-class spiral (softmax)');
    await page.getByRole('radio', { name: 'Step through' }).click();
    await page.getByRole('region', { name: 'Step-through mode' }).waitFor({ timeout: UI_TIMEOUT });
    const title = page.getByTestId('phase-title');
    // 4 layers: 8 forward phases, then the loss.
    for (let k = 1; k <= 9; k++) {
      await page.keyboard.press('ArrowRight');
      await page.getByText(`Phase ${k} of `).waitFor({ timeout: UI_TIMEOUT });
    }
    expect(await title.textContent()).toBe('Loss: −ln of the probability of the true class');
    const box = page.getByTestId('step-loss');
    const rows = box.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await box.locator('.step-true-class').count()).toBe(1);
    const probabilities = (await rows.locator('td:nth-child(3)').allTextContents()).map(Number);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 1);
    const tex = (await texSources(box)).join(' ');
    expect(tex).toMatch(/L = -\\ln \\hat y_\{\d\} = -\\ln [\d.]+ = [\d.]+/);
    expect((await texSources(page.locator('.step-formula'))).join(' ')).toContain('-\\ln \\hat y_c');
    await screenshot(page, 'softmax-loss-phase');
    // The output's δ phase: ŷ − y at the logits.
    await page.keyboard.press('ArrowRight');
    await page.getByText('Phase 10 of ').waitFor({ timeout: UI_TIMEOUT });
    expect((await texSources(page.locator('.step-formula'))).join(' ')).toContain('\\hat y_m - y_m');
    expect(errors).toEqual([]);
  });
});
