/**
 * A refused input in the reader's words: which field is wrong, what it must be, and what
 * it is. One clause ("the number of neurons in hidden layer 2 must be a whole number from
 * 1 to 64 (it is 65)"), which the caller puts in a sentence naming the input ("This link
 * could not be opened: …"). Values are quoted as plain, shortened text.
 */
import { FIELDS, type FieldWords } from './schemaFields';
import type { z } from './schemaZod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Marks a refinement's message as a whole clause in the reader's words, to be shown as it is. */
export function clause(message: string, path?: (string | number)[]) {
  return { message, params: { clause: true }, ...(path ? { path } : {}) };
}

type Issue = z.core.$ZodIssue;

/** The clause for the first problem zod found in `input`. */
export function describeProblem(issues: readonly Issue[], input: unknown): string {
  const issue = issues[0];
  if (!issue) return 'it is not valid';
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  // Our own cross-field rules already speak in whole clauses (see `clause`).
  if (issue.code === 'custom' && (issue.params as { clause?: unknown } | undefined)?.clause) return issue.message;
  const { name, rule } = wordsFor(path, input);
  const value = valueAt(input, path);
  if (value === undefined) return `${name} is missing`;
  if (issue.code === 'unrecognized_keys') return `${name} has settings Backprop Lab does not know`;
  return `${name} must be ${rule} (${describeValue(value)})`;
}

/** The field's words, or those of its nearest ancestor that has some. */
export function wordsFor(path: readonly (string | number)[], input: unknown): FieldWords {
  for (let end = path.length; end >= 0; end--) {
    const part = path.slice(0, end);
    const key = part.map((p) => (typeof p === 'number' ? '#' : p)).join('.');
    const words = FIELDS[key];
    if (words) {
      const found = words(
        part.filter((p): p is number => typeof p === 'number'),
        input,
      );
      if (end === path.length) return found;
      return { name: `${found.name} (its part “${shorten(path.slice(end).join('.'))}”)`, rule: 'valid' };
    }
  }
  return { name: `the setting “${shorten(path.join('.'))}”`, rule: 'valid' };
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let v = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** "it is 65", "it is “swish”", "it has 10,000" — never more than a few words. */
export function describeValue(v: unknown): string {
  if (v === null) return 'it is empty';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'it is not a number';
    if (!Number.isFinite(v)) return 'it is infinite';
    return `it is ${Math.abs(v) >= 1e9 || (v !== 0 && Math.abs(v) < 1e-6) ? v.toExponential(2) : String(v)}`;
  }
  if (typeof v === 'string') return v === '' ? 'it is blank' : `it is “${shorten(v)}”`;
  if (typeof v === 'boolean') return `it is ${v}`;
  if (Array.isArray(v)) return `it has ${v.length.toLocaleString('en')}`;
  if (ArrayBuffer.isView(v)) return `it is ${(v as unknown as { length?: number }).length ?? 'some'} packed numbers`;
  if (typeof v === 'object') return 'it is a group of settings';
  return `it is a ${typeof v}`;
}

/** Printable, at most 24 characters: a quoted value never floods or breaks the message. */
export function shorten(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return clean.length > 24 ? `${clean.slice(0, 23)}…` : clean;
}

/** "the learning rate …" → "The learning rate …". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
