/** Shared links: the set-up survives the URL hash exactly, and a damaged link is reported, not thrown. */
import { describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, FOUR_NEURON } from '../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { decodeHash, encodeHash } from '../../src/store/persistence';
import type { Saved } from '../../src/store/schema';

describe('encodeHash / decodeHash', () => {
  it.each<[string, Saved]>([
    ['the default', { config: DEFAULT_CONFIG, compare: null }],
    ['the four-neuron example', { config: FOUR_NEURON.config, compare: null }],
    ['a comparison', { config: DEEP_SIGMOID_VS_RELU.config, compare: DEEP_SIGMOID_VS_RELU.compare! }],
  ])('round-trips %s', (_, saved) => {
    const hash = encodeHash(saved);
    expect(hash.startsWith('s=')).toBe(true);
    // URL-safe: nothing that needs escaping in a fragment, no padding.
    expect(hash.slice(2)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeHash(`#${hash}`)).toEqual({ ok: true, value: saved });
    expect(decodeHash(hash)).toEqual({ ok: true, value: saved });
  });

  it('ignores a hash that is not a set-up', () => {
    expect(decodeHash('')).toBeNull();
    expect(decodeHash('#')).toBeNull();
    expect(decodeHash('#section-2')).toBeNull();
  });

  it('reports a link that cannot be decoded', () => {
    expect(decodeHash('#s=@@@')).toEqual({ ok: false, message: 'the link is damaged (it could not be decoded)' });
  });

  it('reports a link that decodes to something other than a set-up, saying what is wrong', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    expect(decodeHash(`#s=${b64('hello')}`)).toEqual({ ok: false, message: 'it is not valid JSON' });
    const bad = {
      version: 1,
      config: { ...DEFAULT_CONFIG, hidden: [{ units: 65, activation: 'tanh' }] },
      compare: null,
    };
    const r = decodeHash(`#s=${b64(JSON.stringify(bad))}`);
    expect(r?.ok).toBe(false);
    expect(!r?.ok && r?.message).toMatch(/^config\.hidden\.0\.units: /);
  });

  it('reports a link cut short', () => {
    const hash = encodeHash({ config: DEFAULT_CONFIG, compare: null });
    const r = decodeHash(`#${hash.slice(0, hash.length - 12)}`);
    expect(r?.ok).toBe(false);
  });
});
