/** Data settings: each control changes its own field and rebuilds the network; a bad seed is refused. */
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { DataControls } from '../../../src/views/controls/DataControls';
import type { Command } from '../../../src/worker/protocol';
import { renderApp } from '../../helpers/testApp';
import { startRecording, type Recorder } from './harness';

const config = () => worker.app.state.getState().config;
const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;

let worker: Recorder;

beforeEach(() => {
  worker = startRecording();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const lastConfigure = () =>
  worker
    .commands()
    .filter((c): c is Extract<Command, { type: 'configure' }> => c.type === 'configure')
    .at(-1);

describe('DataControls', () => {
  it('changes the dataset and rebuilds the network on it', () => {
    renderApp(<DataControls />);
    fireEvent.change(screen.getByLabelText('Dataset'), { target: { value: 'spiral' } });
    expect(config().dataset).toEqual({ ...DEFAULT_CONFIG.dataset, kind: 'spiral' });
    expect(lastConfigure()?.trainers[0].dataset.kind).toBe('spiral');
    expect((screen.getByLabelText('Dataset') as HTMLSelectElement).value).toBe('spiral');
  });

  it('noise and test-share sliders set their values and show them', () => {
    const { container } = renderApp(<DataControls />);
    fireEvent.change(container.querySelector('#noise')!, { target: { value: '0.7' } });
    expect(config().dataset.noise).toBe(0.7);
    expect(screen.getByText('0.7', { selector: 'output' })).toBeTruthy();
    fireEvent.change(container.querySelector('#split')!, { target: { value: '0.35' } });
    expect(config().dataset.testFraction).toBe(0.35);
    expect(screen.getByText('35%', { selector: 'output' })).toBeTruthy();
    expect(config().seed).toBe(DEFAULT_CONFIG.seed);
    expect(config().hidden).toBe(DEFAULT_CONFIG.hidden);
  });

  it.each(['1.5', '-1', '1000000', 'seven', ''])('refuses seed %j and keeps the network', (typed) => {
    renderApp(<DataControls />);
    const seed = input('Seed');
    fireEvent.change(seed, { target: { value: typed } });
    fireEvent.keyDown(seed, { key: 'Enter' });
    expect(config()).toBe(DEFAULT_CONFIG);
    expect(worker.app.run.getState().problem).toEqual({
      field: 'seed',
      message: 'The seed is a whole number from 0 to 999999.',
    });
    expect(seed.value).toBe(typed);
    expect(worker.commands()).toEqual([]);
  });

  it('accepts a whole-number seed and rebuilds with it', () => {
    renderApp(<DataControls />);
    const seed = input('Seed');
    fireEvent.change(seed, { target: { value: '42' } });
    fireEvent.keyDown(seed, { key: 'Enter' });
    expect(config().seed).toBe(42);
    expect(lastConfigure()?.trainers[0].seed).toBe(42);
    expect(document.getElementById('seed-hint')?.textContent).toBe('0 to 999999');
  });

  it('New seed picks a valid seed and shows it in the field', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    renderApp(<DataControls />);
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(config().seed).toBe(499999);
    expect(input('Seed').value).toBe('499999');
  });
});
