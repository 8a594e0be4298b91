// Issue 13 by keyboard alone, in a real browser: from page load to a weight's chain rule and its
// slope view (counting the key presses), the graph's words read from the accessibility tree, the
// P key along a chain-rule path to the loss, the focus handed to the inspector and back, and how
// many tab stops a 6×8 network leaves.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { setupLink } from '../../src/store/linkCodec';
import { UI_TIMEOUT, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';

const VIEWPORT = { width: 1280, height: 800 };

/** TeX or the marked plain text ("O_{1 1}", "\frac", "x^{2}") in an accessible name. */
const TEX = /\\[a-zA-Z]+|[_^]\{/;

/** What has the focus: its tag, accessible name (aria-label or text) and data attributes. */
async function focused(page: Page): Promise<{ tag: string; name: string; heading: boolean; cursor: boolean }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      name: (e?.getAttribute('aria-label') ?? e?.textContent ?? '').trim(),
      heading: e?.hasAttribute('data-inspector-heading') ?? false,
      cursor: e?.getAttribute('data-testid') === 'graph-cursor',
    };
  });
}

/**
 * Waits until the focus is on an element whose accessible name matches (the page answers a key
 * press in its own time), then returns what has the focus.
 */
async function focusTo(page: Page, name: RegExp | string): Promise<Awaited<ReturnType<typeof focused>>> {
  const ok = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  return poll(
    () => focused(page),
    (f) => ok(f.name),
    { what: `the focus on ${String(name)}` },
  );
}

/** Presses keys one by one, each counted (the checks after them wait for the page). */
function keyboard(page: Page) {
  let presses = 0;
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      presses++;
      await page.keyboard.press(key);
      // Two animation frames: React has rendered and run its effects (a focus hand-off).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
  };
  return { press, count: () => presses };
}

/** Tabs through the whole page once; returns every stop's description, in order. */
async function tabStops(page: Page): Promise<{ name: string; inGraph: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: { name: string; inGraph: boolean }[] = [];
  for (let k = 0; k < 400; k++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      if (e.dataset.tabSeen) return 'again';
      e.dataset.tabSeen = '1';
      return {
        name: `${e.tagName.toLowerCase()} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}`,
        inGraph: e.closest('[data-testid="network-graph"]') !== null,
      };
    });
    if (stop === null || stop === 'again') break;
    stops.push(stop);
  }
  return stops;
}

describeBrowser('the keyboard alone', () => {
  it("reaches a weight's chain rule and slope view in a few key presses, with names in words", async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    const keys = keyboard(page);

    await keys.press('Tab');
    await focusTo(page, 'Skip to the network graph');
    await keys.press('Enter');
    const neuron = await focusTo(
      page,
      /^Hidden layer 1, neuron 1 of 6: weighted sum z = \S+, activation a = \S+, error signal δ = \S+/,
    );
    expect(neuron.cursor).toBe(true);
    await page.getByTestId('graph-focus-ring').waitFor({ timeout: UI_TIMEOUT });
    await keys.press('Enter');
    await focusTo(
      page,
      /^Weight from x1 to neuron O11: w = \S+, gradient ∂L\/∂w = \S+ \(batch mean\), 1 of 3 incoming$/,
    );
    await screenshot(page, 'keyboard-graph-weight');
    await keys.press('Enter');
    // The weight is chosen: the inspector's heading has the focus, the chain rule is on screen.
    const heading = await focusTo(page, 'Weight from x1 to neuron O11');
    expect(heading.heading).toBe(true);
    const inspector = page.locator('.inspector');
    await inspector.locator('.insp-path').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await inspector.locator('.insp-path').count()).toBe(6);
    // One tab stop for the paths (↑/↓ inside), then the slope view's data table.
    await keys.press('Tab');
    await focusTo(page, /^Path 1: x1 → O11 → O2\d → O31 → the loss, product /);
    await keys.press('ArrowDown');
    await focusTo(page, /^Path 2: /);
    await keys.press('Tab');
    await focusTo(page, 'Data table of the slope view');
    await keys.press('Enter');
    const slopeTable = page.getByRole('region', { name: 'slope view: data' });
    await slopeTable.waitFor({ timeout: UI_TIMEOUT });
    expect(await slopeTable.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('slope-direction').isVisible()).toBe(true);
    await slopeTable.scrollIntoViewIfNeeded();
    await screenshot(page, 'keyboard-chain-rule-slope');
    console.log(`Keyboard: ${keys.count()} key presses from page load to a weight's chain rule and slope table`);
    expect(keys.count()).toBeLessThan(25);

    // The names a screen reader reads are words: the accessibility tree of the graph and inspector.
    const tree = [await page.getByTestId('network-graph').ariaSnapshot(), await inspector.ariaSnapshot()].join('\n');
    expect(tree).toContain('application "Network graph"');
    expect(tree).toContain('heading "Weight from x1 to neuron O11"');
    expect(tree.split('\n').filter((line) => TEX.test(line))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('follows a chain-rule path to the loss with P, and Escape in the inspector gives the focus back', async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    await page.getByRole('link', { name: 'Skip to the network graph' }).focus();
    const keys = keyboard(page);
    await keys.press('Enter', 'Enter', 'p');
    await focusTo(
      page,
      /^Path to the loss, weight 2 of 3: Weight from neuron O11 to neuron O2\d: w = .*local derivative ∂O2\d\/∂O11 = f′\(z\)·w = \S+\. P goes on towards the loss\.$/,
    );
    await keys.press('p');
    await focusTo(page, /^Path to the loss, weight 3 of 3: Weight from neuron O2\d to neuron O31/);
    await keys.press('p');
    await focusTo(page, /^The loss: L = \S+ on this example, the end of the path x1 → O11 → O2\d → O31\./);
    await page.waitForTimeout(300);
    await screenshot(page, 'keyboard-path-to-loss');
    await keys.press('Shift+P');
    await focusTo(page, /^Path to the loss, weight 3 of 3/);
    await keys.press('p', 'Enter');
    expect((await focusTo(page, 'Weight from x1 to neuron O11')).heading).toBe(true);
    // Escape closes the inspector and the focus returns to the graph, on the same weight.
    await keys.press('Escape');
    const back = await focusTo(page, /^Weight from x1 to neuron O11: /);
    expect(back.cursor).toBe(true);
    await poll(
      () => page.locator('.inspector .insp-hint').first().textContent(),
      (t) => (t ?? '').startsWith('Click a neuron'),
      { what: 'the inspector to be cleared' },
    );
    expect(errors).toEqual([]);
  });

  it('a 6×8 network is one tab stop in the graph', async () => {
    const config = {
      ...DEFAULT_CONFIG,
      hidden: Array.from({ length: 6 }, () => ({ units: 8, activation: 'tanh' as const })),
    };
    const { page, errors } = await openPage(`/#${setupLink(config)}`, { viewport: VIEWPORT });
    await waitForNetwork(page);
    await poll(
      () => page.locator('[data-testid="neuron"]').count(),
      (n) => n === 6 * 8 + 1,
      { what: 'the 6×8 network' },
    );
    const stops = await tabStops(page);
    const inGraph = stops.filter((s) => s.inGraph);
    console.log(`Tab stops on a 6×8 network: ${stops.length} in all, ${inGraph.length} in the graph`);
    expect(inGraph.map((s) => s.name)).toEqual([expect.stringMatching(/^div Hidden layer 1, neuron 1 of 8/)]);
    // Groups of like controls are one stop each: the modes, the counters' terms, the chart's layers.
    const count = (re: RegExp) => stops.filter((s) => re.test(s.name)).length;
    expect(count(/^button (Train|Step through|Compare)$/)).toBe(1);
    expect(count(/^span (Epoch|Step|Examples\/s|Train loss|Test loss|Test accuracy)$/)).toBe(1);
    expect(count(/^button (Hidden \d|Output) layer, mean/)).toBe(1);
    // 166 before issue 13; the 6 typed neuron counts and "set all hidden layers" (issue 14) add 9.
    expect(stops.length).toBeLessThan(100);
    expect(errors).toEqual([]);
  });
});
