/**
 * The in-page question before trained work is thrown away: it names what would be lost,
 * takes the focus, and each answer (a button, or Escape to keep) does what it says.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QuestionBar } from '../../../src/views/app/QuestionBar';
import { renderApp, testApp } from '../../helpers/testApp';

function asked() {
  const { app } = testApp();
  const answer = vi.spyOn(app.commands, 'answerQuestion');
  app.run.setState({
    question: {
      text: 'Open the link? It replaces the network you trained for 120 steps.',
      yes: 'Open the link',
      no: 'Keep my network',
    },
  });
  renderApp(<QuestionBar />);
  return { app, answer };
}

describe('QuestionBar', () => {
  it('shows nothing without a question', () => {
    testApp();
    const { container } = renderApp(<QuestionBar />);
    expect(container.textContent).toBe('');
  });

  it('asks in words, as a dialog with the focus on the answer', () => {
    asked();
    const dialog = screen.getByRole('alertdialog', {
      name: 'Open the link? It replaces the network you trained for 120 steps.',
    });
    expect(dialog).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open the link' }));
  });

  it.each([
    ['Open the link', true],
    ['Keep my network', false],
  ])('"%s" answers %s', (name, yes) => {
    const { answer } = asked();
    fireEvent.click(screen.getByRole('button', { name }));
    expect(answer).toHaveBeenCalledWith(yes);
  });

  it('Escape keeps things as they are', () => {
    const { answer } = asked();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Open the link' }), { key: 'Escape' });
    expect(answer).toHaveBeenCalledWith(false);
  });
});
