/**
 * A panel as it stands on screen, written as one SVG picture: boxes (backgrounds, borders,
 * colour ramps), text where the browser laid it out, inline SVG copied with its computed
 * styles, and canvases replayed as vector paths (kit/repaint.ts → SvgRecorder). Form
 * controls and anything marked `data-export-skip` are left out; so is text only screen
 * readers get. What the reader sees — legends included — is what the picture shows.
 */
import { repaintOf } from '../kit/repaint';
import { cloneSvg, escapeXml } from './svgClone';
import { SvgRecorder, svgColor } from './svgRecorder';

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

const SKIPPED = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'DIALOG']);
const f = (v: number) => String(Math.round(v * 100) / 100);

let pictures = 0;

export function domToSvg(root: HTMLElement): SvgPicture {
  const box = root.getBoundingClientRect();
  const out: string[] = [];
  const prefix = `p${++pictures}-`;
  let ids = 0;
  const nextId = () => `${prefix}${ids++}`;
  const background = svgColor(getComputedStyle(root).backgroundColor);
  const bg = background.opacity > 0 ? background.color : '#ffffff';
  out.push(`<rect width="100%" height="100%" fill="${bg}"/>`);

  // The picture ends below the last thing drawn (controls left out may sit at the bottom).
  let bottom = 0;
  const visit = (el: Element) => {
    if (el.hasAttribute('data-export-skip') || (SKIPPED.has(el.tagName) && el.tagName !== 'SELECT')) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
    const r = el.getBoundingClientRect();
    if (isScreenReaderOnly(cs, r)) return;
    const x = r.left - box.left;
    const y = r.top - box.top;
    if (r.width > 0 && r.height > 0) bottom = Math.max(bottom, y + r.height);
    // A menu shows its choice as plain text: what it is set to is part of the picture.
    if (el instanceof HTMLSelectElement) return void out.push(selectMarkup(el, cs, r, box));
    if (el instanceof SVGSVGElement) return void out.push(cloneSvg(el, x, y, nextId));
    if (el instanceof HTMLCanvasElement) return void out.push(canvasMarkup(el, x, y, nextId()));
    if (el instanceof HTMLElement && el !== root) out.push(boxMarkup(cs, x, y, r.width, r.height, nextId));
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(textMarkup(child as Text, cs, box));
      else if (child instanceof Element) visit(child);
    }
  };
  visit(root);
  const width = Math.ceil(box.width);
  const height = Math.ceil(Math.min(box.height, bottom + 12));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${out.join('')}</svg>`;
  return { svg, width, height };
}

/** Visually hidden text (the usual 1-px clip pattern): for screen readers, not for the picture. */
function isScreenReaderOnly(cs: CSSStyleDeclaration, r: DOMRect): boolean {
  if (r.width <= 1 && r.height <= 1 && cs.overflow === 'hidden') return true;
  return /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip) || cs.clipPath === 'inset(50%)';
}

function canvasMarkup(canvas: HTMLCanvasElement, x: number, y: number, id: string): string {
  const repaint = repaintOf(canvas);
  if (!repaint) return '';
  const recorder = new SvgRecorder(`${id}-`);
  try {
    repaint(recorder.asContext());
  } catch {
    return ''; // a painter that fails leaves its layer out rather than the whole picture
  }
  return `<g transform="translate(${f(x)},${f(y)})">${recorder.markup()}</g>`;
}

function boxMarkup(cs: CSSStyleDeclaration, x: number, y: number, w: number, h: number, nextId: () => string): string {
  if (w <= 0 || h <= 0) return '';
  const radius = parseFloat(cs.borderTopLeftRadius) || 0;
  const shape = `x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}"${radius ? ` rx="${f(radius)}"` : ''}`;
  let markup = '';
  const fill = svgColor(cs.backgroundColor);
  if (fill.opacity > 0 && fill.color !== 'transparent') {
    markup += `<rect ${shape} fill="${fill.color}"${fill.opacity < 1 ? ` fill-opacity="${fill.opacity}"` : ''}/>`;
  }
  const stops = cs.backgroundImage.startsWith('linear-gradient') ? cs.backgroundImage.match(/rgba?\([^)]*\)/g) : null;
  if (stops && stops.length > 1) {
    const id = nextId();
    const vertical = /to bottom|180deg/.test(cs.backgroundImage);
    const end = vertical ? 'x2="0" y2="1"' : 'x2="1" y2="0"';
    const stopMarkup = stops
      .map((c, k) => `<stop offset="${f(k / (stops.length - 1))}" stop-color="${svgColor(c).color}"/>`)
      .join('');
    markup += `<defs><linearGradient id="${id}" x1="0" y1="0" ${end}>${stopMarkup}</linearGradient></defs>`;
    markup += `<rect ${shape} fill="url(#${id})"/>`;
  }
  const border = parseFloat(cs.borderTopWidth) || 0;
  const stroke = svgColor(cs.borderTopColor);
  const uniform = ['Right', 'Bottom', 'Left'].every(
    (side) => cs.getPropertyValue(`border-${side.toLowerCase()}-width`) === cs.borderTopWidth,
  );
  if (border > 0 && cs.borderTopStyle !== 'none' && stroke.opacity > 0) {
    if (uniform) {
      const inset = `x="${f(x + border / 2)}" y="${f(y + border / 2)}" width="${f(w - border)}" height="${f(h - border)}"`;
      markup += `<rect ${inset}${radius ? ` rx="${f(radius)}"` : ''} fill="none" stroke="${stroke.color}" stroke-width="${f(border)}"/>`;
    } else {
      markup += `<line x1="${f(x)}" x2="${f(x + w)}" y1="${f(y + border / 2)}" y2="${f(y + border / 2)}" stroke="${stroke.color}" stroke-width="${f(border)}"/>`;
    }
  }
  return markup;
}

let measure: CanvasRenderingContext2D | null = null;

/** Distance from the top of a line box to the baseline for a font. */
function ascentOf(font: string, size: number): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return size * 0.8;
  measure.font = font;
  const m = measure.measureText('Hg');
  return m.fontBoundingBoxAscent || size * 0.8;
}

function selectMarkup(el: HTMLSelectElement, cs: CSSStyleDeclaration, r: DOMRect, box: DOMRect): string {
  const label = el.selectedOptions[0]?.textContent ?? '';
  const size = parseFloat(cs.fontSize) || 14;
  const y = r.top - box.top + r.height / 2 + size * 0.35;
  const style = `font-family:${escapeXml(cs.fontFamily)};font-size:${cs.fontSize};font-weight:600`;
  return `<text x="${f(r.left - box.left + 4)}" y="${f(y)}" fill="${svgColor(cs.color).color}" style="${style}">${escapeXml(label)}</text>`;
}

/** A text node where the browser put it: one <text> per line box, word by word when it wraps. */
function textMarkup(node: Text, cs: CSSStyleDeclaration, box: DOMRect): string {
  const data = node.data;
  if (!data.trim()) return '';
  const range = document.createRange();
  range.selectNodeContents(node);
  const lines = range.getClientRects();
  if (lines.length === 0) return '';
  const size = parseFloat(cs.fontSize) || 14;
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const ascent = ascentOf(font, size);
  const colour = svgColor(cs.color);
  const style =
    `font-family:${escapeXml(cs.fontFamily)};font-size:${cs.fontSize};font-weight:${cs.fontWeight};` +
    `font-style:${cs.fontStyle}`;
  const transform = (s: string) =>
    cs.textTransform === 'uppercase' ? s.toUpperCase() : cs.textTransform === 'lowercase' ? s.toLowerCase() : s;
  const text = (s: string, r: DOMRect) =>
    `<text x="${f(r.left - box.left)}" y="${f(r.top - box.top + ascent)}" fill="${colour.color}"` +
    `${colour.opacity < 1 ? ` fill-opacity="${colour.opacity}"` : ''} style="${style}" xml:space="preserve">` +
    `${escapeXml(transform(s))}</text>`;
  const first = data.length - data.trimStart().length;
  const last = data.trimEnd().length;
  if (lines.length === 1) {
    // Only the visible characters: leading or trailing spaces would shift or pad the text.
    range.setStart(node, first);
    range.setEnd(node, last);
    const r = range.getClientRects()[0] ?? lines[0];
    return text(data.slice(first, last).replace(/\s+/g, ' '), r);
  }
  let markup = '';
  for (const word of data.matchAll(/\S+/g)) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const r = range.getClientRects()[0];
    if (r) markup += text(word[0], r);
  }
  return markup;
}
