/**
 * Lecture mode in jsdom: the projector's controls act on the app, the teacher's chart choice
 * is app state, the theme on <html> is the projector's, and a blocked presenter window says
 * how to open it anyway.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/views/app/App';
import { PresenterButton } from '../../../src/views/lecture/PresenterButton';
import { answered, renderApp, testApp } from '../../helpers/testApp';

afterEach(() => vi.restoreAllMocks());

function lecture(patch = {}) {
  const made = testApp({ lecture: true, ...patch });
  answered(made.app, made.worker);
  made.worker.clear();
  renderApp(<App />);
  return made;
}

describe('LectureApp', () => {
  it('shows only the lecturer’s controls, and they act on the app', () => {
    const { app, worker } = lecture();
    const bar = screen.getByRole('group', { name: 'Lecture controls' });
    // The editor panels are folded away.
    expect(screen.queryByRole('complementary', { name: 'Settings' })).toBeNull();
    fireEvent.click(within(bar).getByRole('button', { name: 'Step batch' }));
    expect(worker.commands()).toContainEqual({ type: 'step', unit: 'batch' });
    fireEvent.click(within(bar).getByRole('radio', { name: 'ReLU' }));
    expect(app.state.getState().config.hidden.every((l) => l.activation === 'relu')).toBe(true);
    expect(within(bar).getByRole('radio', { name: 'ReLU' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(within(bar).getByRole('radio', { name: 'Step through' }));
    expect(app.state.getState().mode).toBe('step');
    expect(screen.getByRole('region', { name: 'Step-through' })).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Exit lecture' }));
    expect(app.state.getState().lecture).toBe(false);
    expect(screen.getByRole('button', { name: /^Lecture mode/ })).toBeTruthy();
  });

  it('keeps the chart the teacher chose beside the network, in the app state', () => {
    const { app } = lecture();
    expect(screen.getByRole('region', { name: 'Gradient per layer' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Chart beside the network'), { target: { value: 'loss' } });
    expect(app.state.getState().view.lectureChart).toBe('loss');
    expect(screen.getByRole('region', { name: 'Loss' })).toBeTruthy();
  });

  it('puts the projector theme on the page, and the chosen one back when it closes', () => {
    const { app } = lecture();
    expect(document.documentElement.dataset.theme).toBe('projector');
    act(() => app.commands.setTheme('dark'));
    act(() => app.commands.setLecture(false));
    expect(document.documentElement.dataset.theme).toBe('dark');
    act(() => app.commands.setTheme('light'));
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('PresenterButton', () => {
  it('opens ?presenter=1 in a named window, and says how when pop-ups are blocked', () => {
    testApp();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderApp(<PresenterButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledWith('/?presenter=1', 'backprop-lab-presenter', expect.stringContaining('popup'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The browser blocked the window: open the presenter view.');
    expect(within(alert).getByRole('link').getAttribute('href')).toBe('/?presenter=1');
  });
});
