/**
 * The [[value]] placeholders of a lesson's text — [[x 0]], [[w 0 0 0]] (layer, to, from),
 * [[b 0 0]], [[z 0 0]], [[a 1 0]], [[delta 2 0]], [[df 0 0]], [[grad 0 0 0]], [[w-new 0 0 0]],
 * [[bias-grad 0 0]], [[y]], [[yhat]], [[loss]], [[lr]] — each naming an engine value.
 */
import type { ValueRef } from '../../lessons/types';

export const PLACEHOLDER = /\[\[([^\]]+)\]\]/g;

/** "[[w 0 1 2]]" → the value it names, or null for an unknown or malformed placeholder. */
export function placeholderRef(body: string): ValueRef | null {
  const [name, ...rest] = body.trim().split(/\s+/);
  const n = rest.map(Number);
  if (!n.every((v) => Number.isInteger(v) && v >= 0)) return null;
  switch (name) {
    case 'x':
      return n.length === 1 ? { quantity: 'x', unit: n[0] } : null;
    case 'y':
    case 'yhat':
      return n.length <= 1 ? { quantity: name, unit: n[0] ?? 0 } : null;
    case 'z':
    case 'a':
    case 'delta':
    case 'df':
    case 'b':
    case 'bias-grad':
      return n.length === 2 ? { quantity: name, layer: n[0], unit: n[1] } : null;
    case 'w':
    case 'grad':
    case 'w-new':
      return n.length === 3 ? { quantity: name, layer: n[0], to: n[1], from: n[2] } : null;
    case 'loss':
    case 'lr':
      return n.length === 0 ? { quantity: name } : null;
    default:
      return null;
  }
}

/** The placeholders of a text that name nothing, for the schema's message. */
export function badPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].filter((m) => placeholderRef(m[1]) === null).map((m) => m[0]);
}
