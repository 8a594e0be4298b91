import { decodeHash } from '../../../src/store/persistence';
/**
 * Export and import of a set-up: a corrupt or foreign file is refused with a message and
 * the running network stays; an exported file loads back exactly.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEEP_SIGMOID_VS_RELU } from '../../../src/lessons/presets';
import { useConfigStore } from '../../../src/store/configStore';
import { DEFAULT_CONFIG } from '../../../src/store/defaults';
import { serialise } from '../../../src/store/schema';
import { useUiStore } from '../../../src/store/uiStore';
import { ShareControls } from '../../../src/views/controls/ShareControls';
import { resetStores } from './harness';

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

beforeEach(resetStores);
afterEach(() => vi.restoreAllMocks());

describe('ShareControls', () => {
  it.each([
    ['broken.json', '{"version": 1, "config": '],
    ['notes.json', '{"hello": "world"}'],
    ['future.json', JSON.stringify({ version: 2, config: DEFAULT_CONFIG, compare: null })],
    ['wide.json', serialise({ config: { ...DEFAULT_CONFIG, hidden: [{ units: 1000, activation: 'tanh' }] }, compare: null })],
  ])('refuses %s with a message and keeps the current network', async (name, text) => {
    useConfigStore.getState().setSeed(5);
    const before = useConfigStore.getState().config;
    render(<ShareControls />);
    await importFile(name, text);
    await waitFor(() => expect(useConfigStore.getState().problem).not.toBeNull());
    expect(useConfigStore.getState().problem?.message).toMatch(new RegExp(`^${name} is not a Backprop Lab set-up \\(.+\\)\\.$`));
    expect(useConfigStore.getState().config).toBe(before);
    expect(useUiStore.getState().mode).toBe('train');
  });

  it('names what is wrong in a refused file', async () => {
    render(<ShareControls />);
    const bad = { version: 1, config: { ...DEFAULT_CONFIG, hidden: [{ units: 0, activation: 'tanh' }] }, compare: null };
    await importFile('zero.json', JSON.stringify(bad));
    await waitFor(() => expect(useConfigStore.getState().problem?.message).toContain('config.hidden.0.units'));
  });

  it('loads a file it exported, compare mode included', async () => {
    useConfigStore.getState().load(DEEP_SIGMOID_VS_RELU.config, DEEP_SIGMOID_VS_RELU.compare);
    render(<ShareControls />);
    const { text, name } = await exportedText();
    expect(name).toBe('backprop-lab-setup.json');
    resetStores();
    await importFile(name, text);
    await waitFor(() => expect(useConfigStore.getState().config).toEqual(DEEP_SIGMOID_VS_RELU.config));
    expect(useConfigStore.getState().compare).toEqual(DEEP_SIGMOID_VS_RELU.compare);
    expect(useUiStore.getState().mode).toBe('compare');
    expect(screen.getByRole('status').textContent).toBe('Loaded backprop-lab-setup.json.');
  });

  it('a refused file after a loaded one does not still say "Loaded"', async () => {
    render(<ShareControls />);
    await importFile('good.json', serialise({ config: { ...DEFAULT_CONFIG, seed: 9 }, compare: null }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Loaded good.json.'));
    expect(useConfigStore.getState().config.seed).toBe(9);
    await importFile('bad.json', 'not json');
    await waitFor(() => expect(useConfigStore.getState().problem).not.toBeNull());
    expect(screen.queryByText('Loaded good.json.')).toBeNull();
    expect(useConfigStore.getState().config.seed).toBe(9);
  });

  it('says how to share when the clipboard is unavailable', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    render(<ShareControls />);
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
    expect(decoded?.ok && decoded.value.config).toEqual(useConfigStore.getState().config);
    expect(screen.getByRole('status').textContent).toMatch(/^Link copied/);
  });
});
