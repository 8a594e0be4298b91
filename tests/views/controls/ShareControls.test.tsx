/**
 * Export and import of a set-up: a corrupt or foreign file is refused with a message and
 * the running network stays; an exported file loads back exactly.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEEP_SIGMOID_VS_RELU } from '../../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import type { App } from '../../../src/store/createApp';
import { decodeHash } from '../../../src/store/persistence';
import { serialise } from '../../../src/store/schema';
import { ShareControls } from '../../../src/views/controls/ShareControls';
import { renderApp, testApp } from '../../helpers/testApp';

let app: App;
const state = () => app.state.getState();
const problem = () => app.run.getState().problem;

const fileInput = () => screen.getByLabelText('Import a set-up file') as HTMLInputElement;

async function importFile(name: string, text: string): Promise<void> {
  const file = new File([text], name, { type: 'application/json' });
  await act(async () => {
    fireEvent.change(fileInput(), { target: { files: [file] } });
  });
}

/** Clicks Export file and returns the JSON text of the file it offers. */
async function exportedText(): Promise<{ text: string; name: string }> {
  let blob: Blob | null = null;
  let name = '';
  const urls = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
  urls.createObjectURL = (b: Blob) => {
    blob = b;
    return 'blob:setup';
  };
  urls.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  fireEvent.click(screen.getByRole('button', { name: 'Export file' }));
  expect(blob).not.toBeNull();
  return { text: await blob!.text(), name };
}

beforeEach(() => {
  ({ app } = testApp());
});
afterEach(() => vi.restoreAllMocks());

describe('ShareControls', () => {
  it.each([
    ['broken.json', '{"version": 1, "config": '],
    ['notes.json', '{"hello": "world"}'],
    ['future.json', JSON.stringify({ version: 2, config: DEFAULT_CONFIG, compare: null })],
    [
      'wide.json',
      serialise({ config: { ...DEFAULT_CONFIG, hidden: [{ units: 1000, activation: 'tanh' }] }, compare: null }),
    ],
  ])('refuses %s with a message and keeps the current network', async (name, text) => {
    app.commands.setSeed(5);
    const before = state().config;
    renderApp(<ShareControls />);
    await importFile(name, text);
    await waitFor(() => expect(problem()).not.toBeNull());
    expect(problem()?.message).toMatch(new RegExp(`^${name} is not a Backprop Lab set-up \\(.+\\)\\.$`));
    expect(state().config).toBe(before);
    expect(state().mode).toBe('train');
  });

  it('names what is wrong in a refused file', async () => {
    renderApp(<ShareControls />);
    const bad = {
      version: 1,
      config: { ...DEFAULT_CONFIG, hidden: [{ units: 0, activation: 'tanh' }] },
      compare: null,
    };
    await importFile('zero.json', JSON.stringify(bad));
    await waitFor(() => expect(problem()?.message).toContain('config.hidden.0.units'));
  });

  it('loads a file it exported, compare mode included', async () => {
    app.commands.loadSetup({ config: DEEP_SIGMOID_VS_RELU.config, compare: DEEP_SIGMOID_VS_RELU.compare! });
    const { unmount } = renderApp(<ShareControls />);
    const { text, name } = await exportedText();
    expect(name).toBe('backprop-lab-setup.json');
    // A fresh page, on the default set-up, imports the file.
    unmount();
    ({ app } = testApp());
    expect(state().config).toBe(DEFAULT_CONFIG);
    renderApp(<ShareControls />);
    await importFile(name, text);
    await waitFor(() => expect(state().config).toEqual(DEEP_SIGMOID_VS_RELU.config));
    expect(state().compare).toEqual(DEEP_SIGMOID_VS_RELU.compare);
    expect(state().mode).toBe('compare');
    expect(screen.getByRole('status').textContent).toBe('Loaded backprop-lab-setup.json.');
  });

  it('a refused file after a loaded one does not still say "Loaded"', async () => {
    renderApp(<ShareControls />);
    await importFile('good.json', serialise({ config: { ...DEFAULT_CONFIG, seed: 9 }, compare: null }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Loaded good.json.'));
    expect(state().config.seed).toBe(9);
    await importFile('bad.json', 'not json');
    await waitFor(() => expect(problem()).not.toBeNull());
    expect(screen.queryByText('Loaded good.json.')).toBeNull();
    expect(state().config.seed).toBe(9);
  });

  it('says how to share when the clipboard is unavailable', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    renderApp(<ShareControls />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    });
    expect(screen.getByRole('status').textContent).toBe('Copy the address bar to share this set-up.');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    });
    // The link encodes the current set-up itself (the address bar is updated 300 ms after a change).
    const link = (writeText.mock.calls[0] as unknown as [string])[0];
    const decoded = decodeHash(new URL(link).hash);
    expect(decoded?.ok && decoded.value.config).toEqual(state().config);
    expect(screen.getByRole('status').textContent).toMatch(/^Link copied/);
  });
});
