/**
 * An inline <svg> of the page copied into a picture: the copy gets the styles the page's CSS
 * gave each element (as attributes, since the stylesheets do not travel with the file), ids
 * made unique with their references, and no classes, handlers or accessibility attributes.
 * Elements the page hides are dropped.
 */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
] as const;
const FONT = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline'] as const;
const DEFAULTS: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};
const DROP = /^(class|style|role|tabindex|focusable|aria-.*|data-.*|on.*)$/;
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function cloneSvg(svg: SVGSVGElement, x: number, y: number, nextId: () => string): string {
  const ids = new Map<string, string>();
  svg.querySelectorAll('[id]').forEach((el) => ids.set(el.id, nextId()));
  const rename = (value: string) =>
    value.replace(/url\(["']?#([^)"']+)["']?\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m));
  const write = (el: Element, inText: boolean): string => {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || el.tagName === 'foreignObject') return '';
    const tag = el.tagName;
    const text = inText || TEXT_TAGS.has(tag);
    const attrs: string[] = [];
    for (const a of el.attributes) {
      if (DROP.test(a.name) || (el === svg && /^(width|height|x|y)$/.test(a.name))) continue;
      let value = a.value;
      if (a.name === 'id') value = ids.get(value) ?? value;
      else if (a.name === 'href' || a.name === 'xlink:href')
        value = value.replace(/^#(.+)$/, (m, id: string) => (ids.has(id) ? `#${ids.get(id)}` : m));
      else value = rename(value);
      if (!PAINT.includes(a.name as (typeof PAINT)[number])) attrs.push(`${a.name}="${escapeXml(value)}"`);
    }
    const styles: string[] = [];
    for (const p of text ? [...PAINT, ...FONT] : PAINT) {
      const v = cs.getPropertyValue(p);
      if (v && DEFAULTS[p] !== v) styles.push(`${p}:${rename(v)}`);
    }
    if (styles.length) attrs.push(`style="${escapeXml(styles.join(';'))}"`);
    let body = '';
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) body += escapeXml(child.textContent ?? '');
      else if (child instanceof Element) body += write(child, text);
    }
    return `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${body}</${tag}>`;
  };
  const { width, height } = svg.getBoundingClientRect();
  const inner = write(svg, false).replace(
    /^<svg/,
    `<svg x="${x}" y="${y}" width="${width}" height="${height}" overflow="visible"`,
  );
  return inner;
}
