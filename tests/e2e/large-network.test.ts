// Issue 14, the largest network in a real browser under the app's Content-Security-Policy:
// 12 hidden layers × 64 built from the default network in a few interactions; the worker
// trains it on the WebAssembly SIMD kernels (compiled under 'wasm-unsafe-eval'); the graph
// paints its 771 nodes on the canvas, stays one tab stop walked by arrow keys in words, and its
// one caption about the drawn edges fits the graph; the unpainted SVG shapes under the painted
// nodes and activation dots are what the pointer finds. Screenshot: largest-12x64.png.
import { expect, it } from 'vitest';
import { UI_TIMEOUT, counter, pause, play, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';

describeBrowser('the largest network', () => {
  it('is built in 3 interactions, trains on the SIMD kernels and shows captions that fit', async () => {
    const { page, errors } = await openPage('/', { viewport: { width: 1440, height: 900 } });
    await waitForNetwork(page);
    const interactions = [
      () => page.getByRole('textbox', { name: /^Number of hidden layers/ }).fill('12'),
      () => page.getByRole('textbox', { name: /^Neurons in every hidden layer/ }).fill('64'),
      () => page.getByRole('button', { name: 'Set', exact: true }).click(),
    ];
    for (const act of interactions) await act();
    expect(interactions.length).toBeLessThanOrEqual(6);
    // The accessible layer: one focusable, named neuron per unit (12 × 64 hidden, 1 output).
    const nodes = page.locator('[data-testid="neuron"]');
    await poll(
      () => nodes.count(),
      (n) => n === 12 * 64 + 1,
      { what: 'the 12 × 64 network drawn' },
    );
    await page.locator('.bpl-nodes-on-canvas').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT });
    // The graph stays one tab stop however many units it has; arrow keys walk it in words.
    const navigator = page.getByRole('application', { name: 'Network graph' }).first();
    expect(await navigator.locator('[tabindex="0"]').count()).toBe(1);
    await page.getByTestId('graph-cursor').first().focus();
    await page.keyboard.press('ArrowDown');
    await poll(
      () => page.getByTestId('graph-cursor').first().getAttribute('aria-label'),
      (name) => /^Hidden layer 1, neuron 2 of 64/.test(name ?? ''),
      { what: 'the cursor on the second neuron of the first hidden layer, in words' },
    );
    // Trained on WebAssembly SIMD: the policy let the worker compile its kernels.
    await page.getByTestId('kernels').waitFor({ timeout: UI_TIMEOUT });

    await play(page);
    await poll(
      () => counter(page, 'epoch'),
      (e) => e >= 2,
      { what: 'two epochs of the 12 × 64 network', timeout: 120_000 },
    );
    await pause(page);
    const shot = await screenshot(page, 'largest-12x64');
    console.log(`screenshot: ${shot}`);

    // The nodes and the activation dots are painted on canvases; their SVG shapes, unpainted,
    // are still what the pointer finds: hovering a node names it, a dot is found under its paint.
    const neuron = page.locator('[data-testid="neuron"]').nth(70);
    const box = (await neuron.boundingBox())!;
    const hit = (x: number, y: number) =>
      page.evaluate(
        ([px, py]) => {
          const el = document.elementFromPoint(px, py);
          return el ? `${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('class') ?? ''}` : '';
        },
        [x, y],
      );
    expect(await hit(box.x + box.width / 2, box.y + box.height / 2)).toMatch(/^neuron /);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('.bpl-tooltip');
    await tip.waitFor({ timeout: UI_TIMEOUT });
    // The 71st unit is hidden layer 2's seventh: O₂₇, with its z and a.
    expect(await tip.textContent()).toMatch(/^O27hidden layer 2 · Tanhz.*a/);
    const dot = page.locator('.bl-lens-dots[data-panel="f"] .bl-lens-dot').first();
    await dot.scrollIntoViewIfNeeded();
    const d = (await dot.boundingBox())!;
    expect(await hit(d.x + d.width / 2, d.y + d.height / 2)).toMatch(/bl-lens-dot/);

    // One caption for all the dense layers, inside the graph, overlapping nothing.
    const notes = page.locator('.bpl-dense-note');
    expect(await notes.count()).toBe(1);
    const note = (await notes.first().boundingBox())!;
    const graph = (await page.locator('svg.bpl-graph-svg').first().boundingBox())!;
    expect(note.x).toBeGreaterThanOrEqual(graph.x);
    expect(note.x + note.width).toBeLessThanOrEqual(graph.x + graph.width);
    expect(await notes.first().textContent()).toMatch(
      /^Strongest \d+ of 4,096 edges drawn into each of hidden layers 2–12/,
    );
    expect(errors).toEqual([]);
  });
});
