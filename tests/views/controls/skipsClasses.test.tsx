/**
 * The controls for the new settings: a skip checkbox per hidden layer (disabled, with the
 * reason, where it cannot fit) and one for every layer; the softmax output; the number of
 * classes for the spiral and the clusters.
 */
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../src/store/createApp';
import { ArchitectureEditor } from '../../../src/views/controls/ArchitectureEditor';
import { DataControls } from '../../../src/views/controls/DataControls';
import { renderApp, testApp } from '../../helpers/testApp';

let app: App;
const config = () => app.state.getState().config;
const chip = (layer: number) =>
  screen.getByRole('button', { name: `Skip connection around layer ${layer}` }) as HTMLButtonElement;

beforeEach(() => {
  ({ app } = testApp());
});

describe('skip connections', () => {
  it('one toggle per hidden layer: the first and any of another width are disabled, with the reason', () => {
    app.commands.addLayer();
    app.commands.setUnits(2, 4); // 6, 6, 4
    renderApp(<ArchitectureEditor />);
    expect(chip(1).disabled).toBe(true);
    expect(chip(1).getAttribute('aria-description')).toMatch(/first hidden layer/);
    expect(chip(2).disabled).toBe(false);
    expect(chip(3).disabled).toBe(true);
    expect(chip(3).getAttribute('aria-description')).toMatch(/as wide as layer 2/);
    fireEvent.click(chip(2));
    expect(config().hidden.map((l) => l.skip === true)).toEqual([false, true, false]);
    expect(chip(2).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(chip(2));
    expect(config().hidden.some((l) => l.skip)).toBe(false);
  });

  it('"Skip connections" puts one around every layer where one fits, and takes them all away', () => {
    app.commands.addLayer();
    renderApp(<ArchitectureEditor />);
    const all = screen.getByRole('checkbox', { name: 'Skip connections' }) as HTMLInputElement;
    expect(all.checked).toBe(false);
    fireEvent.click(all);
    expect(config().hidden.map((l) => l.skip === true)).toEqual([false, true, true]);
    expect(all.checked).toBe(true);
    fireEvent.click(all);
    expect(config().hidden.some((l) => l.skip)).toBe(false);
  });
});

describe('softmax and classes', () => {
  it('the output offers a softmax, which takes cross-entropy over K classes', () => {
    renderApp(<ArchitectureEditor />);
    const output = screen.getByRole('combobox', { name: 'Activation of the output' }) as HTMLSelectElement;
    expect([...output.options].map((o) => o.value)).toContain('softmax');
    fireEvent.change(output, { target: { value: 'softmax' } });
    expect([config().output, config().loss]).toEqual(['softmax', 'cce']);
    // Hidden layers are never offered a softmax.
    const hidden = screen.getByRole('combobox', { name: 'Activation of layer 1' }) as HTMLSelectElement;
    expect([...hidden.options].map((o) => o.value)).not.toContain('softmax');
  });

  it('the spiral and the clusters offer 2–5 classes; 3 switch to the softmax', () => {
    renderApp(<DataControls />);
    expect(screen.queryByRole('combobox', { name: 'Classes' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Dataset' }), { target: { value: 'spiral' } });
    const classes = screen.getByRole('combobox', { name: 'Classes' }) as HTMLSelectElement;
    expect([...classes.options].map((o) => o.value)).toEqual(['2', '3', '4', '5']);
    fireEvent.change(classes, { target: { value: '3' } });
    expect([config().dataset.classes, config().output, config().loss]).toEqual([3, 'softmax', 'cce']);
    expect(screen.getByText(/softmax output, one neuron per class/)).toBeTruthy();
  });
});
