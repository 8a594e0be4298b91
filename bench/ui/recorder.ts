/**
 * Node's side of instrument.ts: reads and clears what the recorder injected into the page
 * (window.__benchUi) has seen, and waits for the app's Play/Pause button to flip.
 */
import type { Page } from 'playwright-core';
import type { BenchRecorder } from './instrument';

/** The recorder's arrays at one moment, with the page's clock and its "Examples/s" counter. */
export type Snapshot = Omit<BenchRecorder, 'clear'> & { now: number; rate: string | null };

export async function snapshot(page: Page): Promise<Snapshot> {
  const json = await page.evaluate(`JSON.stringify({ ...window.__benchUi, now: performance.now(),
    rate: document.querySelector('[data-testid="rate"]')?.textContent ?? null })`);
  return JSON.parse(json as string) as Snapshot;
}

/** Empties the recorder (between phases, to keep its arrays small); resolves to the page's clock at that moment. */
export const clearRecorder = (page: Page) =>
  page.evaluate('(window.__benchUi.clear(), performance.now())') as Promise<number>;

export async function waitPlaying(page: Page, playing: boolean): Promise<void> {
  await page.getByRole('button', { name: playing ? /Pause/ : /Play/ }).waitFor({ state: 'visible', timeout: 10_000 });
}
