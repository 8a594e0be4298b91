// Issue 9 in a real browser: every built-in lesson from start to end, driven as a student
// would (each awaited action done with the controls, each question answered wrong once then
// right, the revealed numbers checked against the engine run here); lesson 1 by keyboard
// alone; a teacher's broken lesson file refused with its step named; the first-visit welcome.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BUILT_IN_LESSONS } from '../../src/lessons/builtin';
import { UI_TIMEOUT, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';
import { driveLesson } from './lessonDriver';

const VIEWPORT = { width: 1440, height: 900 };

describeBrowser('guided lessons', () => {
  for (const lesson of BUILT_IN_LESSONS) {
    it(`${lesson.title}: every step, every question (wrong, then right), to the end`, async () => {
      const { page, errors } = await openPage('/', { viewport: VIEWPORT });
      await waitForNetwork(page);
      await driveLesson(page, lesson, async (k, step) => {
        if (step.question || k === 0) await screenshot(page, `lesson-${lesson.id}-step-${k + 1}`);
      });
      expect(errors).toEqual([]);
    });
  }

  it('lesson 1 by keyboard alone', async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(page);
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    /** Tabs forward until the focused element's name matches. */
    const tabTo = async (name: RegExp) => {
      for (let k = 0; k < 120; k++) {
        await press('Tab');
        const focused = await page.evaluate(() => {
          const e = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
          if (!e) return '';
          const label = e.getAttribute('aria-label') ?? e.labels?.[0]?.textContent ?? e.textContent ?? '';
          return label.trim();
        });
        if (name.test(focused)) return;
      }
      throw new Error(`never reached ${name} with Tab`);
    };
    const typeAnswer = async (value: string) => {
      await tabTo(/^Your answer$/i);
      await page.keyboard.type(value);
      await press('Enter');
    };
    const panel = page.getByTestId('lesson-panel');
    const stepShown = (k: number) => panel.getByText(`Step ${k} of 5`).waitFor({ timeout: UI_TIMEOUT });
    const next = async () => {
      await tabTo(/^(Next step →|Finish)$/);
      await press('Enter');
    };

    await tabTo(/^Lessons$/);
    await press('Enter');
    await tabTo(/^1\. One neuron forward/);
    await press('Enter');
    await stepShown(1);
    await next();
    await stepShown(2);
    // Compute z by hand from the numbers the step shows: x₁, w, b.
    const [x, w, b] = await shownValues(page);
    await typeAnswer(String(w * x + b));
    await panel.getByText(/^Right\./).waitFor({ timeout: UI_TIMEOUT });
    await next();
    await stepShown(3);
    await press('ArrowRight');
    await poll(
      () => panel.getByTestId('lesson-await').textContent(),
      (t) => (t ?? '').startsWith('✓'),
      { what: 'phase 1' },
    );
    await next();
    await stepShown(4);
    const z = w * x + b;
    await typeAnswer(String(1 / (1 + Math.exp(-z))));
    await panel.getByText(/^Right\./).waitFor({ timeout: UI_TIMEOUT });
    await press('ArrowRight');
    await poll(
      () => panel.getByTestId('lesson-await').textContent(),
      (t) => (t ?? '').startsWith('✓'),
      { what: 'phase 2' },
    );
    await next();
    await stepShown(5);
    await next();
    await panel.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    console.log(`Lesson 1 by keyboard: ${presses} key presses`);
    expect(errors).toEqual([]);
  });

  it('a first visit is welcomed with the first lesson; a broken lesson file is refused naming the step', async () => {
    const { page, errors } = await openPage('/', { viewport: VIEWPORT, firstVisit: true });
    const welcome = page.getByRole('dialog', { name: 'Welcome to Backprop Lab' });
    await welcome.waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'lesson-welcome');
    await page.getByRole('button', { name: 'Explore freely' }).click();
    await welcome.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await page.reload();
    await waitForNetwork(page);
    expect(await page.getByRole('dialog', { name: 'Welcome to Backprop Lab' }).count()).toBe(0);

    const broken = {
      ...BUILT_IN_LESSONS[0],
      id: 'broken',
      steps: [BUILT_IN_LESSONS[0].steps[0], { text: 'See [[nonsense 1]].' }],
    };
    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.getByLabel('Load a lesson file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.textContent()).toContain(
      'broken.json is not a Backprop Lab lesson (step 2, text: unknown value placeholder [[nonsense 1]]',
    );
    expect(errors).toEqual([]);
  });
});

async function shownValues(page: Page): Promise<number[]> {
  return (
    await page
      .getByTestId('lesson-panel')
      .locator('.lesson-text .lesson-value')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))
  ).map(Number);
}
