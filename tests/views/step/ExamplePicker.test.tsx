/**
 * Choosing the example to step through: a training row by its number (1-based, as the
 * student sees it) or the student's own input and target. A wrong entry gets a message
 * and sends nothing.
 */
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StepperExample } from '../../../src/worker/protocol';
import { ExamplePicker } from '../../../src/views/step/ExamplePicker';
import { renderApp } from '../../helpers/testApp';
import { startRecording, trainerData, type Recorder } from '../controls/harness';

let worker: Recorder;

/** A fresh app in step-through whose worker answered with `count` rows of `inputSize` inputs; nothing sent since. */
function answeredWith(count: number, inputSize: number): Recorder {
  const w = startRecording();
  w.configured([trainerData(count, inputSize, 1)]);
  w.app.state.setState({ mode: 'step' });
  w.sent.length = 0;
  return w;
}

beforeEach(() => {
  worker = answeredWith(10, 2);
});

/** What choosing an example posts: step-through opens on it, at its start (commands.enterStepThrough). */
const enter = (example: StepperExample) => ({ type: 'stepper-enter', example, position: 0 });

const type = (label: string, text: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const message = () => screen.queryByRole('alert')?.textContent ?? null;

describe('ExamplePicker', () => {
  it('in Train mode remembers the example for the next step-through and the worksheet, and sends nothing', () => {
    worker.app.state.setState({ mode: 'train' });
    renderApp(<ExamplePicker />);
    type('Your input values', '1.5, -2');
    type('Your target value', '1');
    click('Use mine');
    expect(worker.commands()).toEqual([]);
    const custom = { kind: 'custom', input: [1.5, -2], target: [1] };
    expect(worker.app.state.getState()).toMatchObject({ mode: 'train', stepThrough: { example: custom, phase: 0 } });
    worker.app.commands.setMode('step');
    expect(worker.commands().at(-1)).toEqual({ type: 'stepper-enter', example: custom, position: 0 });
  });

  it('shows nothing until the data is known', () => {
    worker = startRecording();
    const { container } = renderApp(<ExamplePicker />);
    expect(container.textContent).toBe('');
  });

  it.each(['0', '11', '2.5', '', 'two', '-1'])('refuses row %j with the allowed range', (typed) => {
    renderApp(<ExamplePicker />);
    type('Training example number', typed);
    click('Use');
    expect(message()).toBe('Pick a training example from 1 to 10.');
    const input = screen.getByLabelText('Training example number');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(message());
    expect(worker.commands()).toEqual([]);
  });

  it('steps through row n as index n − 1, by button or Enter', () => {
    renderApp(<ExamplePicker />);
    type('Training example number', '10');
    click('Use');
    type('Training example number', '3');
    fireEvent.keyDown(screen.getByLabelText('Training example number'), { key: 'Enter' });
    expect(worker.commands()).toEqual([enter({ kind: 'row', index: 9 }), enter({ kind: 'row', index: 2 })]);
    expect(worker.app.state.getState()).toMatchObject({
      mode: 'step',
      stepThrough: { example: { kind: 'row', index: 2 }, phase: 0 },
    });
  });

  it('clears the message once a valid row is chosen', () => {
    renderApp(<ExamplePicker />);
    type('Training example number', '99');
    click('Use');
    expect(message()).not.toBeNull();
    type('Training example number', '1');
    click('Use');
    expect(message()).toBeNull();
  });

  it.each(['1', '1, 2, 3', '1, abc', '', '1e999, 2'])('refuses own input %j: it needs two numbers', (typed) => {
    renderApp(<ExamplePicker />);
    type('Your input values', typed);
    type('Your target value', '1');
    click('Use mine');
    expect(message()).toBe('Type 2 input numbers, separated by commas.');
    expect(worker.commands()).toEqual([]);
  });

  it.each(['', 'yes', '1 0'])('refuses target %j', (typed) => {
    renderApp(<ExamplePicker />);
    type('Your input values', '1.5, -2');
    type('Your target value', typed);
    click('Use mine');
    expect(message()).toBe('Type the target value y.');
    expect(worker.commands()).toEqual([]);
  });

  it('steps through the own example, by button or Enter in the target', () => {
    renderApp(<ExamplePicker />);
    type('Your input values', ' 1.5, -2 ');
    type('Your target value', '0');
    click('Use mine');
    type('Your input values', '0.25 3');
    fireEvent.keyDown(screen.getByLabelText('Your target value'), { key: 'Enter' });
    expect(worker.commands()).toEqual([
      enter({ kind: 'custom', input: [1.5, -2], target: [0] }),
      enter({ kind: 'custom', input: [0.25, 3], target: [0] }),
    ]);
    expect(message()).toBeNull();
  });

  it('asks for one input on a one-input dataset', () => {
    worker = answeredWith(5, 1);
    renderApp(<ExamplePicker />);
    expect(screen.getByLabelText('Your input values').getAttribute('placeholder')).toBe('0.5');
    type('Your input values', '1, 2');
    type('Your target value', '1');
    click('Use mine');
    expect(message()).toBe('Type 1 input number, separated by commas.');
    type('Your input values', '-0.5');
    click('Use mine');
    expect(worker.commands()).toEqual([enter({ kind: 'custom', input: [-0.5], target: [1] })]);
  });
});
