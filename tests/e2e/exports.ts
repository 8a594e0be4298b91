// What the export and own-data flows share: opening the Export & import panel, saving a
// download and reading it back, the pixel size of a PNG, and counting a PDF's pages.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from './app';
import { SCREENSHOT_DIR } from './browser';

/** Opens the Export & import panel from the keyboard, as a keyboard user would. */
export async function openExportPanel(page: Page): Promise<Locator> {
  const button = page.getByRole('button', { name: 'Export & import' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  const panel = page.getByRole('dialog', { name: 'Export and import' });
  await panel.waitFor({ timeout: UI_TIMEOUT });
  return panel;
}

export interface Saved {
  name: string;
  path: string;
  bytes: Buffer;
  text: string;
}

/** Clicks `trigger` and saves the download it starts to test-results/screenshots/exports/. */
export async function download(page: Page, trigger: Locator, prefix = ''): Promise<Saved> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT }), trigger.click()]);
  const name = d.suggestedFilename();
  const path = join(SCREENSHOT_DIR, 'exports', `${prefix}${name}`);
  await d.saveAs(path);
  const bytes = await readFile(path);
  return { name, path, bytes, text: bytes.toString('utf8') };
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pages of a PDF that Chromium printed (each page object says /Type /Page). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Chooses a file for a hidden file input, as the system file dialog would. */
export async function chooseFile(input: Locator, name: string, content: string, mimeType: string): Promise<void> {
  await input.setInputFiles({ name, mimeType, buffer: Buffer.from(content, 'utf8') });
}
