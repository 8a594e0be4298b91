// A strict Content-Security-Policy (csp.ts): the built index.html carries it as a meta tag,
// the preview server sends it as a header (the worker runs under it too), KaTeX's fonts are
// files, no script in the bundle evaluates code from strings — and the built app, driven
// through training, step-through (formulas, fonts), compare mode, a shared link and a
// reload, reports no `securitypolicyviolation`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, CSP_DIRECTIVES } from '../../csp';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { setupLink } from '../../src/store/linkCodec';
import { UI_TIMEOUT, counter, play, poll, waitForNetwork } from './app';
import { appUrl, describeBrowser, openPage, screenshot } from './browser';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist');
const assets = () => readdirSync(join(dist, 'assets'));
const built = existsSync(join(dist, 'index.html'));

describe.skipIf(!built)('the built bundle', () => {
  const html = built ? readFileSync(join(dist, 'index.html'), 'utf8') : '';
  const scripts = () => assets().filter((f) => f.endsWith('.js'));

  it('index.html carries the policy in a meta tag, before anything it governs, and has no inline script', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1].replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY);
    for (const [name, value] of Object.entries(CSP_DIRECTIVES))
      expect(meta?.[1].replace(/&#39;/g, "'")).toContain(`${name} ${value}`);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.search(/<script|<link rel="stylesheet"/),
    );
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
  });

  it('no script evaluates code from a string (eval, new Function, string timers)', () => {
    // zod keeps its (jitless-guarded) compiler as `new F(…)` with F = Function; the browser test
    // below proves it never runs, since the policy would report it.
    for (const file of scripts()) {
      const js = readFileSync(join(dist, 'assets', file), 'utf8');
      expect(js, file).not.toMatch(/\beval\(/);
      expect(js, file).not.toMatch(/new Function\s*\(/);
      expect(js, file).not.toMatch(/set(Timeout|Interval)\(\s*["'`]/);
    }
  });

  it("serves KaTeX's fonts as files, never as data: URIs", () => {
    const fonts = assets().filter((f) => /^KaTeX_.*\.woff2$/.test(f));
    expect(fonts.length).toBeGreaterThanOrEqual(10);
    for (const css of assets().filter((f) => f.endsWith('.css'))) {
      expect(readFileSync(join(dist, 'assets', css), 'utf8')).not.toMatch(/url\(\s*["']?data:/);
    }
  });
});

/** Collects every CSP violation the page (document) reports, from before the app's first script. */
async function watchViolations(page: Page): Promise<unknown> {
  return page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      );
    });
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describeBrowser('the built app under its Content-Security-Policy', () => {
  it('trains, steps through with formulas, compares, opens a link and reloads with no violation', async () => {
    const { page, errors } = await openPage('/', { beforeLoad: watchViolations });
    const response = await page.request.get(appUrl('/'));
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    await waitForNetwork(page);

    // Training: the worker runs (under the header's policy) and the charts draw.
    await page.getByLabel('Speed').selectOption('300');
    await play(page);
    await poll(
      () => counter(page, 'step'),
      (s) => s > 50,
      { what: 'training under the policy' },
    );
    await page.getByRole('button', { name: '❚❚ Pause' }).click();

    // Step-through: KaTeX formulas, with their fonts loaded from files.
    await page.getByRole('radio', { name: 'Step through' }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.locator('.katex').first().waitFor({ timeout: UI_TIMEOUT });
    await poll(
      () => page.evaluate(() => document.fonts.check('16px KaTeX_Main')),
      (ok) => ok,
      { what: "KaTeX's font to load" },
    );
    await screenshot(page, 'csp-step-through');

    // Compare mode, then a shared link (read through the schema) and a reload (the stored set-up).
    await page.getByRole('radio', { name: 'Compare' }).click();
    await page
      .getByRole('region', { name: /^Network 2/ })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    const seen = await violations(page);
    // Each document has its own listener: read it before leaving.
    const link = setupLink({ ...DEFAULT_CONFIG, seed: 7 });
    // A fresh load (a hash change alone would not reload the page).
    await page.goto('about:blank');
    await page.goto(appUrl(`/#${link}`));
    await waitForNetwork(page);
    expect(await page.getByLabel('Seed').inputValue()).toBe('7');
    seen.push(...(await violations(page)));
    await page.reload();
    await waitForNetwork(page);
    seen.push(...(await violations(page)));

    expect(seen).toEqual([]);
    expect(errors).toEqual([]);
  });
});
