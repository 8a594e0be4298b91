/**
 * The lesson panel: the step's text with the engine's numbers filled in, a question that gives
 * a hint when wrong and the engine's answer when right, and Next held back until the step's
 * question and action are done.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FOUR_NEURON } from '../../../src/lessons/presets';
import { lessonPass, readValue } from '../../../src/store/lessons/values';
import { LessonPanel } from '../../../src/views/lessons/LessonPanel';
import { makeFrame } from '../fixtures/frame';
import { current, renderApp, showFrame, testApp } from '../../helpers/testApp';

const config = FOUR_NEURON.config;
const frame = () =>
  makeFrame({
    inputSize: 1,
    hidden: config.hidden,
    output: config.output,
    probeInput: [1],
    probeTarget: [0.25],
    seed: 7,
  });

function openLesson1AtStep(step: number) {
  const { app } = testApp();
  act(() => app.commands.startLesson('one-neuron-forward'));
  showFrame(frame(), [config]);
  showFrame(frame(), [config]);
  if (step > 0) act(() => app.commands.lessonGo(step));
  renderApp(<LessonPanel />);
  return app;
}

describe('LessonPanel', () => {
  it('fills placeholders with the engine’s numbers and shows the progress', () => {
    openLesson1AtStep(1);
    expect(screen.getByText('Step 2 of 5')).toBeTruthy();
    const shown = [...document.querySelectorAll('.lesson-value')].map((e) => Number(e.getAttribute('data-value')));
    const pass = lessonPass(frame(), config);
    expect(shown).toEqual([
      readValue(pass, { quantity: 'x', unit: 0 }),
      readValue(pass, { quantity: 'w', layer: 0, to: 0, from: 0 }),
      readValue(pass, { quantity: 'b', layer: 0, unit: 0 }),
    ]);
  });

  it('a wrong answer gets the hint; the right one the engine’s value; then Next opens', () => {
    openLesson1AtStep(1);
    const next = screen.getByRole('button', { name: 'Next step →' }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    expect(screen.getByText('Answer the question first')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: '42' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Not quite.')).toBeTruthy();
    expect(screen.getByText(/z = w · x₁ \+ b/)).toBeTruthy();
    const z = readValue(lessonPass(frame(), config), { quantity: 'z', layer: 0, unit: 0 })!;
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: String(z + 0.004) } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('lesson-reveal').textContent).toMatch(/^Right\. The engine computed /);
    expect(next.disabled).toBe(false);
    fireEvent.click(next);
    expect(current().app.state.getState().lesson?.step).toBe(2);
  });

  it('an answer typed and checked by keyboard hands the focus to the reveal, not a disabled field', () => {
    openLesson1AtStep(1);
    const field = screen.getByLabelText('Your answer') as HTMLInputElement;
    const z = readValue(lessonPass(frame(), config), { quantity: 'z', layer: 0, unit: 0 })!;
    field.focus();
    fireEvent.change(field, { target: { value: String(z) } });
    fireEvent.submit(field.form!);
    expect(field.disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId('lesson-reveal'));
  });

  it('a step that waits for an action says what it waits for until it happens', () => {
    const app = openLesson1AtStep(2);
    expect(screen.getByTestId('lesson-await').textContent).toBe('→ Step through to phase 1 (Next →)');
    expect((screen.getByRole('button', { name: 'Next step →' }) as HTMLButtonElement).disabled).toBe(true);
    const f = frame();
    f.stepper = { phases: [], position: 1, example: { kind: 'row', index: 0 }, paramsBefore: f.trainers[0].params };
    act(() => app.commands.nextPhase());
    showFrame(f);
    expect(screen.getByTestId('lesson-await').textContent).toBe('✓ Step through to phase 1 (Next →)');
    expect((screen.getByRole('button', { name: 'Next step →' }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Leave lesson' }));
    expect(app.state.getState().lesson).toBeNull();
  });
});
