// Issue 10, the keyboard and a clicker: every shortcut the `?` overlay lists is pressed here and
// its effect checked on the page (not only that a handler ran); Page Down / Page Up (what a
// presentation clicker sends) do what → / ← do; nothing fires while typing in the η field.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SHORTCUTS } from '../../src/views/app/shortcuts';
import { UI_TIMEOUT, counter, poll, waitForNetwork } from './app';
import { describeBrowser, openPage } from './browser';

/** [position, total] from the step-through's "Phase k of N", or null outside step-through. */
async function phase(page: Page): Promise<number | null> {
  const counter = page.getByText(/^Phase \d+ of \d+$/).first();
  if (!(await counter.isVisible())) return null;
  return Number(/Phase (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
}

async function press(page: Page, key: string, until: () => Promise<boolean>, what: string): Promise<void> {
  await page.keyboard.press(key);
  await poll(until, (done) => done, { what });
}

const activation = (page: Page) => page.getByLabel('Activation of all hidden layers').inputValue();
const checkedMode = (page: Page) =>
  page.locator('[role=radiogroup][aria-label="Screen mode"] [aria-checked=true]').first().textContent();

describeBrowser('keyboard shortcuts', () => {
  it('every key in the ? overlay does what it says', async () => {
    const { page, errors } = await openPage('/', { viewport: { width: 1440, height: 900 } });
    await waitForNetwork(page);
    const tested = new Set<string>();
    const done = (label: string) => tested.add(label);

    // ? lists every shortcut of the table that binds them, in a dialog; ? again closes it.
    await press(page, '?', () => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), 'the overlay');
    const rows = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row');
    expect(await rows.count()).toBe(SHORTCUTS.length);
    for (const s of SHORTCUTS) expect(await rows.filter({ hasText: s.what }).count()).toBe(1);
    await press(page, '?', async () => !(await page.getByRole('dialog').isVisible()), 'the overlay to close');
    done('?');

    // B one mini-batch, E one epoch, R back to the first weights.
    await press(page, 'b', async () => (await counter(page, 'step')) === 1, 'one step');
    done('B');
    await press(page, 'e', async () => (await counter(page, 'epoch')) === 1, 'one epoch');
    done('E');
    await press(page, 'r', async () => (await counter(page, 'step')) === 0, 'a reset');
    done('R');

    // Space plays, Space pauses.
    await press(page, ' ', () => page.getByRole('button', { name: '❚❚ Pause' }).isVisible(), 'playing');
    await poll(
      () => counter(page, 'step'),
      (s) => s > 20,
      { what: 'training to run' },
    );
    await press(page, ' ', () => page.getByRole('button', { name: '▶ Play' }).isVisible(), 'paused');
    done('Space');

    // S switches the hidden layers between sigmoid and ReLU.
    await press(page, 's', async () => (await activation(page)) === 'sigmoid', 'sigmoid');
    await press(page, 's', async () => (await activation(page)) === 'relu', 'ReLU');
    done('S');

    // C compare mode on and off; T step-through on and off.
    await press(page, 'c', async () => (await checkedMode(page)) === 'Compare', 'compare mode');
    await press(page, 'c', async () => (await checkedMode(page)) === 'Train', 'train mode');
    done('C');
    await press(page, 't', async () => (await phase(page)) === 0, 'step-through at phase 0');

    // → and Page Down one phase on, ← and Page Up one back.
    await press(page, 'ArrowRight', async () => (await phase(page)) === 1, 'phase 1');
    await press(page, 'PageDown', async () => (await phase(page)) === 2, 'phase 2 by Page Down');
    await press(page, 'PageDown', async () => (await phase(page)) === 3, 'phase 3 by Page Down');
    await press(page, 'ArrowLeft', async () => (await phase(page)) === 2, 'phase 2 by ←');
    await press(page, 'PageUp', async () => (await phase(page)) === 1, 'phase 1 by Page Up');
    done('→ or Page Down');
    done('← or Page Up');
    await press(page, 't', async () => (await checkedMode(page)) === 'Train', 'step-through off');
    done('T');

    // L lecture mode on and off; F full screen on and off.
    await press(page, 'l', () => page.locator('.lecture').isVisible(), 'lecture mode');
    await press(page, 'l', async () => !(await page.locator('.lecture').isVisible()), 'lecture mode off');
    done('L');
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await press(page, 'f', fullscreen, 'full screen');
    await press(page, 'f', async () => !(await fullscreen()), 'full screen off');
    done('F');

    expect([...tested].sort()).toEqual(SHORTCUTS.map((s) => s.label).sort());
    expect(errors).toEqual([]);
  });

  it('in a lesson, → and Page Down open its next step once done; ← and Page Up go back', async () => {
    const { page } = await openPage('/', { viewport: { width: 1440, height: 900 } });
    await waitForNetwork(page);
    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.getByRole('button', { name: /^1\. One neuron forward/ }).click();
    const step = () =>
      page
        .getByTestId('lesson-panel')
        .getByText(/^Step \d+ of \d+$/)
        .textContent();
    await poll(step, (t) => t?.startsWith('Step 1 of') ?? false, { what: 'the lesson' });
    // Step 1 asks nothing: the clicker moves on.
    await press(page, 'PageDown', async () => (await step())?.startsWith('Step 2 of') ?? false, 'step 2');
    // Step 2 asks a question: until it is answered the key moves phases, not the lesson.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(await step()).toMatch(/^Step 2 of/);
    await press(page, 'PageUp', async () => (await step())?.startsWith('Step 1 of') ?? false, 'back to step 1');
    await press(page, 'ArrowRight', async () => (await step())?.startsWith('Step 2 of') ?? false, 'step 2 by →');
    await press(page, 'ArrowLeft', async () => (await step())?.startsWith('Step 1 of') ?? false, 'step 1 by ←');
  });

  it('typing in the η field triggers none of them', async () => {
    const { page } = await openPage('/', { viewport: { width: 1440, height: 900 } });
    await waitForNetwork(page);
    const field = page.getByLabel('η (exact)');
    await field.click();
    await field.fill('');
    // Every shortcut's key, typed into the field: B E R S C T L F, Space, the arrows, Page Down.
    await field.pressSequentially('berssctlf ');
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp']) await field.press(key);
    await page.waitForTimeout(400);
    expect(await counter(page, 'step')).toBe(0);
    expect(await counter(page, 'epoch')).toBe(0);
    expect(await checkedMode(page)).toBe('Train');
    expect(await activation(page)).toBe('tanh');
    expect(await page.locator('.lecture').count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await page.getByRole('button', { name: '▶ Play' }).isVisible({ timeout: UI_TIMEOUT })).toBe(true);
    expect(await field.inputValue()).toBe('berssctlf ');
  });
});
