/**
 * The bytes of a link: base64url text (no padding, nothing a URL fragment escapes) and,
 * where the browser has it and it makes the link shorter, deflate-raw compression by the
 * browser's own CompressionStream. Inflating stops at a fixed size, so a small damaged or
 * hostile link cannot expand into megabytes.
 */

/** The most a link's data may inflate to. */
export const MAX_INFLATED_BYTES = 1_000_000;

export class DamagedError extends Error {}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let k = 0; k < bytes.length; k += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws DamagedError on anything that is not base64url. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new DamagedError('it has characters a link never contains');
  if (text.length % 4 === 1) throw new DamagedError('it is cut short or damaged (a character is missing)');
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
  return bytes;
}

export function canCompress(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Throws DamagedError when the data is not deflate-raw, is cut short, or inflates past `max`. */
export async function inflate(bytes: Uint8Array, max = MAX_INFLATED_BYTES): Promise<Uint8Array> {
  if (typeof DecompressionStream !== 'function') {
    throw new DamagedError('this browser cannot open compressed links (try a current Chrome, Edge, Firefox or Safari)');
  }
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Their failures show up in the reader too; caught here so none goes unhandled.
  writer.write(bytes as BufferSource).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) throw new DamagedError('it unpacks to far more data than a link holds');
      chunks.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => {});
    throw e instanceof DamagedError ? e : new DamagedError('it is cut short or damaged (it could not be unpacked)');
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** UTF-8 text, refusing bytes that are not (a damaged link rarely is valid UTF-8). */
export function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DamagedError('it is damaged (its data is not text)');
  }
}
