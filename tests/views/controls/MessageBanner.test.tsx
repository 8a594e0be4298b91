/** The banner says what went wrong in words, as an alert; dismissing it clears the message. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useConfigStore } from '../../../src/store/configStore';
import { DEFAULT_CONFIG } from '../../../src/store/defaults';
import { useRunStore } from '../../../src/store/runStore';
import { MessageBanner } from '../../../src/views/controls/MessageBanner';
import { resetStores } from './harness';

beforeEach(resetStores);

describe('MessageBanner', () => {
  it('shows nothing when all is well', () => {
    const { container } = render(<MessageBanner />);
    expect(container.textContent).toBe('');
  });

  it("shows the worker's error as an alert and dismisses it", () => {
    useRunStore.setState({ error: { kind: 'diverged', message: 'The loss became NaN: lower the learning rate.' } });
    render(<MessageBanner />);
    expect(screen.getByRole('alert').textContent).toContain('The loss became NaN: lower the learning rate.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(useRunStore.getState().error).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused setting as "That setting was not applied: …"', () => {
    render(<MessageBanner />);
    act(() => useConfigStore.getState().setBatchSize(0));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('That setting was not applied: The batch size must be a whole number from 1 to 500.');
    expect(useConfigStore.getState().config).toBe(DEFAULT_CONFIG);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(useConfigStore.getState().problem).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a refused setting goes first; dismissing clears it and the error together', () => {
    useRunStore.setState({ error: { kind: 'invalid', message: 'worker said no' } });
    useConfigStore.setState({ problem: { field: 'seed', message: 'The seed is a whole number from 0 to 999999.' } });
    render(<MessageBanner />);
    expect(screen.getByRole('alert').textContent).toContain('That setting was not applied: The seed is a whole number');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useRunStore.getState().error).toBeNull();
  });

  it('shows a warning as a status, not an alert', () => {
    useRunStore.setState({ warning: 'Gradients are growing toward the input.' });
    render(<MessageBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Gradients are growing toward the input.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it("shows the page's own notice (an unreadable link) until dismissed", () => {
    useRunStore.setState({ notice: 'This shared link could not be read (it is not valid JSON). Starting from your last set-up instead.' });
    render(<MessageBanner />);
    expect(screen.getByRole('status').textContent).toContain('This shared link could not be read');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(useRunStore.getState().notice).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
