/**
 * The link codec: any state the app can be in survives a link exactly; every link any
 * version wrote still opens to the same set-up; what mail and chat programs do to a link
 * is forgiven; anything else is refused with a clause; and the links stay short.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, initialAppState } from '../../src/store/appState';
import { MAX_INFLATED_BYTES, deflate, toBase64Url } from '../../src/store/linkBytes';
import { decodeLink, encodeLink, encodeLinkPlain, stateKey, type Link } from '../../src/store/linkCodec';
import { SHORT_KEYS } from '../../src/store/linkKeys';
import { MAX_LINK_PARAMS } from '../../src/store/linkWeights';
import { linkStateOf, type LinkState } from '../../src/store/schemaState';
import { createRng, randomLinkState } from '../helpers/linkStates';
import { V1_LINKS, V2_LINKS } from './fixtures/links';

async function opened(hash: string): Promise<Link> {
  const r = await decodeLink(hash);
  if (!r?.ok) throw new Error(`refused ${hash.slice(0, 40)}: ${r ? r.message : 'no link'}`);
  return r.value;
}

async function refusal(hash: string): Promise<string> {
  const r = await decodeLink(hash);
  if (r === null || r.ok) throw new Error(`not refused: ${hash.slice(0, 40)}`);
  return r.message;
}

const deep = (n: number, units: number) => ({
  ...DEFAULT_CONFIG,
  hidden: Array.from({ length: n }, () => ({ units, activation: 'tanh' as const })),
});
const stepThroughState = (config = deep(6, 8)): LinkState =>
  linkStateOf(
    initialAppState({
      config,
      mode: 'step',
      stepThrough: { example: { kind: 'row', index: 0 }, phase: 5 },
      selection: { kind: 'weight', layer: 0, to: 0, from: 0 },
    }),
  );

describe('round trip', () => {
  it('every random valid state comes back exactly, compressed and plain', async () => {
    const rng = createRng(11);
    for (let k = 0; k < 400; k++) {
      const state = randomLinkState(rng);
      const packed = await encodeLink({ state, weights: null });
      expect((await opened(`#${packed}`)).state, packed).toEqual(state);
      expect((await opened(encodeLinkPlain({ state, weights: null }))).state).toEqual(state);
    }
  });

  it('one state gives one link, whatever the order of its fields', async () => {
    const state = stepThroughState();
    const { seed, ...rest } = state.config;
    const reordered = JSON.parse(JSON.stringify({ ...state, config: { seed, ...rest } })) as LinkState;
    expect(Object.keys(reordered.config)[0]).toBe('seed');
    expect(await encodeLink({ state: reordered, weights: null })).toBe(await encodeLink({ state, weights: null }));
    expect(stateKey(reordered)).toBe(stateKey(state));
  });

  it('links are URL-safe text with no padding', async () => {
    const rng = createRng(3);
    for (let k = 0; k < 50; k++) {
      expect(await encodeLink({ state: randomLinkState(rng), weights: null })).toMatch(/^(s2|z2)=[A-Za-z0-9_-]+$/);
    }
  });

  it('weights come back as 32-bit floats with their counters', async () => {
    const params = Float64Array.from({ length: 67 }, (_, k) => Math.sin(k) * 3);
    const counters = { step: 141711, epoch: 3542, examplesSeen: 1417110 };
    const link = await opened(await encodeLink({ state: stepThroughState(), weights: [{ params, counters }] }));
    expect(link.weights).toHaveLength(1);
    expect(link.weights![0].counters).toEqual(counters);
    expect(Array.from(link.weights![0].params)).toEqual(Array.from(Float32Array.from(params)));
  });
});

describe('every version keeps opening', () => {
  it.each(V1_LINKS.map((l) => [l.name, l] as const))('version 1 (#s=): %s', async (_, frozen) => {
    expect(await opened(`#${frozen.hash}`)).toEqual({ state: frozen.state, weights: null });
  });

  it.each(V2_LINKS.map((l) => [l.name, l] as const))('version 2: %s', async (_, frozen) => {
    const link = await opened(`#${frozen.hash}`);
    expect(link.state).toEqual(frozen.state);
    expect(link.weights?.map((w) => ({ ...w, params: Array.from(w.params) })) ?? undefined).toEqual(frozen.weights);
  });
});

describe('what mail and chat programs do to a link is forgiven', () => {
  const v1 = V1_LINKS[1];
  const v2 = V2_LINKS[0];
  it.each([
    ['an upper-case tag', `#S${v1.hash.slice(1)}`, v1],
    ['an escaped "="', `#s%3D${v1.hash.slice(2)}`, v1],
    ['an escaped "=" in version 2', `#z2%3d${v2.hash.slice(3)}`, v2],
    ['a doubled "#"', `##${v2.hash}`, v2],
    ['a leading space', ` #${v2.hash}`, v2],
    ['a line break inside', `#${v2.hash.slice(0, 60)}\n${v2.hash.slice(60)}`, v2],
    ['spaces around', `#  ${v1.hash}  `, v1],
  ])('%s', async (_, hash, frozen) => {
    expect((await opened(hash)).state).toEqual(frozen.state);
  });
});

describe('anything else is refused with a clause', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64url');

  it('an empty fragment is no link at all', async () => {
    expect(await decodeLink('')).toBeNull();
    expect(await decodeLink('#')).toBeNull();
    expect(await decodeLink('# ')).toBeNull();
  });

  it.each<[string, string, RegExp]>([
    ['a fragment that is not a link', '#section-2', /^the part after “#” \(“section-2”\) is not a Backprop Lab link$/],
    ['a version from the future', '#z9=abc', /newer version of Backprop Lab/],
    ['a first-version link from the future', `#s=${b64('{"version":2}')}`, /newer version of Backprop Lab/],
    ['characters a link never has', '#s=@@@', /^it has characters a link never contains$/],
    ['a broken escape', '#s%zz', /broken “%” escape/],
    ['text that is not JSON', `#s=${b64('hello')}`, /not valid JSON/],
    ['bytes that are not text', `#s2=${toBase64Url(new Uint8Array([0xff, 0xfe, 0x80]))}`, /not text/],
    ['a compressed link cut short', `#${V2_LINKS[0].hash.slice(0, 40)}`, /cut short or damaged/],
    ['a plain link cut short', `#${V2_LINKS[1].hash.slice(0, 40)}`, /cut short or damaged|not valid JSON/],
    ['a far too long fragment', `#s2=${'A'.repeat(200_000)}`, /far too long/],
  ])('%s', async (_, hash, message) => {
    expect(await refusal(hash)).toMatch(message);
  });

  it('names the field in the reader’s words, with its value', async () => {
    const bad = {
      version: 1,
      config: { ...DEFAULT_CONFIG, hidden: [{ units: 65, activation: 'tanh' }] },
      compare: null,
    };
    expect(await refusal(`#s=${b64(JSON.stringify(bad))}`)).toBe(
      'the number of neurons in hidden layer 1 must be a whole number from 1 to 64 (it is 65)',
    );
    const v2 = { c: { ...DEFAULT_CONFIG }, m: 'step', t: { p: 99 } };
    expect(await refusal(`#s2=${b64(JSON.stringify(v2))}`)).toBe(
      'the step-through phase must be from 0 to 14 (it is 99)',
    );
  });

  it('refuses a small link that would unpack to megabytes', async () => {
    const bomb = await deflate(new Uint8Array(MAX_INFLATED_BYTES * 4).fill(32));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await refusal(`#z2=${toBase64Url(bomb)}`)).toMatch(/far more data than a link holds/);
  });

  it('refuses data nested too deeply, without running out of stack', async () => {
    const nested = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(
      await refusal(`#s2=${toBase64Url(await Promise.resolve(new TextEncoder().encode(`{"c":${nested}}`)))}`),
    ).toMatch(/nested too deeply|not valid JSON/);
  });

  it('refuses weights that are damaged, not finite, or too many', async () => {
    const state = stepThroughState(deep(1, 2));
    const good = JSON.parse(
      Buffer.from(
        (await encodeLinkPlain({ state, weights: [{ params: new Float64Array(9) }] })).slice(3),
        'base64url',
      ).toString(),
    ) as Record<string, unknown>;
    const withWeights = (w: unknown) => `#s2=${b64(JSON.stringify({ ...good, W: w }))}`;
    expect(await refusal(withWeights([{ P: 'A' }]))).toMatch(
      /weights of network 1 in the link are (damaged|cut short)/,
    );
    const nan = toBase64Url(new Uint8Array(new Float32Array([NaN, 1]).buffer));
    expect(await refusal(withWeights([{ P: nan }]))).toMatch(/not finite/);
    const many = toBase64Url(new Uint8Array(new Float32Array(MAX_LINK_PARAMS + 1).buffer));
    expect(await refusal(withWeights([{ P: many }]))).toMatch(/more than 2,000 weights/);
  });
});

describe('short keys', () => {
  it('are one-to-one, and none is another field’s full name', () => {
    const shorts = Object.values(SHORT_KEYS);
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const [full, short] of Object.entries(SHORT_KEYS)) {
      expect(SHORT_KEYS[short] === undefined || short === full, `${short} is also a full name`).toBe(true);
    }
  });

  it('cover every field a state can hold (a new field still works without one, but is longer)', async () => {
    const rng = createRng(5);
    const fields = new Set<string>();
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        if (!Array.isArray(v)) fields.add(k);
        walk(x);
      }
    };
    for (let k = 0; k < 200; k++) walk(randomLinkState(rng));
    expect([...fields].filter((f) => !(f in SHORT_KEYS))).toEqual([]);
  });
});

describe('link lengths', () => {
  it('a 6×8 step-through link is under 600 characters; typical lengths are printed', async () => {
    const lengths: Record<string, number> = {};
    const measure = async (name: string, link: Link) => (lengths[name] = (await encodeLink(link)).length + 1);
    await measure('default network, train mode', { state: linkStateOf(initialAppState()), weights: null });
    const sixByEight = await measure('6×8 step-through, phase 5, weight selected', {
      state: stepThroughState(),
      weights: null,
    });
    await measure('12×64 (largest) step-through', { state: stepThroughState(deep(12, 64)), weights: null });
    await measure('deep sigmoid vs ReLU (v1 link: 691)', {
      state: V1_LINKS[1].state,
      weights: null,
    });
    const params = (n: number) => [
      {
        params: Float64Array.from({ length: n }, (_, k) => Math.sin(k)),
        counters: { step: 5000, epoch: 125, examplesSeen: 50000 },
      },
    ];
    await measure('default network with its 67 weights', {
      state: linkStateOf(initialAppState()),
      weights: params(67),
    });
    await measure('6×8 with its 393 weights', { state: stepThroughState(), weights: params(393) });
    await measure(`${MAX_LINK_PARAMS} weights (the most a link holds)`, {
      state: stepThroughState(deep(3, 25)),
      weights: params(MAX_LINK_PARAMS),
    });
    console.log(
      `Link lengths (characters after the page address):\n${Object.entries(lengths)
        .map(([k, v]) => `  ${String(v).padStart(6)}  ${k}`)
        .join('\n')}`,
    );
    expect(sixByEight).toBeLessThan(600);
  });
});
