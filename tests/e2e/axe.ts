/**
 * axe-core in the real page. Its own source is evaluated through the devtools protocol, which
 * the page's Content-Security-Policy does not govern, so the policy stays as strict as it
 * ships (no `bypassCSP` needed). `runAxe` runs every default rule and keeps the "needs review"
 * list; `axeViolations` runs chosen rules and reports each failing node with axe's message.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
export const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

export interface AxeFinding {
  id: string;
  impact: Impact;
  /** CSS selectors of (up to five of) the elements it was found on. */
  targets: string[];
  help: string;
}

export interface AxeReport {
  violations: AxeFinding[];
  /** "Needs review": axe could not decide (e.g. text over an image). */
  incomplete: AxeFinding[];
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  /** Each failing node: its selector and axe's message. */
  nodes: string[];
}

async function inject(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** Runs axe-core on the whole page (every rule axe enables by default). */
export async function runAxe(page: Page): Promise<AxeReport> {
  await inject(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<Record<string, unknown[]>> } }).axe;
    const result = await axe.run(document);
    type Raw = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
    const simplify = (list: unknown[]) =>
      (list as Raw[]).map((r) => ({
        id: r.id,
        impact: r.impact,
        help: r.help,
        targets: r.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    return { violations: simplify(result.violations), incomplete: simplify(result.incomplete) } as AxeReport;
  });
}

/** Counts by impact: { critical: 0, serious: 1, … }. */
export function countByImpact(findings: readonly AxeFinding[]): Record<Impact, number> {
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const f of findings) counts[f.impact] += 1;
  return counts;
}

/** The violations of `rules` (all of axe's rules when omitted). */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  await inject(page);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        nodes: { target: string[]; any: { message: string }[]; all: { message: string }[] }[];
      }[];
    }
    const result = await axe.run(document, only ? { runOnly: only } : {});
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${[...n.any, ...n.all].map((c) => c.message).join(' ')}`),
    }));
  }, rules ?? null);
}
