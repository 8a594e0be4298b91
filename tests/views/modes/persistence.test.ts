/**
 * Opening the app: a shared link's set-up is loaded; a damaged link is reported and the
 * last visit's set-up is used instead; edits are kept in the link and in localStorage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, FOUR_NEURON } from '../../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import type { App } from '../../../src/store/createApp';
import {
  browserPage,
  decodeHash,
  encodeHash,
  readInitialSetup,
  startPersistence,
} from '../../../src/store/persistence';
import { serialise } from '../../../src/store/schema';
import { testApp } from '../../helpers/testApp';

const KEY = 'backprop-lab:setup';
let stop: (() => void) | null = null;

/** Opens the app as main.tsx does: the first set-up from the page, then kept up to date. */
function open(): App {
  const page = browserPage();
  const { initial, notice } = readInitialSetup(page);
  const { app } = testApp(initial, notice);
  stop = startPersistence(app, page);
  return app;
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('readInitialSetup and startPersistence', () => {
  it('opens the set-up of a shared link, compare mode included', () => {
    window.history.replaceState(
      null,
      '',
      `/#${encodeHash({ config: DEEP_SIGMOID_VS_RELU.config, compare: DEEP_SIGMOID_VS_RELU.compare! })}`,
    );
    localStorage.setItem(KEY, serialise({ config: FOUR_NEURON.config, compare: null }));
    const app = open();
    expect(app.state.getState().config).toEqual(DEEP_SIGMOID_VS_RELU.config);
    expect(app.state.getState().compare).toEqual(DEEP_SIGMOID_VS_RELU.compare);
    expect(app.state.getState().mode).toBe('compare');
    expect(app.run.getState().notice).toBeNull();
  });

  it('reports a damaged link and starts from the last visit instead', () => {
    window.history.replaceState(null, '', '/#s=@@@');
    localStorage.setItem(KEY, serialise({ config: FOUR_NEURON.config, compare: null }));
    const app = open();
    expect(app.run.getState().notice).toBe(
      'This shared link could not be read (the link is damaged (it could not be decoded)). Starting from your last set-up instead.',
    );
    expect(app.state.getState().config).toEqual(FOUR_NEURON.config);
  });

  it('ignores a corrupt memory of the last visit', () => {
    localStorage.setItem(KEY, '{"version":1,"config":{"hidden":"lots"}}');
    const app = open();
    expect(app.state.getState().config).toBe(DEFAULT_CONFIG);
    expect(app.run.getState().notice).toBeNull();
  });

  it('keeps edits in the link and in localStorage, once typing settles', () => {
    vi.useFakeTimers();
    const app = open();
    app.commands.setSeed(5);
    app.commands.setSeed(6);
    expect(localStorage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    const expected = { config: { ...DEFAULT_CONFIG, seed: 6 }, compare: null };
    expect(decodeHash(window.location.hash)).toEqual({ ok: true, value: expected });
    expect(localStorage.getItem(KEY)).toBe(serialise(expected));
  });
});
