/**
 * The network editor: layers and neurons are added and removed with buttons (so the
 * keyboard works) or typed, the limits disable the buttons that would cross them, the
 * whole stack is set at once, and the activation menus change one layer, all hidden
 * layers, or the output. A typed change rebuilds once, not per keystroke.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import type { App } from '../../../src/store/createApp';
import { ArchitectureEditor } from '../../../src/views/controls/ArchitectureEditor';
import { renderApp, testApp } from '../../helpers/testApp';

let app: App;
let worker: ReturnType<typeof testApp>['worker'];
const config = () => app.state.getState().config;
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const box = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const configures = () => worker.commands().filter((c) => c.type === 'configure').length;
const layerItems = () => within(screen.getByRole('list')).queryAllByRole('listitem');

beforeEach(() => {
  ({ app, worker } = testApp());
});

describe('ArchitectureEditor', () => {
  it('lists the hidden layers with their neuron counts and states the limits', () => {
    renderApp(<ArchitectureEditor />);
    expect(layerItems()).toHaveLength(2);
    expect(box('Neurons in layer 1').value).toBe('6');
    expect(screen.getByText(/0–12 hidden layers, 1–64 neurons each/)).toBeTruthy();
  });

  it('+ Layer adds a copy of the last layer; − Layer removes the last', () => {
    app.commands.setUnits(1, 3);
    app.commands.setActivation(1, 'relu');
    renderApp(<ArchitectureEditor />);
    fireEvent.click(button('+ Layer'));
    expect(config().hidden).toEqual([
      { units: 6, activation: 'tanh' },
      { units: 3, activation: 'relu' },
      { units: 3, activation: 'relu' },
    ]);
    expect(layerItems()).toHaveLength(3);
    expect(box('Neurons in layer 3').value).toBe('3');
    fireEvent.click(button('− Layer'));
    fireEvent.click(button('− Layer'));
    expect(config().hidden).toEqual([{ units: 6, activation: 'tanh' }]);
    expect(layerItems()).toHaveLength(1);
  });

  it('disables − Layer at no hidden layers and + Layer at twelve', () => {
    renderApp(<ArchitectureEditor />);
    fireEvent.click(button('− Layer'));
    fireEvent.click(button('− Layer'));
    expect(config().hidden).toEqual([]);
    expect(button('− Layer').disabled).toBe(true);
    expect(layerItems()).toHaveLength(0);
    for (let k = 0; k < 12; k++) fireEvent.click(button('+ Layer'));
    expect(config().hidden).toHaveLength(12);
    expect(button('+ Layer').disabled).toBe(true);
    expect(button('− Layer').disabled).toBe(false);
    // From no layers, a new layer starts at 4 tanh neurons.
    expect(config().hidden[0]).toEqual({ units: 4, activation: 'tanh' });
  });

  it('± neurons change one layer only', () => {
    renderApp(<ArchitectureEditor />);
    fireEvent.click(button('More neurons in layer 2'));
    fireEvent.click(button('More neurons in layer 2'));
    fireEvent.click(button('Fewer neurons in layer 1'));
    expect(config().hidden.map((l) => l.units)).toEqual([5, 8]);
    expect(box('Neurons in layer 2').value).toBe('8');
  });

  it('a typed neuron count rebuilds once, on Enter or leaving the box, not per keystroke', () => {
    renderApp(<ArchitectureEditor />);
    const before = configures();
    fireEvent.change(box('Neurons in layer 2'), { target: { value: '4' } });
    fireEvent.change(box('Neurons in layer 2'), { target: { value: '40' } });
    expect(configures()).toBe(before);
    fireEvent.keyDown(box('Neurons in layer 2'), { key: 'Enter' });
    expect(config().hidden.map((l) => l.units)).toEqual([6, 40]);
    expect(configures()).toBe(before + 1);
    // Leaving the box with the value it already has changes nothing.
    fireEvent.blur(box('Neurons in layer 2'));
    expect(configures()).toBe(before + 1);
    fireEvent.change(box('Neurons in layer 1'), { target: { value: '12' } });
    fireEvent.blur(box('Neurons in layer 1'));
    expect(config().hidden.map((l) => l.units)).toEqual([12, 40]);
    expect(configures()).toBe(before + 2);
  });

  it('refuses a count out of range in one sentence and keeps what was typed', () => {
    renderApp(<ArchitectureEditor />);
    fireEvent.change(box('Neurons in layer 1'), { target: { value: '99' } });
    fireEvent.keyDown(box('Neurons in layer 1'), { key: 'Enter' });
    expect(config().hidden[0].units).toBe(6);
    expect(box('Neurons in layer 1').value).toBe('99');
    expect(app.run.getState().problem?.message).toBe('A layer has 1 to 64 neurons (whole numbers).');
  });

  it('builds 12 hidden layers × 64 from the default network in 3 interactions and one rebuild', () => {
    app.commands.setActivation(1, 'relu');
    renderApp(<ArchitectureEditor />);
    const before = configures();
    // 1: type the depth, 2: type the width (focusing a box selects its text), 3: Set.
    fireEvent.change(box(/Number of hidden layers/), { target: { value: '12' } });
    fireEvent.change(box(/Neurons in every hidden layer/), { target: { value: '64' } });
    fireEvent.click(button('Set'));
    expect(config().hidden).toHaveLength(12);
    expect(config().hidden.every((l) => l.units === 64)).toBe(true);
    // Each layer keeps its activation; the added ones copy the last.
    expect(config().hidden.map((l) => l.activation)).toEqual(['tanh', ...Array(11).fill('relu')]);
    expect(configures()).toBe(before + 1);
    expect(layerItems()).toHaveLength(12);
    expect(box('Neurons in layer 12').value).toBe('64');
    // Back down in one go, and a bad depth is refused without losing the network.
    fireEvent.change(box(/Number of hidden layers/), { target: { value: '3' } });
    fireEvent.change(box(/Neurons in every hidden layer/), { target: { value: '5' } });
    fireEvent.keyDown(box(/Neurons in every hidden layer/), { key: 'Enter' });
    expect(config().hidden.map((l) => l.units)).toEqual([5, 5, 5]);
    fireEvent.change(box(/Number of hidden layers/), { target: { value: '13' } });
    fireEvent.click(button('Set'));
    expect(config().hidden).toHaveLength(3);
    expect(app.run.getState().problem?.message).toBe('A network has 0 to 12 hidden layers (whole numbers).');
  });

  it('disables − at 1 neuron and + at 64', () => {
    app.commands.setUnits(0, 2);
    app.commands.setUnits(1, 63);
    renderApp(<ArchitectureEditor />);
    fireEvent.click(button('Fewer neurons in layer 1'));
    expect(config().hidden[0].units).toBe(1);
    expect(button('Fewer neurons in layer 1').disabled).toBe(true);
    expect(button('More neurons in layer 1').disabled).toBe(false);
    fireEvent.click(button('More neurons in layer 2'));
    expect(config().hidden[1].units).toBe(64);
    expect(button('More neurons in layer 2').disabled).toBe(true);
    expect(app.run.getState().problem).toBeNull();
  });

  it('sets the activation of one layer, of all hidden layers, and of the output', () => {
    renderApp(<ArchitectureEditor />);
    expect(select('Activation of all hidden layers').value).toBe('tanh');
    fireEvent.change(select('Activation of layer 2'), { target: { value: 'relu' } });
    expect(config().hidden.map((l) => l.activation)).toEqual(['tanh', 'relu']);
    // Mixed layers: the shared menu says so instead of claiming one activation.
    expect(select('Activation of all hidden layers').value).toBe('');
    expect(select('Activation of all hidden layers').selectedOptions[0].textContent).toBe('mixed');
    fireEvent.change(select('Activation of all hidden layers'), { target: { value: 'sigmoid' } });
    expect(config().hidden.map((l) => l.activation)).toEqual(['sigmoid', 'sigmoid']);
    expect(select('Activation of layer 1').value).toBe('sigmoid');
    fireEvent.change(select('Activation of the output'), { target: { value: 'linear' } });
    expect(config().output).toBe('linear');
    expect(config().hidden).toHaveLength(2);
    expect(config().dataset).toBe(DEFAULT_CONFIG.dataset);
  });

  it('refuses a non-sigmoid output under cross-entropy, keeping the menu on sigmoid', () => {
    app.commands.setLoss('bce');
    renderApp(<ArchitectureEditor />);
    expect(select('Activation of the output').value).toBe('sigmoid');
    fireEvent.change(select('Activation of the output'), { target: { value: 'tanh' } });
    expect(config().output).toBe('sigmoid');
    expect(select('Activation of the output').value).toBe('sigmoid');
    expect(app.run.getState().problem?.message).toMatch(/cross-entropy needs a sigmoid output/i);
  });

  it('uses real buttons and labelled menus, so it works from the keyboard', () => {
    renderApp(<ArchitectureEditor />);
    for (const b of screen.getAllByRole('button')) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('type')).toBe('button');
    }
    // Every menu has an accessible name.
    expect(screen.getAllByRole('combobox').map((s) => s.getAttribute('aria-label'))).toEqual([
      'Activation of all hidden layers',
      'Activation of layer 1',
      'Activation of layer 2',
      'Activation of the output',
    ]);
  });
});
