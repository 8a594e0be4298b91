/**
 * Export and import of a set-up: a corrupt or foreign file is refused with a message and
 * the running network stays; an exported file loads back exactly.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEEP_SIGMOID_VS_RELU } from '../../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import type { App } from '../../../src/store/createApp';
import { decodeLink } from '../../../src/store/linkCodec';
import { serialise } from '../../../src/store/schema';
import type { RecordingWorker } from '../../helpers/fakeWorkers';
import { ShareControls } from '../../../src/views/controls/ShareControls';
import { renderApp, testApp } from '../../helpers/testApp';

let app: App;
let worker: RecordingWorker;
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
  ({ app, worker } = testApp());
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
    expect(problem()?.message).toMatch(new RegExp(`^${name} could not be loaded: .+\\.$`));
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
    await waitFor(() =>
      expect(problem()?.message).toBe(
        'zero.json could not be loaded: the number of neurons in hidden layer 1 must be a whole number from 1 to 64 (it is 0).',
      ),
    );
    expect(screen.queryByText(/That setting was not applied/)).toBeNull();
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

  it('says a file over the size limit is too large, and does not read it', async () => {
    renderApp(<ShareControls />);
    const big = new File(['x'.repeat(150_000)], 'huge.json', { type: 'application/json' });
    const text = vi.spyOn(big, 'text');
    await act(async () => {
      fireEvent.change(fileInput(), { target: { files: [big] } });
    });
    await waitFor(() =>
      expect(problem()?.message).toBe(
        'huge.json could not be loaded: it is too large (150 kB; a set-up is at most 100 kB).',
      ),
    );
    expect(text).not.toHaveBeenCalled();
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
    expect(screen.getByRole('status').textContent).toBe(
      'Copy the address bar to share this set-up (the clipboard is not available here).',
    );
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    });
    // The link encodes the current state itself (the address bar is updated 300 ms after a change).
    const link = (writeText.mock.calls[0] as unknown as [string])[0];
    const decoded = await decodeLink(new URL(link).hash);
    expect(decoded?.ok && decoded.value.state.config).toEqual(state().config);
    expect(decoded?.ok && decoded.value.weights).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Link copied/);
  });

  it('copies a link with the trained weights, asked of the worker', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderApp(<ShareControls />);
    const params = Float64Array.from({ length: 67 }, (_, k) => k / 64);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link with weights' }));
    });
    answerSnapshot([{ params, counters: { step: 250, epoch: 5, examplesSeen: 2500 } }]);
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const decoded = await decodeLink(new URL((writeText.mock.calls[0] as unknown as [string])[0]).hash);
    expect(decoded?.ok && Array.from(decoded.value.weights![0].params)).toEqual(Array.from(params));
    expect(decoded?.ok && decoded.value.weights![0].counters).toEqual({ step: 250, epoch: 5, examplesSeen: 2500 });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Link copied with 67 trained weights (step 250): it opens this network as trained.',
      ),
    );
  });

  it('says when the weights are too many for a link and points to the file', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderApp(<ShareControls />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link with weights' }));
    });
    answerSnapshot([{ params: new Float64Array(4225) }]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'This network has 4,225 weights and biases, more than the 2,000 a link can hold: save it as a file instead (the file export keeps every weight).',
      ),
    );
    expect(writeText).not.toHaveBeenCalled();
  });

  it('"Start fresh" forgets the session and starts the default network; after training it asks first', async () => {
    const forgotten = vi.fn();
    ({ app, worker } = testApp({ config: { ...DEFAULT_CONFIG, seed: 9 }, mode: 'step' }, null, {
      onStartFresh: forgotten,
    }));
    renderApp(<ShareControls />);
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    expect(forgotten).toHaveBeenCalledTimes(1);
    expect(state().config).toEqual(DEFAULT_CONFIG);
    expect(state().mode).toBe('train');

    app.run.setState({ counters: [{ ...app.run.getState().counters[0], step: 30 } as never] });
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    expect(app.run.getState().question?.text).toBe(
      'Start fresh? This forgets the saved session and the network trained for 30 steps.',
    );
    expect(forgotten).toHaveBeenCalledTimes(1);
    app.commands.answerQuestion(true);
    expect(forgotten).toHaveBeenCalledTimes(2);
  });
});

/** The worker's answer to the app's last snapshot request. */
function answerSnapshot(
  trainers: { params: Float64Array; counters?: { step: number; epoch: number; examplesSeen: number } }[],
) {
  const ask = worker.sent.filter((c) => c.type === 'snapshot').at(-1);
  if (!ask || ask.type !== 'snapshot') throw new Error('no snapshot was asked for');
  const zeros = (t: { params: Float64Array }) => new Float64Array(t.params.length);
  worker.emit({
    type: 'snapshot',
    id: ask.id,
    configs: app.state.getState().running,
    trainers: trainers.map((t) => ({
      params: t.params,
      optimizer: { velocity: zeros(t), secondMoment: zeros(t), steps: 0 },
      counters: t.counters ?? { step: 0, epoch: 0, examplesSeen: 0 },
    })),
  });
}
