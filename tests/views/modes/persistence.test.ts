/**
 * Opening the app: a shared link's set-up is loaded; a damaged link is reported and the
 * last visit's set-up is used instead; edits are kept in the link and in localStorage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, FOUR_NEURON } from '../../../src/lessons/presets';
import { useConfigStore } from '../../../src/store/configStore';
import { DEFAULT_CONFIG } from '../../../src/store/defaults';
import { decodeHash, encodeHash, startPersistence } from '../../../src/store/persistence';
import { useRunStore } from '../../../src/store/runStore';
import { serialise } from '../../../src/store/schema';
import { resetStores } from '../controls/harness';

const KEY = 'backprop-lab:setup';
let stop: (() => void) | null = null;

beforeEach(() => {
  resetStores();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('startPersistence', () => {
  it('opens the set-up of a shared link, compare mode included', () => {
    window.history.replaceState(null, '', `/#${encodeHash({ config: DEEP_SIGMOID_VS_RELU.config, compare: DEEP_SIGMOID_VS_RELU.compare! })}`);
    localStorage.setItem(KEY, serialise({ config: FOUR_NEURON.config, compare: null }));
    stop = startPersistence();
    expect(useConfigStore.getState().config).toEqual(DEEP_SIGMOID_VS_RELU.config);
    expect(useConfigStore.getState().compare).toEqual(DEEP_SIGMOID_VS_RELU.compare);
    expect(useRunStore.getState().notice).toBeNull();
  });

  it('reports a damaged link and starts from the last visit instead', () => {
    window.history.replaceState(null, '', '/#s=@@@');
    localStorage.setItem(KEY, serialise({ config: FOUR_NEURON.config, compare: null }));
    stop = startPersistence();
    expect(useRunStore.getState().notice).toBe(
      'This shared link could not be read (the link is damaged (it could not be decoded)). Starting from your last set-up instead.');
    expect(useConfigStore.getState().config).toEqual(FOUR_NEURON.config);
  });

  it('ignores a corrupt memory of the last visit', () => {
    localStorage.setItem(KEY, '{"version":1,"config":{"hidden":"lots"}}');
    stop = startPersistence();
    expect(useConfigStore.getState().config).toBe(DEFAULT_CONFIG);
    expect(useRunStore.getState().notice).toBeNull();
  });

  it('keeps edits in the link and in localStorage, once typing settles', () => {
    vi.useFakeTimers();
    stop = startPersistence();
    useConfigStore.getState().setSeed(5);
    useConfigStore.getState().setSeed(6);
    expect(localStorage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    const expected = { config: { ...DEFAULT_CONFIG, seed: 6 }, compare: null };
    expect(decodeHash(window.location.hash)).toEqual({ ok: true, value: expected });
    expect(localStorage.getItem(KEY)).toBe(serialise(expected));
  });
});
