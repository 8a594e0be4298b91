/**
 * What a projector shows, measured in the page: the rendered font size of every visible text
 * node (its element's computed size, in CSS px), and the stroke widths the graph's edge canvas
 * drew. A text node counts when it has a box of its own inside the viewport and nothing hides
 * it (display, visibility, opacity, `hidden`, a zero-size clip).
 */
import type { Page } from 'playwright-core';

export interface TextSize {
  px: number;
  text: string;
  /** The element's tag and class, to find it. */
  where: string;
}

/** Every visible text node's size, smallest first. */
export async function visibleTextSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const out: { px: number; text: string; where: string }[] = [];
    const shown = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
        if (e.getAttribute('aria-hidden') === 'true' && e.classList.contains('katex-mathml')) return false;
      }
      return true;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('script, style, title, desc, .katex-mathml, option')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter(
        (r) =>
          r.width > 0.5 && r.height > 0.5 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      );
      if (rects.length === 0 || !shown(el)) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      const where = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      out.push({ px, text: text.slice(0, 40), where });
    }
    return out.sort((a, b) => a.px - b.px);
  });
}

/** Records every lineWidth the page's canvases stroke with (install before the app loads). */
export async function recordStrokes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const widths: number[] = [];
    (window as unknown as { __strokes: number[] }).__strokes = widths;
    const proto = CanvasRenderingContext2D.prototype;
    const stroke = proto.stroke as (this: CanvasRenderingContext2D, ...args: unknown[]) => void;
    proto.stroke = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      if (this.canvas.classList.contains('bpl-graph-edges') && this.globalAlpha > 0) widths.push(this.lineWidth);
      stroke.apply(this, args);
    } as typeof proto.stroke;
  });
}

/** The thinnest stroke the graph's edge canvas drew since `recordStrokes` (then forgets them). */
export async function thinnestStroke(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = (window as unknown as { __strokes: number[] }).__strokes;
    const min = w.length ? Math.min(...w) : NaN;
    w.length = 0;
    return min;
  });
}
