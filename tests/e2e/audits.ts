// Accessibility audits run inside the page beyond axe-core (tests/e2e/axe.ts): the checks axe
// cannot make on this app — text contrast over SVG fills and canvases, the
// smallest text, the size of touch targets and page-level horizontal scroll.
import type { Page } from 'playwright-core';

export interface TextProblem {
  text: string;
  /** px */
  size: number;
  /** Contrast against what lies under it. */
  ratio: number;
  where: string;
}

/**
 * Every visible piece of text on the page: its rendered size, and its contrast against what
 * is under it — the nearest opaque background, or for text inside a graph node, the node's
 * fill — with the opacity of its ancestors applied. Returns the texts under `minSize` px or
 * `minRatio`:1 (4.5 for text, per WCAG AA).
 */
export async function auditText(page: Page, minSize = 12, minRatio = 4.5): Promise<TextProblem[]> {
  return page.evaluate(
    ({ minSize, minRatio }) => {
      const parse = (c: string): [number, number, number, number] | null => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) return null;
        const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean);
        return [Number(r), Number(g), Number(b), Number(a)];
      };
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const over = (top: number[], alpha: number, under: number[]) =>
        top.map((v, k) => v * alpha + under[k] * (1 - alpha));
      const background = (el: Element): number[] => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          // A name inside a graph node sits on the node's fill.
          const circle = e.parentElement?.querySelector(':scope > circle.bpl-node');
          if (e.tagName.toLowerCase() === 'text' && circle) {
            const fill = parse(getComputedStyle(circle).fill);
            // A faded node (out of the step-through's focus) shows its fill over the white panel.
            if (fill) return over(fill.slice(0, 3), Number(getComputedStyle(circle).opacity), [255, 255, 255]);
          }
          const bg = parse(getComputedStyle(e).backgroundColor);
          if (bg && bg[3] > 0.5) return bg.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const problems: { text: string; size: number; ratio: number; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').replace(/\u200b|\u200c|\u200d|\ufeff/g, '').trim();
        const el = n.parentElement;
        // Disabled controls are exempt (WCAG 1.4.3), as is text only a screen reader gets.
        // KaTeX's MathML copy is for screen readers only (clipped to nothing on screen).
        if (
          !text ||
          !el ||
          el.closest('.visually-hidden, .katex-mathml, script, style, title, :disabled, [aria-disabled="true"]')
        )
          continue;
        const box = el.getBoundingClientRect();
        if (
          box.width === 0 ||
          box.height === 0 ||
          !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
        )
          continue;
        const style = getComputedStyle(el);
        const size = parseFloat(style.fontSize);
        const colour = parse(el instanceof SVGElement ? style.fill : style.color);
        if (!colour) continue;
        let opacity = colour[3];
        for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        const bg = background(el);
        const fg = over(colour.slice(0, 3), opacity, bg);
        const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi + 0.05) / (lo + 0.05);
        // Text drawn with a halo (paint-order: stroke) sits on its halo.
        const halo = el instanceof SVGElement && style.paintOrder.startsWith('stroke') && parse(style.stroke);
        const haloRatio = halo
          ? (() => {
              const [h2, l2] = [lum(fg), lum(halo.slice(0, 3))].sort((a, b) => b - a);
              return (h2 + 0.05) / (l2 + 0.05);
            })()
          : 0;
        const best = Math.max(ratio, haloRatio);
        if (size < minSize - 0.01 || best < minRatio) {
          const where = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
          problems.push({
            text: text.slice(0, 40),
            size: Math.round(size * 10) / 10,
            ratio: Math.round(best * 100) / 100,
            where,
          });
        }
      }
      return problems;
    },
    { minSize, minRatio },
  );
}

export interface SmallTarget {
  name: string;
  width: number;
  height: number;
}

/**
 * Interactive elements on screen smaller than `min`×`min` px (a control inside a label counts
 * the label, a segmented radio its visible pill). Inline glossary terms inside a sentence are
 * exempt, as WCAG 2.5.5 exempts inline targets.
 */
export async function smallTargets(page: Page, min = 44): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="radio"], [tabindex]:not([tabindex="-1"]), circle.bpl-hit';
    const out: { name: string; width: number; height: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.term, .skip-links, [data-testid="graph-cursor"], .bpl-nav') || el.matches('.term')) continue;
      if ((el as HTMLButtonElement).disabled || el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      const target = el.closest('label') ?? (el.matches('.bpl-seg input') ? el.parentElement! : el);
      const box = target.getBoundingClientRect();
      const onScreen = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      if (!onScreen || box.width === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
        out.push({
          name: `${el.tagName.toLowerCase()} ${name.slice(0, 40)}`,
          width: Math.round(box.width),
          height: Math.round(box.height),
        });
      }
    }
    return out;
  }, min);
}

/** How far the page scrolls sideways (0: it does not). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}
