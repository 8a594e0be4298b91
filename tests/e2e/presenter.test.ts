// Issue 10, the presenter window: two pages of one browser (a laptop and its projector). The
// presenter page (?presenter=1) drives the projected page through a whole step-through and a
// whole lesson, each phase and step showing on both; closing the presenter leaves the projected
// page working on its own.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ONE_NEURON_FORWARD } from '../../src/lessons/builtin/forward';
import { UI_TIMEOUT, poll, waitForNetwork } from './app';
import { describeBrowser, openPage, screenshot } from './browser';
import { driveLesson } from './lessonDriver';

const VIEWPORT = { width: 1280, height: 800 };

async function phaseOf(page: Page): Promise<string> {
  return ((await page.locator('.lecture-phase-count').textContent({ timeout: UI_TIMEOUT })) ?? '').trim();
}

describeBrowser('presenter window', () => {
  it('drives the projected window through a step-through and a lesson; closing it leaves that window working', async () => {
    const projected = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(projected.page);
    await projected.page.getByRole('button', { name: 'Four-neuron example' }).click();
    // The presenter opens in the same browser (as the Presenter view button opens it).
    const presenter = await projected.context.newPage();
    await presenter.setViewportSize(VIEWPORT);
    await presenter.goto(new URL('/?presenter=1', projected.page.url()).href);
    await presenter.getByText('Driving the projected window.').waitFor({ timeout: UI_TIMEOUT });
    // A presenter puts the projected window in lecture mode.
    await projected.page.locator('.lecture').waitFor({ timeout: UI_TIMEOUT });

    // The whole step-through, Next by Next from the presenter: both windows say the same phase.
    const total = Number(/of (\d+)/.exec(await phaseOf(presenter))?.[1]);
    expect(total).toBeGreaterThan(10);
    for (let k = 1; k <= total; k++) {
      await presenter.getByRole('button', { name: 'Next →' }).click();
      await poll(
        () => phaseOf(projected.page),
        (t) => t === `Phase ${k} of ${total}`,
        { what: `phase ${k} on the projector` },
      );
      await poll(
        () => phaseOf(presenter),
        (t) => t === `Phase ${k} of ${total}`,
        { what: `phase ${k} on the presenter` },
      );
      if (k === 7) {
        // The presenter shows what comes next in its speaker notes.
        expect(await presenter.getByTestId('next-phase').textContent()).toMatch(/^Next: /);
        await screenshot(presenter, 'presenter-step');
        await screenshot(projected.page, 'presenter-projected-step');
      }
    }
    await presenter.getByRole('button', { name: '← Previous' }).click();
    await poll(
      () => phaseOf(projected.page),
      (t) => t === `Phase ${total - 1} of ${total}`,
      { what: 'Previous from the presenter' },
    );

    // A whole lesson, taken from the presenter: its steps show on the projector too.
    await driveLesson(presenter, ONE_NEURON_FORWARD, async (k) => {
      const projectedStep = projected.page.getByTestId('lesson-panel').getByText(/^Step \d+ of \d+$/);
      await poll(
        () => projectedStep.textContent(),
        (t) => t === `Step ${k + 1} of ${ONE_NEURON_FORWARD.steps.length}`,
        { what: `lesson step ${k + 1} on the projector` },
      );
      // Every step has speaker notes, on the presenter only, with their numbers filled in.
      const notes = presenter.getByTestId('lesson-notes');
      expect((await notes.textContent())?.length).toBeGreaterThan(60);
      const values = await notes
        .locator('.lesson-value')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
      expect(values.every((v) => v !== null && Number.isFinite(Number(v)))).toBe(true);
      expect(await projected.page.getByTestId('lesson-notes').count()).toBe(0);
      if (k === 0) expect(await notes.textContent()).toMatch(/^Trace the signal/);
      if (k === 1) {
        expect(values.length).toBeGreaterThan(0);
        await screenshot(presenter, 'presenter-lesson-notes', { fullPage: true });
      }
    });
    await projected.page.getByTestId('lesson-panel').waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    // Closing the presenter: the projected window trains and steps on its own.
    await presenter.close();
    const before = Number(await projected.page.getByTestId('lecture-step').textContent());
    await projected.page.getByRole('button', { name: 'Step batch' }).click();
    await poll(
      async () => Number(await projected.page.getByTestId('lecture-step').textContent()),
      (s) => s === before + 1,
      { what: 'a step after the presenter closed' },
    );
    // Its own keys still work: T into step-through, → a phase on.
    await projected.page.keyboard.press('t');
    await poll(
      () => phaseOf(projected.page),
      (t) => t.startsWith('Phase 0 of'),
      { what: 'step-through by T' },
    );
    await projected.page.keyboard.press('ArrowRight');
    await poll(
      () => phaseOf(projected.page),
      (t) => t.startsWith('Phase 1 of'),
      { what: 'a phase by →' },
    );
    expect(projected.errors).toEqual([]);
  });

  it('says when the projected window is gone and carries on with the same set-up', async () => {
    const projected = await openPage('/', { viewport: VIEWPORT });
    await waitForNetwork(projected.page);
    await projected.page.getByRole('button', { name: 'Four-neuron example' }).click();
    const presenter = await projected.context.newPage();
    await presenter.goto(new URL('/?presenter=1', projected.page.url()).href);
    await presenter.getByText('Driving the projected window.').waitFor({ timeout: UI_TIMEOUT });
    await projected.page.close();
    await presenter.getByText('The projected window was closed.').waitFor({ timeout: UI_TIMEOUT });
    await presenter.getByRole('button', { name: 'Go on in this window' }).click();
    await presenter.locator('.lecture').waitFor({ timeout: UI_TIMEOUT });
    expect(await presenter.locator('.lecture-phase-count').isVisible()).toBe(true);
  });
});
