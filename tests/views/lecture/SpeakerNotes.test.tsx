/**
 * Speaker notes in jsdom: every step of every built-in lesson shows its notes in the
 * presenter's SpeakerNotes, each [[value]] filled with the engine's number for the network
 * that step has on screen (never a dash for a value that network lacks), and the presenter
 * window shows them beside the lesson.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { BUILT_IN_LESSONS } from '../../../src/lessons/builtin';
import type { AppState } from '../../../src/store/appState';
import { trainerConfigsOf } from '../../../src/store/compare';
import { PLACEHOLDER, placeholderRef } from '../../../src/store/lessons/placeholders';
import { lessonPass, readValue } from '../../../src/store/lessons/values';
import type { Link } from '../../../src/store/presenter/mirror';
import { formatShown } from '../../../src/views/kit/format';
import { PresenterApp } from '../../../src/views/lecture/PresenterApp';
import { SpeakerNotes } from '../../../src/views/lecture/SpeakerNotes';
import { makeFrame } from '../fixtures/frame';
import { disposeApps, renderApp, showFrame, testApp } from '../../helpers/testApp';

afterEach(() => disposeApps());

/** A frame from the engine for the network(s) the app is set up with now. */
function frameFor(state: AppState) {
  const configs = trainerConfigsOf(state);
  const { config } = state;
  const frame = makeFrame({
    inputSize: config.dataset.kind === 'toy' ? 1 : 2,
    hidden: config.hidden,
    output: config.output,
    loss: config.loss,
    init: config.init,
    seed: config.seed,
    optimizer: config.optimizer,
    trainers: configs.length,
  });
  return { frame, configs };
}

/** Opens `lessonId` at `step` with a frame of its network, as the presenter would see it. */
function openAt(lessonId: string, step: number) {
  const { app } = testApp();
  act(() => app.commands.startLesson(lessonId));
  if (step > 0) act(() => app.commands.lessonGo(step));
  const { frame, configs } = frameFor(app.state.getState());
  act(() => showFrame(frame, configs));
  return { app, frame, config: configs[0] };
}

const STEPS = BUILT_IN_LESSONS.flatMap((lesson) =>
  lesson.steps.map((step, k) => [lesson.id, k + 1, step.notes ?? ''] as const),
);

describe('SpeakerNotes', () => {
  it.each(STEPS)('shows the notes of %s, step %i, with the engine’s numbers', (id, stepNumber, notes) => {
    const { frame, config } = openAt(id, stepNumber - 1);
    renderApp(<SpeakerNotes />);
    const shown = screen.getByTestId('lesson-notes');
    // The prose reads as written (its longest run of plain words), and no markup is left raw.
    const prose = notes
      .split(/\$[^$]+\$|\*[^*]+\*|\[\[[^\]]+\]\]/)
      .reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
    expect(prose.length).toBeGreaterThan(20);
    expect(shown.textContent).toContain(prose);
    expect(shown.textContent).not.toMatch(/\[\[|\$/);
    // Every placeholder, in order, is the engine's value for this step's network.
    const pass = lessonPass(frame, config);
    const expected = [...notes.matchAll(PLACEHOLDER)].map((m) => readValue(pass, placeholderRef(m[1])!));
    const values = [...shown.querySelectorAll('.lesson-value')];
    expect(values).toHaveLength(expected.length);
    values.forEach((el, k) => {
      expect(expected[k]).not.toBeNull();
      expect(Number(el.getAttribute('data-value'))).toBe(expected[k]);
      expect(el.textContent).toBe(formatShown(expected[k]!));
    });
  });

  it('follows the lesson: Next shows the next step’s notes', () => {
    const { app } = openAt('backpropagation', 0);
    renderApp(<SpeakerNotes />);
    expect(screen.getByTestId('lesson-notes').textContent).toMatch(/^Recap the forward pass/);
    act(() => app.commands.lessonGo(1));
    expect(screen.getByTestId('lesson-notes').textContent).toMatch(/^The weight is selected for you/);
  });
});

describe('PresenterApp', () => {
  it('shows the step’s speaker notes beside the lesson, not the placeholder hint', () => {
    openAt('one-neuron-forward', 1);
    const link = createStore<{ link: Link }>(() => ({ link: 'connected' }));
    renderApp(<PresenterApp link={link} />);
    const notes = screen.getByRole('region', { name: 'Speaker notes' });
    expect(within(notes).getByTestId('lesson-notes').textContent).toMatch(/^Have everyone write /);
    expect(within(notes).queryByText(/Nothing for this moment/)).toBeNull();
    expect(screen.getByTestId('lesson-panel')).toBeTruthy();
  });
});
