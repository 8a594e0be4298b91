/**
 * The mode switcher and the presets: what the worker is told (in order) and what the
 * screen switches to when a student or teacher clicks. The stepper is entered once the
 * worker has built the network it steps through (its answer to the configure).
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, EXPLODING, FOUR_NEURON } from '../../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { ModeBar } from '../../../src/views/app/ModeBar';
import type { Command } from '../../../src/worker/protocol';
import { renderApp } from '../../helpers/testApp';
import { startRecording, trainerData, type Recorder } from '../controls/harness';

let worker: Recorder;

beforeEach(() => {
  worker = startRecording();
  worker.configured();
  worker.sent.length = 0;
});

const state = () => worker.app.state.getState();
const mode = () => state().mode;
const radio = (name: string) => screen.getByRole('radio', { name });
const choosePreset = (id: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: 'Load a preset' }), { target: { value: id } });
const configures = () =>
  worker.commands().filter((c): c is Extract<Command, { type: 'configure' }> => c.type === 'configure');
/** The worker's answer to a configure it was sent: those networks built. */
const answer = (cmd: Extract<Command, { type: 'configure' }>) =>
  worker.emit({
    type: 'configured',
    configs: cmd.trainers,
    data: cmd.trainers.map(() => trainerData()),
    kernels: cmd.trainers.map(() => 'typescript' as const),
  });
const firstRow = { type: 'stepper-enter', example: { kind: 'row', index: 0 }, position: 0 };

describe('ModeBar', () => {
  it('shows the current mode as the checked radio', () => {
    renderApp(<ModeBar />);
    expect(radio('Train').getAttribute('aria-checked')).toBe('true');
    expect(radio('Step through').getAttribute('aria-checked')).toBe('false');
  });

  it('is one tab stop whose arrow keys move the choice and the focus (the ARIA radio pattern)', () => {
    renderApp(<ModeBar />);
    expect([radio('Train'), radio('Step through'), radio('Compare')].map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    radio('Train').focus();
    const right = fireEvent.keyDown(radio('Train'), { key: 'ArrowRight' });
    expect(right).toBe(false); // preventDefault: the page's → (next phase) stands back
    expect(mode()).toBe('step');
    expect(document.activeElement).toBe(radio('Step through'));
    expect(radio('Step through').tabIndex).toBe(0);
    fireEvent.keyDown(radio('Step through'), { key: 'ArrowLeft' });
    fireEvent.keyDown(radio('Train'), { key: 'ArrowLeft' });
    expect(mode()).toBe('compare');
    expect(document.activeElement).toBe(radio('Compare'));
  });

  it("after a click, the arrows are the page's (→ the next phase), until the focus leaves", () => {
    renderApp(
      <>
        <ModeBar />
        <button type="button">elsewhere</button>
      </>,
    );
    fireEvent.pointerDown(radio('Step through'));
    radio('Step through').focus();
    fireEvent.click(radio('Step through'));
    expect(fireEvent.keyDown(radio('Step through'), { key: 'ArrowRight' })).toBe(true);
    expect(mode()).toBe('step');
    // Tab away and back: the focus came by keyboard, the arrows are the group's again.
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    radio('Step through').focus();
    expect(fireEvent.keyDown(radio('Step through'), { key: 'ArrowRight' })).toBe(false);
    expect(mode()).toBe('compare');
  });

  it('Step through enters the stepper on the first training row', () => {
    renderApp(<ModeBar />);
    fireEvent.click(radio('Step through'));
    expect(mode()).toBe('step');
    expect(worker.commands()).toEqual([firstRow]);
    expect(radio('Step through').getAttribute('aria-checked')).toBe('true');
    // Clicking the current mode again does nothing.
    fireEvent.click(radio('Step through'));
    expect(worker.commands()).toHaveLength(1);
  });

  it('Compare starts a second network that differs only in its activation (tanh → ReLU)', () => {
    renderApp(<ModeBar />);
    fireEvent.click(radio('Compare'));
    expect(mode()).toBe('compare');
    expect(state().compare).toEqual({ field: 'activation', value: 'relu' });
    const [cmd] = configures();
    expect(cmd.trainers).toHaveLength(2);
    expect(cmd.trainers[0]).toEqual(DEFAULT_CONFIG);
    expect(cmd.trainers[1]).toEqual({
      ...DEFAULT_CONFIG,
      hidden: DEFAULT_CONFIG.hidden.map((l) => ({ ...l, activation: 'relu' })),
    });
  });

  it('Compare on a sigmoid net compares against ReLU; on a ReLU net against sigmoid', () => {
    worker.app.commands.setActivation('all', 'sigmoid');
    renderApp(<ModeBar />);
    fireEvent.click(radio('Compare'));
    expect(state().compare).toEqual({ field: 'activation', value: 'relu' });
    fireEvent.click(radio('Train'));
    expect(state().compare).toBeNull();
    expect(mode()).toBe('train');
    act(() => worker.app.commands.setActivation('all', 'relu'));
    fireEvent.click(radio('Compare'));
    expect(state().compare).toEqual({ field: 'activation', value: 'sigmoid' });
  });

  it('leaving Compare goes back to one network', () => {
    renderApp(<ModeBar />);
    fireEvent.click(radio('Compare'));
    fireEvent.click(radio('Train'));
    expect(configures().at(-1)?.trainers).toEqual([DEFAULT_CONFIG]);
  });

  it('from Step through to Compare the stepper is left first', () => {
    renderApp(<ModeBar />);
    fireEvent.click(radio('Step through'));
    fireEvent.click(radio('Compare'));
    expect(worker.types()).toEqual(['stepper-enter', 'stepper-exit', 'configure']);
    expect(mode()).toBe('compare');
  });

  it('from Compare to Step through: back to one network, then the stepper', () => {
    renderApp(<ModeBar />);
    fireEvent.click(radio('Compare'));
    fireEvent.click(radio('Step through'));
    expect(configures()[1].trainers).toHaveLength(1);
    expect(state().compare).toBeNull();
    expect(mode()).toBe('step');
    // The stepper waits for the one network: it is entered when the worker has built it.
    expect(worker.types()).toEqual(['configure', 'configure']);
    answer(configures()[0]);
    expect(worker.types()).toEqual(['configure', 'configure']);
    answer(configures()[1]);
    expect(worker.types()).toEqual(['configure', 'configure', 'stepper-enter']);
    expect(worker.commands()[2]).toEqual(firstRow);
  });

  it('"The four-neuron example" loads its network and opens step-through on it', () => {
    worker.app.commands.select({ kind: 'neuron', layer: 0, unit: 0 });
    worker.sent.length = 0;
    renderApp(<ModeBar />);
    choosePreset(FOUR_NEURON.id);
    expect(state().config).toEqual(FOUR_NEURON.config);
    expect(state().compare).toBeNull();
    expect(mode()).toBe('step');
    expect(state().selection).toBeNull();
    expect(worker.sent).toContainEqual({ type: 'select-weight', weight: null });
    // Paused, rebuilt on the preset, then (once the worker has built it) stepped into: in that order.
    expect(worker.types()).toEqual(['pause', 'configure']);
    expect(configures()[0].trainers).toEqual([FOUR_NEURON.config]);
    answer(configures()[0]);
    expect(worker.types()).toEqual(['pause', 'configure', 'stepper-enter']);
    expect(worker.commands()[2]).toEqual(firstRow);
  });

  it('the Four-neuron example button does the same from step-through', () => {
    worker.app.commands.setMode('step');
    worker.sent.length = 0;
    renderApp(<ModeBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Four-neuron example' }));
    answer(configures()[0]);
    expect(worker.types()).toEqual(['stepper-exit', 'pause', 'configure', 'stepper-enter']);
    expect(mode()).toBe('step');
  });

  it('"Deep sigmoid vs deep ReLU" opens compare mode on two deep networks', () => {
    renderApp(<ModeBar />);
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    expect(mode()).toBe('compare');
    expect(state().compare).toEqual({ field: 'activation', value: 'relu' });
    const [cmd] = configures();
    expect(cmd.trainers.map((t) => t.hidden.map((l) => l.activation).join())).toEqual([
      Array(6).fill('sigmoid').join(),
      Array(6).fill('relu').join(),
    ]);
    expect(radio('Compare').getAttribute('aria-checked')).toBe('true');
  });

  it('a single-network preset leaves compare mode', () => {
    renderApp(<ModeBar />);
    fireEvent.click(radio('Compare'));
    choosePreset(EXPLODING.id);
    expect(mode()).toBe('train');
    expect(state().compare).toBeNull();
    expect(state().config).toEqual(EXPLODING.config);
    expect(configures().at(-1)?.trainers).toEqual([EXPLODING.config]);
  });

  it('choosing the same preset again starts it afresh (the trained weights are not kept)', () => {
    renderApp(<ModeBar />);
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    worker.configured();
    worker.sent.length = 0;
    // The student trains a while, then the teacher replays the demo: rebuilt from its first weights.
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    expect(worker.types()).toEqual(['pause', 'configure']);
    expect(configures()[0].trainers.map((t) => t.hidden[0].activation)).toEqual(['sigmoid', 'relu']);
    answer(configures()[0]);
    // Also after a live change (η changes without a rebuild): the preset's own η, from fresh weights.
    act(() => worker.app.commands.setLearningRate(1));
    expect(worker.types()).toEqual(['pause', 'configure', 'set-optimizer', 'set-optimizer']);
    worker.sent.length = 0;
    choosePreset(DEEP_SIGMOID_VS_RELU.id);
    expect(worker.types()).toEqual(['pause', 'configure']);
    expect(configures()[0].trainers.map((t) => t.optimizer.learningRate)).toEqual([0.03, 0.03]);
    answer(configures()[0]);
    worker.sent.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Four-neuron example' }));
    answer(configures()[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Four-neuron example' }));
    answer(configures()[1]);
    expect(worker.types()).toEqual([
      'pause',
      'configure',
      'stepper-enter',
      'stepper-exit',
      'pause',
      'configure',
      'stepper-enter',
    ]);
  });

  it('lists every preset by title, and the menu returns to "Choose…"', () => {
    renderApp(<ModeBar />);
    const menu = screen.getByRole('combobox', { name: 'Load a preset' }) as HTMLSelectElement;
    expect([...menu.options].map((o) => o.textContent)).toEqual([
      'Choose…',
      'The four-neuron example',
      'Deep sigmoid vs deep ReLU',
      'Deep sigmoid, with and without skips',
      'Three-class spiral (softmax)',
      'Exploding gradients',
    ]);
    choosePreset(EXPLODING.id);
    expect(menu.value).toBe('');
  });
});
