/** The compare bar: which setting the right-hand network changes, to what, and both sides named. */
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_VS_RELU } from '../../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { CompareBar } from '../../../src/views/compare/CompareBar';
import type { Command } from '../../../src/worker/protocol';
import { renderApp } from '../../helpers/testApp';
import { startRecording, type Recorder } from '../controls/harness';

let worker: Recorder;

beforeEach(() => {
  worker = startRecording();
});

const compare = () => worker.app.state.getState().compare;
const fieldMenu = () => screen.getByRole('combobox', { name: 'Compare' }) as HTMLSelectElement;
const valueMenu = () => screen.getByRole('combobox', { name: 'Right-hand network' }) as HTMLSelectElement;
const sides = () => screen.getByText(/^Left:/).textContent;
const lastConfigure = () =>
  worker
    .commands()
    .filter((c): c is Extract<Command, { type: 'configure' }> => c.type === 'configure')
    .at(-1);

describe('CompareBar', () => {
  it('is hidden outside compare mode', () => {
    const { container } = renderApp(<CompareBar />);
    expect(container.textContent).toBe('');
  });

  it('names both sides', () => {
    worker.app.commands.setCompare({ field: 'activation', value: 'relu' });
    renderApp(<CompareBar />);
    expect(fieldMenu().value).toBe('activation');
    expect(valueMenu().value).toBe('relu');
    expect(sides()).toMatch(/^Left: Tanh · Right: ReLU\. Everything else is identical/);
  });

  it('changing the value changes the right-hand network only', () => {
    worker.app.commands.setCompare({ field: 'activation', value: 'relu' });
    renderApp(<CompareBar />);
    fireEvent.change(valueMenu(), { target: { value: 'leaky-relu' } });
    expect(compare()).toEqual({ field: 'activation', value: 'leaky-relu' });
    expect(sides()).toMatch(/^Left: Tanh · Right: Leaky ReLU\./);
    const trainers = lastConfigure()!.trainers;
    expect(trainers[0]).toEqual(DEFAULT_CONFIG);
    expect(trainers[1].hidden.map((l) => l.activation)).toEqual(['leaky-relu', 'leaky-relu']);
  });

  it("changing the field offers that field's values; numbers stay numbers", () => {
    worker.app.commands.setCompare({ field: 'activation', value: 'relu' });
    renderApp(<CompareBar />);
    fireEvent.change(fieldMenu(), { target: { value: 'learningRate' } });
    expect(compare()).toEqual({ field: 'learningRate', value: 0.3 });
    expect(sides()).toMatch(/^Left: η = 0.03 · Right: η = 0.3\./);
    // The worker builds the two networks; the student then changes the right-hand rate.
    worker.configured();
    expect([...valueMenu().options].map((o) => o.textContent)).toContain('η = 3');
    fireEvent.change(valueMenu(), { target: { value: '3' } });
    expect(compare()).toEqual({ field: 'learningRate', value: 3 });
    // A learning rate changes live on the right-hand trainer, without rebuilding either network.
    expect(worker.commands().at(-1)).toEqual({
      type: 'set-optimizer',
      patch: { kind: 'sgd', learningRate: 3 },
      trainer: 1,
    });

    fireEvent.change(fieldMenu(), { target: { value: 'depth' } });
    expect(compare()).toEqual({ field: 'depth', value: 6 });
    expect(sides()).toMatch(/^Left: 2 hidden layers · Right: 6 hidden layers\./);
    fireEvent.change(valueMenu(), { target: { value: '0' } });
    expect(compare()).toEqual({ field: 'depth', value: 0 });
    expect(lastConfigure()!.trainers[1].hidden).toEqual([]);

    fireEvent.change(fieldMenu(), { target: { value: 'optimizer' } });
    expect(sides()).toMatch(/^Left: SGD · Right: Adam\./);
    fireEvent.change(fieldMenu(), { target: { value: 'init' } });
    expect(sides()).toMatch(/^Left: Xavier\/Glorot uniform · Right: He \(normal\)\./);
  });

  it.each(['activation', 'init', 'learningRate', 'optimizer', 'depth'])(
    'switching to %s when the left network has the usual contrast never compares a network with itself',
    (field) => {
      // Six ReLU layers, He init, Adam at η = 0.3: each field's usual right-hand value is already the left's.
      const left = {
        ...DEEP_SIGMOID_VS_RELU.config,
        hidden: DEEP_SIGMOID_VS_RELU.config.hidden.map((l) => ({ ...l, activation: 'relu' as const })),
        optimizer: { kind: 'adam' as const, learningRate: 0.3 },
      };
      worker.app.commands.loadSetup({ config: left, compare: { field: 'activation', value: 'sigmoid' } });
      renderApp(<CompareBar />);
      if (field === 'activation') fireEvent.change(fieldMenu(), { target: { value: 'init' } });
      fireEvent.change(fieldMenu(), { target: { value: field } });
      expect(compare()?.field).toBe(field);
      const [l, r] = sides()!
        .match(/^Left: (.+) · Right: (.+?)\. /)!
        .slice(1);
      expect(r).not.toBe(l);
      expect(valueMenu().value).toBe(String(compare()!.value));
    },
  );
});
