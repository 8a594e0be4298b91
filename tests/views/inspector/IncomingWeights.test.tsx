import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/views/inspector';
import { renderApp } from '../../helpers/testApp';
import { inspectorFixture, installFixture } from './fixture';

beforeEach(() => installFixture(inspectorFixture()));

describe('incoming weights (the keyboard way to a weight)', { timeout: 20_000 }, () => {
  it("lists a neuron's incoming weights, strongest first, and selecting one opens its chain rule", () => {
    const fx = inspectorFixture();
    const app = installFixture(fx);
    renderApp(<Inspector />);
    act(() => app.commands.select({ kind: 'neuron', layer: 1, unit: 0 }));
    const list = screen.getByRole('region', { name: 'Incoming weights' });
    const buttons = within(list).getAllByRole('button');
    const layer = fx.net.layers[1];
    expect(buttons).toHaveLength(layer.nIn + 1);
    expect(buttons.at(-1)?.textContent).toMatch(/^its bias b: /);
    const strongest = [...layer.W.subarray(0, layer.nIn)]
      .map((w, from) => ({ w, from }))
      .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))[0];
    expect(buttons[0].textContent).toContain(`from O1,${strongest.from + 1}`);
    fireEvent.click(buttons[0]);
    expect(app.state.getState().selection).toEqual({ kind: 'weight', layer: 1, to: 0, from: strongest.from });
  });

  it('lists an overflowed weight first, marked, never as a bare "NaN"', () => {
    const fx = inspectorFixture();
    const layer = fx.net.layers[1];
    fx.frame.trainers[0].params[layer.W.byteOffset / 8 + 1] = NaN;
    const app = installFixture(fx);
    renderApp(<Inspector />);
    act(() => app.commands.select({ kind: 'neuron', layer: 1, unit: 0 }));
    const buttons = within(screen.getByRole('region', { name: 'Incoming weights' })).getAllByRole('button');
    expect(buttons[0].textContent).toBe('from O1,2: ⚠ NaN (not a number)');
  });
});
