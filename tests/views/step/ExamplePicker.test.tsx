/**
 * Choosing the example to step through: a training row by its number (1-based, as the
 * student sees it) or the student's own input and target. A wrong entry gets a message
 * and sends nothing.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExamplePicker } from '../../../src/views/step/ExamplePicker';
import { resetStores, startRecording, trainerData, type Recorder } from '../controls/harness';

let worker: Recorder;

beforeEach(() => {
  resetStores();
  worker = startRecording();
  worker.configured([trainerData(10, 2, 1)]);
  worker.sent.length = 0;
});

afterEach(() => worker.dispose());

const type = (label: string, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const message = () => screen.queryByRole('alert')?.textContent ?? null;

describe('ExamplePicker', () => {
  it('shows nothing until the data is known', () => {
    resetStores();
    const { container } = render(<ExamplePicker />);
    expect(container.textContent).toBe('');
  });

  it.each(['0', '11', '2.5', '', 'two', '-1'])('refuses row %j with the allowed range', (typed) => {
    render(<ExamplePicker />);
    type('Training example number', typed);
    click('Use');
    expect(message()).toBe('Pick a training example from 1 to 10.');
    expect(worker.commands()).toEqual([]);
  });

  it('steps through row n as index n − 1, by button or Enter', () => {
    render(<ExamplePicker />);
    type('Training example number', '10');
    click('Use');
    type('Training example number', '3');
    fireEvent.keyDown(screen.getByLabelText('Training example number'), { key: 'Enter' });
    expect(worker.commands()).toEqual([
      { type: 'stepper-enter', example: { kind: 'row', index: 9 } },
      { type: 'stepper-enter', example: { kind: 'row', index: 2 } },
    ]);
  });

  it('clears the message once a valid row is chosen', () => {
    render(<ExamplePicker />);
    type('Training example number', '99');
    click('Use');
    expect(message()).not.toBeNull();
    type('Training example number', '1');
    click('Use');
    expect(message()).toBeNull();
  });

  it.each(['1', '1, 2, 3', '1, abc', '', '1e999, 2'])('refuses own input %j: it needs two numbers', (typed) => {
    render(<ExamplePicker />);
    type('Your input values', typed);
    type('Your target value', '1');
    click('Use mine');
    expect(message()).toBe('Type 2 input numbers, separated by commas.');
    expect(worker.commands()).toEqual([]);
  });

  it.each(['', 'yes', '1 0'])('refuses target %j', (typed) => {
    render(<ExamplePicker />);
    type('Your input values', '1.5, -2');
    type('Your target value', typed);
    click('Use mine');
    expect(message()).toBe('Type the target value y.');
    expect(worker.commands()).toEqual([]);
  });

  it('steps through the own example, by button or Enter in the target', () => {
    render(<ExamplePicker />);
    type('Your input values', ' 1.5, -2 ');
    type('Your target value', '0');
    click('Use mine');
    type('Your input values', '0.25 3');
    fireEvent.keyDown(screen.getByLabelText('Your target value'), { key: 'Enter' });
    expect(worker.commands()).toEqual([
      { type: 'stepper-enter', example: { kind: 'custom', input: [1.5, -2], target: [0] } },
      { type: 'stepper-enter', example: { kind: 'custom', input: [0.25, 3], target: [0] } },
    ]);
    expect(message()).toBeNull();
  });

  it('asks for one input on a one-input dataset', () => {
    resetStores();
    worker.configured([trainerData(5, 1, 1)]);
    worker.sent.length = 0;
    render(<ExamplePicker />);
    expect(screen.getByLabelText('Your input values').getAttribute('placeholder')).toBe('0.5');
    type('Your input values', '1, 2');
    type('Your target value', '1');
    click('Use mine');
    expect(message()).toBe('Type 1 input number, separated by commas.');
    type('Your input values', '-0.5');
    click('Use mine');
    expect(worker.commands()).toEqual([{ type: 'stepper-enter', example: { kind: 'custom', input: [-0.5], target: [1] } }]);
  });
});
