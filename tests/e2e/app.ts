// What the end-to-end flows share about the app itself: waiting for the first network,
// reading the header counters, bounded polling, and finding a weight's edge on the canvas.
// Waits are bounded by generous timeouts; nothing here asserts how long anything takes.
import type { Locator, Page } from 'playwright-core';

/** Generous bound for anything the UI should show "at once" (a loaded machine is slow). */
export const UI_TIMEOUT = 20_000;
/** Bound for flows that train for a while. */
export const TRAIN_TIMEOUT = 120_000;

export type CounterId = 'epoch' | 'step' | 'rate' | 'train-loss' | 'test-loss' | 'test-accuracy';

/** Waits until the worker has sent the first network: neurons drawn and counters shown. */
export async function waitForNetwork(page: Page): Promise<void> {
  await page.locator('[data-testid="neuron"]').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  // The step counter: the header's, or lecture mode's larger one.
  await page
    .locator('[data-testid="step"], [data-testid="lecture-step"]')
    .first()
    .waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  await playButton(page).waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await expectEnabled(playButton(page));
}

/** The play/pause toggle, whichever way it currently reads. */
export function playButton(page: Page): Locator {
  return page.getByRole('button', { name: /^(▶ Play|❚❚ Pause)$/ });
}

async function expectEnabled(button: Locator): Promise<void> {
  await poll(
    () => button.isEnabled(),
    (on) => on,
    { what: 'the play button to be enabled' },
  );
}

/** The counter's text, e.g. "12", "0.0312", "98.0%" or "77.0% | 96.0%" in compare mode. */
export async function counterText(page: Page, id: CounterId): Promise<string> {
  return ((await page.getByTestId(id).textContent({ timeout: UI_TIMEOUT })) ?? '').trim();
}

/** The numbers in a counter (two in compare mode: left | right); NaN for "—". */
export async function counterValues(page: Page, id: CounterId): Promise<number[]> {
  return (await counterText(page, id)).split('|').map((part) => parseNumber(part));
}

/** The first (or only) number of a counter. */
export async function counter(page: Page, id: CounterId): Promise<number> {
  return (await counterValues(page, id))[0];
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "1,234", "98.0%", "−0.5", "3.2e−4", "1.2×10⁻⁴" → number; anything else ("—", "⚠ NaN …") → NaN. */
export function parseNumber(text: string): number {
  const cleaned = text
    .replace(/[,%\s]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/×10(⁻?)([⁰-⁹¹²³]+)/, (_, minus: string, digits: string) => {
      const exp = [...digits].map((d) => SUPERSCRIPTS.indexOf(d)).join('');
      return `e${minus ? '-' : ''}${exp}`;
    });
  return cleaned === '' ? NaN : Number(cleaned);
}

export interface PollOptions {
  /** Total bound, ms. */
  timeout?: number;
  /** Pause between reads, ms. */
  interval?: number;
  /** Words for the failure message: "waiting for <what>". */
  what: string;
}

/**
 * Reads `read()` until `done(value)` holds, up to `timeout`; returns the last value. On
 * timeout it throws with the last value read, so a failure says how far the app got.
 */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, options: PollOptions): Promise<T> {
  const { timeout = UI_TIMEOUT, interval = 100, what } = options;
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
    value = await read();
  }
  return value;
}

/** Presses Play and waits until the app says it is playing. */
export async function play(page: Page): Promise<void> {
  await page.getByRole('button', { name: '▶ Play' }).click({ timeout: UI_TIMEOUT });
  await page.getByRole('button', { name: '❚❚ Pause' }).waitFor({ timeout: UI_TIMEOUT });
}

/** Presses Pause and waits until the worker has confirmed it (the button reads Play again). */
export async function pause(page: Page): Promise<void> {
  await page.getByRole('button', { name: '❚❚ Pause' }).click({ timeout: UI_TIMEOUT });
  await page.getByRole('button', { name: '▶ Play' }).waitFor({ timeout: UI_TIMEOUT });
}

/** Chooses a preset by its title from the header's "Load a preset" select. */
export async function loadPreset(page: Page, title: string): Promise<void> {
  await page.getByLabel('Load a preset').selectOption({ label: title }, { timeout: UI_TIMEOUT });
}

/** Centre of an element in page coordinates, after scrolling it into view. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded({ timeout: UI_TIMEOUT });
  const box = await locator.boundingBox({ timeout: UI_TIMEOUT });
  if (box === null) throw new Error('The element has no box (is it hidden?)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Selects the weight from input x_{input+1} into O_{1,unit+1}. Edges are painted on a
 * canvas, so the graph picks them by pointer position: hover the midpoint of the two
 * circles' centres (a point on that edge) until the edge's tooltip names it, as a person's
 * pointer would rest there, then click.
 */
export async function clickFirstLayerWeight(page: Page, input = 0, unit = 0): Promise<void> {
  const from = await centreOf(page.locator('[data-testid="input-node"]').nth(input));
  const to = await centreOf(page.locator('[data-testid="neuron"]').nth(unit));
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  await page.mouse.move(mid.x - 4, mid.y);
  await page.mouse.move(mid.x, mid.y);
  // The tooltip writes the names with subscripts: "w from x₁ to O₁₁" reads as "w from x1 to O11".
  await page
    .getByRole('tooltip')
    .filter({ hasText: `w from x${input + 1} to O1${unit + 1}` })
    .waitFor({ timeout: UI_TIMEOUT });
  await page.mouse.down();
  await page.mouse.up();
}

/** The TeX sources of the KaTeX formulas inside `scope` (KaTeX keeps them in MathML annotations). */
export async function texSources(scope: Locator): Promise<string[]> {
  return scope.locator('annotation[encoding="application/x-tex"]').allTextContents();
}
