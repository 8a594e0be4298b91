/**
 * Hostile variations of good inputs for the fuzz suite, all from a seeded Rng: a value at
 * a random place swapped for something wrong (wrong types, huge numbers, NaN, negative
 * sizes, 10,000 layers, deep nesting, long strings, script in text), text cut short or
 * garbled, link prefixes damaged the ways mail programs damage them.
 */
import type { Rng } from '../../src/engine';
import { pick } from './linkStates';

/** Deeply nested arrays, as text (building them as values would itself recurse). */
export const deepJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

const SCRIPT = '<script>alert("x")</script>';

/** Replacement values that are wrong almost anywhere. */
export function hostileValue(rng: Rng): unknown {
  switch (rng.int(22)) {
    case 0:
      return null;
    case 1:
      return pick(rng, [true, false]);
    case 2:
      return pick(rng, ['NaN', 'Infinity', '-Infinity', '1e999']);
    case 3:
      return -1 - rng.int(1000);
    case 4:
      return pick(rng, [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1e21]);
    case 5:
      return pick(rng, [0, -0, 0.5, 2.5, 1e-320]);
    case 6:
      return '';
    case 7:
      return 'x'.repeat(1 + rng.int(20_000));
    case 8:
      return SCRIPT;
    case 9:
      return `<img src=x onerror=alert(1)>${rng.int(10)}`;
    case 10:
      return [];
    case 11:
      return {};
    case 12:
      return Array.from({ length: 10_000 }, () => ({ units: 4, activation: 'tanh' }));
    case 13:
      return JSON.parse(deepJson(5 + rng.int(40))) as unknown;
    case 14:
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') as unknown;
    case 15:
      return [1, 'two', null, {}];
    case 16:
      return 'sigmoid ';
    case 17:
      return pick(rng, ['\u0000\u0007', '\u202e RTL', '😀'.repeat(50), '%3D%3D', '#s=']);
    case 18:
      return rng.next() * 1e6 - 5e5;
    case 19:
      return { kind: SCRIPT, units: -5, value: NaN };
    case 20:
      return Array.from({ length: 1 + rng.int(70) }, () => rng.next());
    default:
      return undefined; // the field is removed
  }
}

/** Every [parent, key] place inside a JSON-like value. */
function places(value: unknown, out: [Record<string, unknown>, string][] = [], depth = 0): typeof out {
  if (!value || typeof value !== 'object' || depth > 12 || ArrayBuffer.isView(value)) return out;
  for (const key of Object.keys(value)) {
    out.push([value as Record<string, unknown>, key]);
    places((value as Record<string, unknown>)[key], out, depth + 1);
  }
  return out;
}

/** A copy with 1–3 of its original places swapped for hostile values (or removed). */
export function mutateValue<T>(value: T, rng: Rng, hostile: (rng: Rng) => unknown = hostileValue): unknown {
  const copy = structuredClone(value) as unknown;
  const all = places(copy);
  if (all.length === 0 || rng.next() < 0.03) return hostile(rng);
  const times = 1 + rng.int(3);
  for (let k = 0; k < times; k++) {
    const [parent, key] = pick(rng, all);
    const v = hostile(rng);
    if (v === undefined) delete parent[key];
    else parent[key] = v;
  }
  return copy;
}

/** Text cut short, garbled, padded or swapped for junk. */
export function mutateText(text: string, rng: Rng): string {
  const at = rng.int(text.length + 1);
  switch (rng.int(8)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + String.fromCharCode(32 + rng.int(95)) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + rng.int(20));
    case 3:
      return text.slice(0, at) + pick(rng, ['%', '"', '\\', '\n', '{', '}', '==', '\u0000']) + text.slice(at);
    case 4:
      return text.replace(/\d/, () => String(rng.int(10)));
    case 5:
      return text + text.slice(0, at);
    case 6:
      return Array.from({ length: rng.int(200) }, () => String.fromCharCode(rng.int(0x3000))).join('');
    default:
      return text.toUpperCase();
  }
}

/** The ways a link's beginning gets damaged on its way to another tab. */
export function damagePrefix(hash: string, rng: Rng): string {
  const [tag, ...rest] = hash.split('=');
  const payload = rest.join('=');
  switch (rng.int(8)) {
    case 0:
      return `#${tag.toUpperCase()}=${payload}`;
    case 1:
      return `#${tag}%3D${payload}`;
    case 2:
      return `##${tag}=${payload}`;
    case 3:
      return ` #${tag}=${payload}`;
    case 4:
      return `#${tag}=${payload.slice(0, 30)}\n${payload.slice(30)}`;
    case 5:
      return `#${pick(rng, ['x', 'z', 's9', 'z0', 'q2', 'S', ''])}=${payload}`;
    case 6:
      return `#${tag}=%${payload}`;
    default:
      return `#${tag} = ${payload}`;
  }
}
