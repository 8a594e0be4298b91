/**
 * zod runs jitless: no schema the app builds compiles a parser with `new Function` (a
 * strict Content-Security-Policy forbids it), neither when the modules load nor when a
 * link, a stored session or a set-up file is parsed. The control case shows the check
 * would see it if zod did.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, initialAppState } from '../../src/store/appState';

const Real = globalThis.Function;
let compiled: string[] = [];

/** Records every `new Function(…)` / `Function(…)` from here on. */
function watchFunction(): void {
  compiled = [];
  globalThis.Function = new Proxy(Real, {
    construct(target, args: string[]) {
      compiled.push(args.join(',').slice(0, 80));
      return Reflect.construct(target, args) as object;
    },
    apply(target, self, args: string[]) {
      compiled.push(args.join(',').slice(0, 80));
      return Reflect.apply(target, self, args) as unknown;
    },
  });
}

afterEach(() => {
  globalThis.Function = Real;
});

describe('zod is jitless', () => {
  it('loading and using every schema compiles no code', async () => {
    // As on a fresh page: zod's default (JIT on) until the app's modules load.
    (await import('zod')).z.config({ jitless: false });
    watchFunction();
    vi.resetModules();
    const { encodeLink, decodeLink } = await import('../../src/store/linkCodec');
    const { parseSaved, serialise } = await import('../../src/store/schema');
    const { linkStateOf } = await import('../../src/store/schemaState');
    const { readSession } = await import('../../src/store/sessionRecord');
    const state = linkStateOf(initialAppState({ mode: 'step', selection: { kind: 'layer', layer: 1 } }));
    for (let k = 0; k < 5; k++) {
      expect((await decodeLink(await encodeLink({ state, weights: null })))?.ok).toBe(true);
      expect(parseSaved(serialise({ config: DEFAULT_CONFIG, compare: null })).ok).toBe(true);
      expect((await readSession({ version: 1 }))?.ok).toBe(false);
    }
    expect(compiled).toEqual([]);
  });

  it('(control) zod with its JIT on would be seen compiling', async () => {
    const { z } = await import('zod');
    z.config({ jitless: false });
    try {
      watchFunction();
      const schema = z.object({ a: z.number(), b: z.string() });
      schema.parse({ a: 1, b: 'x' });
      expect(compiled.length).toBeGreaterThan(0);
    } finally {
      z.config({ jitless: true });
    }
  });
});
