/**
 * Where things are in a JSON text, so a refusal can name the line: the line on which each
 * value starts, by its path ("layers.1.weights.0.2"), and the line and column of a syntax
 * error (browsers do not all say where JSON.parse stopped).
 */

class JsonSyntax extends Error {
  constructor(readonly offset: number) {
    super(`unexpected text at ${offset}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/**
 * A strict JSON scan that records the line (1-based) on which the value at each path
 * starts (the root's path is ""), or throws JsonSyntax at the first character that is not JSON.
 */
function scan(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const fail = () => {
    throw new JsonSyntax(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) if (text[i++] === '\n') line++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail());
  const string = (): string => {
    expect('"');
    let out = '';
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i]) || i >= text.length) fail();
      }
      out += text[i++];
    }
    i++;
    return out;
  };
  const token = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(text) ? (i = re.lastIndex) : fail();
  };
  const value = (path: string): void => {
    space();
    lines.set(path, line);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (let n = 0; ; n++) {
        let key = String(n);
        if (c === '{') {
          space();
          key = string();
          space();
          expect(':');
        }
        value(path === '' ? key : `${path}.${key}`);
        space();
        if (text[i] !== ',') break;
        i++;
      }
      return void expect(close);
    }
    if (c === '"') return void string();
    token(c === 't' || c === 'f' || c === 'n' ? LITERAL : NUMBER);
  };
  value('');
  space();
  if (i < text.length) fail();
  return lines;
}

/** The line on which the value at each path ("layers.1.weights.0.2") starts, in text JSON.parse accepts. */
export function jsonValueLines(text: string): Map<string, number> {
  try {
    return scan(text);
  } catch {
    return new Map();
  }
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where text that JSON.parse refused stops being JSON, as "line L, column C". */
export function describeSyntaxError(text: string): string {
  try {
    scan(text);
  } catch (e) {
    if (e instanceof JsonSyntax) {
      const { line, column } = lineAndColumn(text, e.offset);
      const found = e.offset < text.length ? `"${text.slice(e.offset, e.offset + 12).split('\n')[0]}"` : 'the end';
      return `it is not valid JSON: line ${line}, column ${column}, at ${found}`;
    }
  }
  return 'it is not valid JSON';
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
