import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { frameStore, publishFrame } from '../../../src/store/frameStore';
import { useSelectionStore } from '../../../src/store/selectionStore';
import { formatNumber, maxAbs } from '../../../src/views/encodings';
import { EdgeLegend } from '../../../src/views/graph/EdgeLegend';
import { makeFrame } from '../fixtures/frame';

beforeEach(() => {
  frameStore.setState({ frame: null });
  useSelectionStore.setState({ edgeMode: 'gradient', edgeScale: 'linear' });
});

describe('EdgeLegend', () => {
  it('switches what edge width shows and its scale through labelled radio buttons', () => {
    render(<EdgeLegend />);
    const gradient = screen.getByRole('radio', { name: /gradient/i }) as HTMLInputElement;
    const weight = screen.getByRole('radio', { name: /weight/i }) as HTMLInputElement;
    expect(gradient.checked).toBe(true);
    fireEvent.click(weight);
    expect(useSelectionStore.getState().edgeMode).toBe('weight');
    expect(weight.checked).toBe(true);
    expect(screen.getByTestId('width-key').textContent).toContain('|w|');

    fireEvent.click(screen.getByRole('radio', { name: /log/i }));
    expect(useSelectionStore.getState().edgeScale).toBe('log');
    expect(screen.getByTestId('width-key').textContent).toContain('decades');
    expect(screen.getByTestId('width-key').textContent).toContain('10⁻⁶');
    fireEvent.click(screen.getByRole('radio', { name: /linear/i }));
    expect(useSelectionStore.getState().edgeScale).toBe('linear');
  });

  it('follows the store when another view changes the encoding', () => {
    render(<EdgeLegend />);
    act(() => useSelectionStore.getState().setEdgeScale('log'));
    expect((screen.getByRole('radio', { name: /log/i }) as HTMLInputElement).checked).toBe(true);
  });

  it('quotes the largest edge value of the current frame', () => {
    const frame = makeFrame();
    publishFrame(frame);
    render(<EdgeLegend />);
    const t = frame.trainers[0];
    // Weights only: layer 0's W is params[0, 6), layer 1's [9, 15), layer 2's [17, 19).
    const largest = Math.max(maxAbs(t.grads, 0, 6), maxAbs(t.grads, 9, 15), maxAbs(t.grads, 17, 19));
    expect(screen.getByTestId('width-key').textContent).toContain(formatNumber(largest));
  });
});
