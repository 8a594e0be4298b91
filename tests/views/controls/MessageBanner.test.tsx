/** The banner says what went wrong in words, as an alert; dismissing it clears the message. */
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { MessageBanner } from '../../../src/views/app/MessageBanner';
import { renderApp, testApp } from '../../helpers/testApp';

describe('MessageBanner', () => {
  it('shows nothing when all is well', () => {
    testApp();
    const { container } = renderApp(<MessageBanner />);
    expect(container.textContent).toBe('');
  });

  it("shows the worker's error as an alert and dismisses it", () => {
    const { app, worker } = testApp();
    worker.emit({ type: 'error', kind: 'crash', message: 'The loss became NaN: lower the learning rate.' });
    renderApp(<MessageBanner />);
    expect(screen.getByRole('alert').textContent).toContain('The loss became NaN: lower the learning rate.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(app.run.getState().error).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused setting as "That setting was not applied: …"', () => {
    const { app } = testApp();
    renderApp(<MessageBanner />);
    act(() => app.commands.setBatchSize(0));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'That setting was not applied: The batch size must be a whole number from 1 to 500.',
    );
    expect(app.state.getState().config).toBe(DEFAULT_CONFIG);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(app.run.getState().problem).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a refused setting goes first; dismissing clears it and the error together', () => {
    const { app, worker } = testApp();
    worker.emit({ type: 'error', kind: 'invalid', message: 'worker said no' });
    app.commands.setSeed(1.5);
    renderApp(<MessageBanner />);
    expect(screen.getByRole('alert').textContent).toContain('That setting was not applied: The seed is a whole number');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(app.run.getState().error).toBeNull();
  });

  it('shows a warning as a status, not an alert', () => {
    const { worker } = testApp();
    worker.emit({ type: 'warning', kind: 'exploding', message: 'Gradients are growing toward the input.' });
    renderApp(<MessageBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Gradients are growing toward the input.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it("shows the page's own notice (an unreadable link) until dismissed", () => {
    const { app } = testApp(
      undefined,
      'This shared link could not be read (it is not valid JSON). Starting from your last set-up instead.',
    );
    renderApp(<MessageBanner />);
    expect(screen.getByRole('status').textContent).toContain('This shared link could not be read');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(app.run.getState().notice).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
