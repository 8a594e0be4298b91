/**
 * The network editor: layers and neurons are added and removed with buttons (so the
 * keyboard works), the limits disable the buttons that would cross them, and the
 * activation menus change one layer, all hidden layers, or the output.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import type { App } from '../../../src/store/createApp';
import { ArchitectureEditor } from '../../../src/views/controls/ArchitectureEditor';
import { renderApp, testApp } from '../../helpers/testApp';

let app: App;
const config = () => app.state.getState().config;
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const layerItems = () => within(screen.getByRole('list')).queryAllByRole('listitem');

beforeEach(() => {
  ({ app } = testApp());
});

describe('ArchitectureEditor', () => {
  it('lists the hidden layers with their neuron counts and states the limits', () => {
    renderApp(<ArchitectureEditor />);
    expect(layerItems()).toHaveLength(2);
    expect(screen.getByLabelText('6 neurons in layer 1').textContent).toBe('6');
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
    expect(screen.getByLabelText('3 neurons in layer 3')).toBeTruthy();
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
    expect(screen.getByLabelText('8 neurons in layer 2').textContent).toBe('8');
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
