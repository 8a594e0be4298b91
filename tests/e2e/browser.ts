// Helpers for the browser tests: the system Chromium driven by playwright-core against the
// built app that global-setup.ts serves. We never download a browser.
//
//   describeBrowser('main screen', () => {
//     it('loads', async () => {
//       const { page, errors } = await openPage('/');
//       await expect.poll(() => page.locator('h1').textContent()).toBe('Backprop Lab');
//       await screenshot(page, 'main-screen');
//       expect(errors).toEqual([]);
//     });
//   });
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import { chromiumRequiredMessage, findChromium, isCI, type ChromiumLookup } from './chromium';

export { findChromium, isCI } from './chromium';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Screenshots land here (git-ignored with the rest of test-results/). */
export const SCREENSHOT_DIR = join(root, 'test-results', 'screenshots');

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumLookup: ChromiumLookup = findChromium();
/** True when a Chromium executable was found. */
export const browserAvailable: boolean = chromiumLookup.path !== null;
/** True under CI: a missing browser fails the tests instead of skipping them. */
export const browserRequired: boolean = isCI();

let browser: Browser | null = null;
const contexts = new Set<BrowserContext>();

async function closeContexts(): Promise<void> {
  const open = [...contexts];
  contexts.clear();
  await Promise.all(open.map((context) => context.close().catch(() => {})));
}

/**
 * `describe` for browser tests. Launches one Chromium for the block (beforeAll) and closes it
 * (afterAll); pages opened in a test are closed after that test. Use one per test file so the
 * file shares one browser. Without Chromium the block is skipped (the global setup prints why
 * once), or under CI every test in it fails with the reason.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (!browserAvailable && !browserRequired) {
    describe.skip(name, fn);
    return;
  }
  describe(name, () => {
    beforeAll(async () => {
      if (chromiumLookup.path === null) throw new Error(chromiumRequiredMessage(chromiumLookup));
      const setupError = inject('e2eSetupError');
      if (setupError) throw new Error(setupError);
      browser = await chromium.launch({
        executablePath: chromiumLookup.path,
        headless: true,
        args: [...CHROMIUM_ARGS],
      });
    });
    afterEach(closeContexts);
    afterAll(async () => {
      await closeContexts();
      await browser?.close();
      browser = null;
    });
    fn();
  });
}

export interface OpenPageOptions {
  /** CSS pixels; default 1280×720. */
  viewport?: { width: number; height: number };
  /** Default 1. */
  deviceScaleFactor?: number;
  /** When `page.goto` returns; default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /**
   * Open as a first-time visitor, who is welcomed with an offer of the first lesson. Default
   * false: the flows start as a returning visitor who already answered the welcome.
   */
  firstVisit?: boolean;
  /** No network at all (the offline page from file://). */
  offline?: boolean;
  /** Runs before the app loads: `page.addInitScript(…)` to watch or wrap what the page uses. */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** Let the test inject scripts the app's Content-Security-Policy forbids (axe-core). */
  bypassCSP?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, as they happen; assert `toEqual([])`. */
  errors: string[];
}

/** The built app's address for `path` (relative to the served root). */
export function appUrl(path = '/'): string {
  const base = inject('e2eBaseUrl');
  if (!base) throw new Error('No app URL: the e2e global setup did not serve dist/ (is Chromium missing?).');
  return new URL(path, base).href;
}

/** Opens `path` of the built app (or an absolute address) in a fresh context of the file's shared browser. */
export async function openPage(path = '/', options: OpenPageOptions = {}): Promise<OpenedPage> {
  if (browser === null) throw new Error('openPage() must be called inside a describeBrowser() block.');
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    offline: options.offline ?? false,
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
  });
  contexts.add(context);
  if (!options.firstVisit) {
    await context.addInitScript(() => {
      // about:blank (a test's way to force a fresh load) has no storage to write to.
      if (location.protocol === 'about:') return;
      if (localStorage.getItem('backprop-lab:lessons') === null) {
        localStorage.setItem('backprop-lab:lessons', JSON.stringify({ welcomed: true }));
      }
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('crash', () => errors.push('crash: the page crashed'));
  await options.beforeLoad?.(page);
  // An absolute address (file://…) is opened as is; a path is one of the served build.
  await page.goto(/^[a-z]+:/.test(path) ? path : appUrl(path), { waitUntil: options.waitUntil ?? 'load' });
  return { page, context, errors };
}

/** Saves a PNG of the viewport to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const file = join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await mkdir(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
