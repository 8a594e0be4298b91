/**
 * The mode switcher and the presets: what the worker is told (in order) and what the
 * screen switches to when a student or teacher clicks.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, EXPLODING, FOUR_NEURON } from '../../../src/lessons/presets';
import { useConfigStore } from '../../../src/store/configStore';
import { DEFAULT_CONFIG } from '../../../src/store/defaults';
import { useSelectionStore } from '../../../src/store/selectionStore';
import { useUiStore } from '../../../src/store/uiStore';
import { ModeBar } from '../../../src/views/ModeBar';
import type { Command } from '../../../src/worker/protocol';
import { resetStores, startRecording, type Recorder } from '../controls/harness';

let worker: Recorder;

beforeEach(() => {
  resetStores();
  worker = startRecording();
  worker.configured();
  worker.sent.length = 0;
});

afterEach(() => worker.dispose());

const mode = () => useUiStore.getState().mode;
const radio = (name: string) => screen.getByRole('radio', { name });
const choosePreset = (id: string) => fireEvent.change(screen.getByRole('combobox', { name: 'Load a preset' }), { target: { value: id } });
const configures = () => worker.commands().filter((c): c is Extract<Command, { type: 'configure' }> => c.type === 'configure');

describe('ModeBar', () => {
  it('shows the current mode as the checked radio', () => {
    render(<ModeBar />);
    expect(radio('Train').getAttribute('aria-checked')).toBe('true');
    expect(radio('Step through').getAttribute('aria-checked')).toBe('false');
  });

  it('Step through enters the stepper on the first training row', () => {
    render(<ModeBar />);
    fireEvent.click(radio('Step through'));
    expect(mode()).toBe('step');
    expect(worker.commands()).toEqual([{ type: 'stepper-enter', example: { kind: 'row', index: 0 } }]);
    expect(radio('Step through').getAttribute('aria-checked')).toBe('true');
    // Clicking the current mode again does nothing.
    fireEvent.click(radio('Step through'));
    expect(worker.commands()).toHaveLength(1);
  });

  it('Compare starts a second network that differs only in its activation (tanh → ReLU)', () => {
    render(<ModeBar />);
    fireEvent.click(radio('Compare'));
    expect(mode()).toBe('compare');
    expect(useConfigStore.getState().compare).toEqual({ field: 'activation', value: 'relu' });
    const [cmd] = configures();
    expect(cmd.trainers).toHaveLength(2);
    expect(cmd.trainers[0]).toEqual(DEFAULT_CONFIG);
    expect(cmd.trainers[1]).toEqual({ ...DEFAULT_CONFIG, hidden: DEFAULT_CONFIG.hidden.map((l) => ({ ...l, activation: 'relu' })) });
  });

  it('Compare on a sigmoid net compares against ReLU; on a ReLU net against sigmoid', () => {
    useConfigStore.getState().setActivation('all', 'sigmoid');
    render(<ModeBar />);
    fireEvent.click(radio('Compare'));
    expect(useConfigStore.getState().compare).toEqual({ field: 'activation', value: 'relu' });
    fireEvent.click(radio('Train'));
    expect(useConfigStore.getState().compare).toBeNull();
    expect(mode()).toBe('train');
    useConfigStore.getState().setActivation('all', 'relu');
    fireEvent.click(radio('Compare'));
    expect(useConfigStore.getState().compare).toEqual({ field: 'activation', value: 'sigmoid' });
  });

  it('leaving Compare goes back to one network', () => {
    render(<ModeBar />);
    fireEvent.click(radio('Compare'));
    fireEvent.click(radio('Train'));
    expect(configures().at(-1)?.trainers).toEqual([DEFAULT_CONFIG]);
  });

  it('from Step through to Compare the stepper is left first', () => {
    render(<ModeBar />);
    fireEvent.click(radio('Step through'));
    fireEvent.click(radio('Compare'));
    expect(worker.types()).toEqual(['stepper-enter', 'stepper-exit', 'configure']);
    expect(mode()).toBe('compare');
  });

  it('from Compare to Step through: back to one network, then the stepper', () => {
    render(<ModeBar />);
    fireEvent.click(radio('Compare'));
    fireEvent.click(radio('Step through'));
    expect(worker.types()).toEqual(['configure', 'configure', 'stepper-enter']);
    expect(configures()[1].trainers).toHaveLength(1);
    expect(useConfigStore.getState().compare).toBeNull();
    expect(mode()).toBe('step');
  });

  it('"The four-neuron example" loads its network and opens step-through on it', () => {
    useSelectionStore.getState().select({ kind: 'neuron', layer: 0, unit: 0 });
    worker.sent.length = 0;
    render(<ModeBar />);
    choosePreset(FOUR_NEURON.id);
    expect(useConfigStore.getState().config).toEqual(FOUR_NEURON.config);
    expect(useConfigStore.getState().compare).toBeNull();
    expect(mode()).toBe('step');
    expect(useSelectionStore.getState().selected).toBeNull();
    // Paused, rebuilt on the preset, then stepped into: in that order.
    expect(worker.types()).toEqual(['pause', 'configure', 'stepper-enter']);
    expect(configures()[0].trainers).toEqual([FOUR_NEURON.config]);
    expect(worker.commands()[2]).toEqual({ type: 'stepper-enter', example: { kind: 'row', index: 0 } });
  });

  it('the Four-neuron example button does the same from step-through', () => {
    useUiStore.setState({ mode: 'step' });
    render(<ModeBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Four-neuron example' }));
    expect(worker.types()).toEqual(['stepper-exit', 'pause', 'configure', 'stepper-enter']);
    expect(mode()).toBe('step');
  });

  it('"Deep sigmoid vs deep ReLU" opens compare mode on two deep networks', () => {
    render(<ModeBar />);
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    expect(mode()).toBe('compare');
    expect(useConfigStore.getState().compare).toEqual({ field: 'activation', value: 'relu' });
    const [cmd] = configures();
    expect(cmd.trainers.map((t) => t.hidden.map((l) => l.activation).join())).toEqual([
      Array(6).fill('sigmoid').join(), Array(6).fill('relu').join(),
    ]);
    expect(radio('Compare').getAttribute('aria-checked')).toBe('true');
  });

  it('a single-network preset leaves compare mode', () => {
    render(<ModeBar />);
    fireEvent.click(radio('Compare'));
    choosePreset(EXPLODING.id);
    expect(mode()).toBe('train');
    expect(useConfigStore.getState().compare).toBeNull();
    expect(useConfigStore.getState().config).toEqual(EXPLODING.config);
    expect(configures().at(-1)?.trainers).toEqual([EXPLODING.config]);
  });

  it('choosing the same preset again starts it afresh (the trained weights are not kept)', () => {
    render(<ModeBar />);
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    worker.configured();
    worker.sent.length = 0;
    // The student trains a while, then the teacher replays the demo.
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    expect(worker.types()).toEqual(['pause', 'reset']);
    // Also after a live change (η changes without a rebuild): the preset's own η, from fresh weights.
    useConfigStore.getState().setLearningRate(1);
    worker.sent.length = 0;
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    expect(worker.types()).toEqual(['pause', 'set-optimizer', 'set-optimizer', 'reset']);
    worker.sent.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Four-neuron example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Four-neuron example' }));
    expect(worker.types()).toEqual(['pause', 'configure', 'stepper-enter', 'stepper-exit', 'pause', 'reset', 'stepper-enter']);
  });

  it('lists every preset by title, and the menu returns to "Choose…"', () => {
    render(<ModeBar />);
    const menu = screen.getByRole('combobox', { name: 'Load a preset' }) as HTMLSelectElement;
    expect([...menu.options].map((o) => o.textContent)).toEqual([
      'Choose…', 'The four-neuron example', 'Deep sigmoid vs deep ReLU', 'Exploding gradients',
    ]);
    choosePreset(EXPLODING.id);
    expect(menu.value).toBe('');
  });
});
