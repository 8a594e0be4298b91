import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maxAbs } from '../../../src/views/kit/encodings';
import { formatNumber } from '../../../src/views/kit/format';
import { EdgeLegend } from '../../../src/views/graph/EdgeLegend';
import { makeFrame } from '../fixtures/frame';
import { renderApp, showFrame, testApp } from '../../helpers/testApp';

describe('EdgeLegend', () => {
  it('switches what edge width shows and its scale through labelled radio buttons', () => {
    const { app } = testApp();
    renderApp(<EdgeLegend />);
    const gradient = screen.getByRole('radio', { name: /gradient/i }) as HTMLInputElement;
    const weight = screen.getByRole('radio', { name: /weight/i }) as HTMLInputElement;
    expect(gradient.checked).toBe(true);
    fireEvent.click(weight);
    expect(app.state.getState().view.edgeMode).toBe('weight');
    expect(weight.checked).toBe(true);
    expect(screen.getByTestId('width-key').textContent).toContain('|w|');

    fireEvent.click(screen.getByRole('radio', { name: /log/i }));
    expect(app.state.getState().view.edgeScale).toBe('log');
    expect(screen.getByTestId('width-key').textContent).toContain('decades');
    expect(screen.getByTestId('width-key').textContent).toContain('10⁻⁶');
    fireEvent.click(screen.getByRole('radio', { name: /linear/i }));
    expect(app.state.getState().view.edgeScale).toBe('linear');
  });

  it('follows the app state when another view changes the encoding', () => {
    const { app } = testApp();
    renderApp(<EdgeLegend />);
    act(() => app.commands.setEdgeScale('log'));
    expect((screen.getByRole('radio', { name: /log/i }) as HTMLInputElement).checked).toBe(true);
  });

  it('quotes the largest edge value of the current frame', () => {
    testApp();
    const frame = makeFrame();
    showFrame(frame);
    renderApp(<EdgeLegend />);
    const t = frame.trainers[0];
    // Weights only: layer 0's W is params[0, 6), layer 1's [9, 15), layer 2's [17, 19).
    const largest = Math.max(maxAbs(t.grads, 0, 6), maxAbs(t.grads, 9, 15), maxAbs(t.grads, 17, 19));
    expect(screen.getByTestId('width-key').textContent).toContain(formatNumber(largest));
  });

  it('says how many edges overflowed, and how they are drawn', () => {
    testApp();
    const frame = makeFrame();
    frame.trainers[0].grads[0] = Infinity;
    frame.trainers[0].nonFinite = { params: 0, grads: 1 };
    showFrame(frame);
    renderApp(<EdgeLegend />);
    expect(screen.getByRole('note').textContent).toBe('⚠ 1 gradient overflowed (∞ or NaN, not a number): dashed');
    // The width scale's 100% is the largest finite value.
    expect(screen.getByTestId('width-key').textContent).not.toMatch(/∞|NaN/);
  });
});
