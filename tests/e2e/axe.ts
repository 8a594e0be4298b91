/**
 * axe-core in the real page: injected from node_modules (open the page with `bypassCSP`, the
 * app's policy forbids injected scripts) and run on the whole document.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  /** Each failing node: its selector and axe's message. */
  nodes: string[];
}

/** The violations of `rules` (all of axe's rules when omitted). */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
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
