/**
 * Where things are in a JSON text, so a refusal can name the line: the line on which each
 * value starts, by its path ("layers.1.weights.0.2"), and the line and column of a syntax
 * error's position. Runs only on text JSON.parse has accepted (or to locate its error).
 */

/** The line (1-based) on which the value at each path starts; the root's path is "". */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const space = () => {
    while (i < text.length && /\s/.test(text[i])) if (text[i++] === '\n') line++;
  };
  const string = (): string => {
    let out = '';
    for (i++; i < text.length && text[i] !== '"'; i++) out += text[i] === '\\' ? text[++i] : text[i];
    i++;
    return out;
  };
  const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  const value = (path: string, depth: number): void => {
    space();
    lines.set(path, line);
    const c = text[i];
    if (depth > 64) return;
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      for (let n = 0; i < text.length && text[i] !== close; n++) {
        let key: string | number = n;
        if (c === '{') {
          key = string();
          space();
          i++; // the colon
        }
        value(join(path, key), depth + 1);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
      return;
    }
    if (c === '"') return void string();
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };
  value('', 0);
  return lines;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** A JSON.parse failure as "line L, column C: …" (V8 names the offset of the problem). */
export function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at) return `it is not valid JSON (${message.replace(/^JSON\.parse: /, '')})`;
  const { line, column } = lineAndColumn(text, Number(at[1]));
  return `it is not valid JSON: line ${line}, column ${column} (${message.replace(/ in JSON at position.*$/, '')})`;
}

/** A zod-style path as a person reads it: layers[1].weights[0][2]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, key) => (typeof key === 'number' ? `${s}[${key}]` : s === '' ? String(key) : `${s}.${String(key)}`),
    '',
  );
}

/** A value quoted for a message, shortened. */
export function quoteValue(v: unknown): string {
  const text = v === undefined ? 'nothing' : JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
