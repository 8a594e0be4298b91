// Issue 11's own data in a real browser: a CSV of points with two bad lines is refused
// with both line numbers (and its good lines can be taken); points added by clicks on
// the output map, removed by a right-click and brought back by Ctrl+Z, reach the worker
// and train: the network separates them; the points export back as the same CSV.
// Issue 15: a CSV of three classes raises K (softmax) when the student agrees; points of
// three classes clicked on the map train to three regions of the map.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { TRAIN_TIMEOUT, UI_TIMEOUT, counter, pause, play, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';
import { chooseFile, download } from './exports';

const CSV = ['x1,x2,label', '-4,1,1', '-3,abc,1', '4,-1,0', '3.5,2,0', '1,2,5', '-3.5,-2,1', ''].join('\n');

/** Page position of the map point (x1, x2): the plot frame spans −6 … 6 both ways. */
async function mapPoint(page: Page, x1: number, x2: number): Promise<{ x: number; y: number }> {
  const frame = page.locator('.bl-output-map svg rect.bl-plot-frame').first();
  const box = (await frame.boundingBox())!;
  return { x: box.x + ((x1 + 6) / 12) * box.width, y: box.y + ((6 - x2) / 12) * box.height };
}

async function ownCount(page: Page): Promise<number> {
  const text = (await page.getByLabel('Dataset').locator('option:checked').textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
}

describeBrowser('the student’s own points', () => {
  it('reports both bad lines of a CSV, then trains on points added by clicks', async () => {
    const { page, errors } = await openPage('/', { viewport: { width: 1600, height: 1000 } });
    await waitForNetwork(page);
    await chooseFile(page.getByLabel('Import points from a CSV file'), 'points.csv', CSV, 'text/csv');
    const report = page.getByRole('alert').filter({ hasText: 'points.csv was not loaded' });
    await report.waitFor({ timeout: UI_TIMEOUT });
    const lines = await report.locator('li').allTextContents();
    expect(lines).toEqual([
      'points.csv was not loaded:',
      'Line 3: x2 is "abc", not a number.',
      'Line 6: label is 5; a label is a class index, a whole number from 0 to 4.',
    ]);
    expect(await page.getByLabel('Dataset').inputValue()).toBe('circle');
    await screenshot(page, 'own-points-csv-refused');
    await report.getByRole('button', { name: 'Use the 4 good points' }).click();
    await poll(
      () => ownCount(page),
      (n) => n === 4,
      { what: 'the four good points as the data' },
    );

    await page.getByRole('button', { name: '✎ Edit points' }).click();
    for (const [x1, x2, label] of [
      [-4, 4, 1],
      [-2, 3, 1],
      [-5, -1, 1],
      [-2.5, -4, 1],
      [-1.5, 0.5, 1],
      [-4.5, -3.5, 1],
      [4, 4, 0],
      [2, 3, 0],
      [5, -1, 0],
      [2.5, -4, 0],
      [1.5, 0.5, 0],
      [4.5, -3.5, 0],
    ]) {
      await page.getByRole('button', { name: `Class ${label === 1 ? '1' : '−1'}` }).click();
      const at = await mapPoint(page, x1, x2);
      await page.mouse.click(at.x, at.y);
    }
    await poll(
      () => ownCount(page),
      (n) => n === 16,
      { what: '16 points after 12 clicks' },
    );

    // Right-click removes a point, Ctrl+Z brings it back.
    const last = await mapPoint(page, 4.5, -3.5);
    await page.mouse.click(last.x, last.y, { button: 'right' });
    await poll(
      () => ownCount(page),
      (n) => n === 15,
      { what: 'a point removed by right-click' },
    );
    await page.keyboard.press('Control+z');
    await poll(
      () => ownCount(page),
      (n) => n === 16,
      { what: 'the point back after Ctrl+Z' },
    );

    const exported = await download(page, page.getByRole('button', { name: 'Export CSV' }));
    const rows = exported.text.trim().split('\n');
    expect(rows[0]).toBe('x1,x2,label');
    expect(rows).toHaveLength(17);
    expect(rows).toContain('-4,1,1');
    // Clicked points land where they were clicked (to the map's resolution) with their class.
    const clicked = rows.slice(5).map((r) => r.split(',').map(Number));
    expect(clicked[0][0]).toBeCloseTo(-4, 0);
    expect(clicked[0][1]).toBeCloseTo(4, 0);
    expect(clicked.filter((r) => r[2] === 1)).toHaveLength(6);

    await page.getByLabel('Speed').selectOption('300');
    await play(page);
    const accuracy = await poll(
      () => counter(page, 'test-accuracy'),
      (a) => a === 100,
      {
        timeout: TRAIN_TIMEOUT,
        what: 'the own points separated',
      },
    );
    expect(accuracy).toBe(100);
    await screenshot(page, 'own-points-trained');
    expect(errors).toEqual([]);
  });

  it('takes a CSV of three classes, then trains points of three classes clicked on the map to three regions', async () => {
    const { page, errors } = await openPage('/', { viewport: { width: 1600, height: 1000 } });
    await waitForNetwork(page);
    const three = 'x1,x2,label\n-4,-3,0\n4,-3,1\n0,4,2\n';
    await chooseFile(page.getByLabel('Import points from a CSV file'), 'three.csv', three, 'text/csv');
    const offer = page.getByRole('alert').filter({ hasText: 'three.csv has points in 3 classes' });
    await offer.waitFor({ timeout: UI_TIMEOUT });
    expect(await offer.locator('li').allTextContents()).toEqual([
      'three.csv has points in 3 classes (labels 0 to 2); the set-up has 2.',
    ]);
    await offer.getByRole('button', { name: 'Use 3 classes (softmax output) and the 3 points' }).click();
    await poll(
      () => ownCount(page),
      (n) => n === 3,
      { what: 'the three points as the data' },
    );
    expect(await page.getByLabel('Classes').inputValue()).toBe('3');
    expect(await page.locator('#act-out').inputValue()).toBe('softmax');

    await page.getByRole('button', { name: '✎ Edit points' }).click();
    const picker = page.getByRole('group', { name: 'Class a click adds' });
    expect(await picker.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')))).toEqual([
      'Class 1',
      'Class 2',
      'Class 3',
    ]);
    const centres = [
      [-4, -3],
      [4, -3],
      [0, 4],
    ];
    const offsets = [
      [-1, 0],
      [1, 0],
      [0, -1],
      [0, 1],
      [-1, 1],
      [1, -1],
      [1, 1],
    ];
    for (const [c, [cx, cy]] of centres.entries()) {
      await picker.getByRole('button', { name: `Class ${c + 1}` }).click();
      for (const [dx, dy] of offsets) {
        const at = await mapPoint(page, cx + dx, cy + dy);
        await page.mouse.click(at.x, at.y);
      }
    }
    await poll(
      () => ownCount(page),
      (n) => n === 3 + 3 * offsets.length,
      { what: 'the clicked points of three classes' },
    );
    const exported = await download(page, page.getByRole('button', { name: 'Export CSV' }));
    const labels = exported.text
      .trim()
      .split('\n')
      .slice(2)
      .map((r) => Number(r.split(',')[2]));
    expect([0, 1, 2].map((c) => labels.filter((l) => l === c).length)).toEqual([8, 8, 8]);
    expect(exported.text.startsWith('# classes: 3\nx1,x2,label\n')).toBe(true);

    await page.getByLabel('Speed').selectOption('300');
    await play(page);
    await poll(
      () => counter(page, 'test-accuracy'),
      (a) => a === 100,
      { timeout: TRAIN_TIMEOUT, what: 'the three classes separated' },
    );
    await pause(page);
    const map = page.getByRole('figure', { name: 'Model output' });
    expect(await map.getByRole('img').getAttribute('aria-label')).toMatch(/^Winning class of 3 at each point/);
    expect(await map.getByTestId('class-key').allTextContents()).toEqual(['class 1', 'class 2', 'class 3']);
    // Each cluster's centre lies in a region of its class's tint: red, blue, green.
    const frame = (await map.locator('rect.bl-plot-frame').boundingBox())!;
    const hues = await map
      .locator('canvas')
      .first()
      .evaluate(
        (c: HTMLCanvasElement, { spots, frame }) => {
          const box = c.getBoundingClientRect();
          const ctx = c.getContext('2d')!;
          return spots.map(([x1, x2]) => {
            const px = ((frame.x - box.x + ((x1 + 6) / 12) * frame.width) * c.width) / box.width;
            const py = ((frame.y - box.y + ((6 - x2) / 12) * frame.height) * c.height) / box.height;
            const [r, g, b] = ctx.getImageData(Math.round(px), Math.round(py), 1, 1).data;
            return r > g && r > b ? 'red' : b > r && b > g ? 'blue' : g > r && g > b ? 'green' : 'grey';
          });
        },
        { spots: centres, frame },
      );
    expect(hues).toEqual(['red', 'blue', 'green']);
    await page.waitForTimeout(300);
    await screenshot(page, 'own-points-three-classes');
    expect(errors).toEqual([]);
  });
});
