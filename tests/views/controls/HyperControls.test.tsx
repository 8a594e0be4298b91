/**
 * Training settings: a typo in a number field is refused with a message naming the
 * allowed range and stays in the box to be corrected; the config (and so the running
 * network) is untouched. The learning-rate slider is logarithmic.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { HyperControls } from '../../../src/views/controls/HyperControls';
import { renderApp } from '../../helpers/testApp';
import { startRecording, type Recorder } from './harness';

const config = () => worker.app.state.getState().config;
const problem = () => worker.app.run.getState().problem;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const slider = () => screen.getByRole('slider') as HTMLInputElement;

/** Types `text` into the field and presses Enter. */
function enter(label: string, text: string): void {
  const input = field(label);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

let worker: Recorder;

beforeEach(() => {
  worker = startRecording();
});

describe('HyperControls', () => {
  it.each(['abc', 'NaN', '99', '0', '-0.1', '', 'Infinity', '1e-9'])(
    'refuses η = %j with the allowed range, keeping the text and the config',
    (typed) => {
      renderApp(<HyperControls />);
      enter('η (exact)', typed);
      expect(config()).toBe(DEFAULT_CONFIG);
      expect(problem()?.field).toBe('learningRate');
      expect(problem()?.message).toContain('from 0.00001 to 10');
      expect(field('η (exact)').value).toBe(typed);
      expect(worker.commands()).toEqual([]);
    },
  );

  it('marks a refused field aria-invalid with the refusal linked, until a value is accepted', () => {
    renderApp(<HyperControls />);
    enter('Batch size', '0');
    const input = field('Batch size');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described[0]?.textContent).toBe(problem()?.message);
    expect(described[0]?.textContent).toContain('batch size');
    expect(field('η (exact)').getAttribute('aria-invalid')).toBeNull();
    enter('Batch size', '16');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('commits a valid η on Enter: the worker changes it live, without a rebuild', () => {
    renderApp(<HyperControls />);
    enter('η (exact)', 'abc');
    enter('η (exact)', ' 0.5 ');
    expect(config().optimizer).toEqual({ kind: 'sgd', learningRate: 0.5 });
    expect(problem()).toBeNull();
    expect(worker.commands()).toEqual([{ type: 'set-optimizer', patch: { kind: 'sgd', learningRate: 0.5 } }]);
    // The slider and the readout follow.
    expect(Number(slider().value)).toBeCloseTo(Math.log10(0.5), 1);
    expect(screen.getByText('0.5', { selector: 'output' })).toBeTruthy();
  });

  it('commits on blur too', () => {
    renderApp(<HyperControls />);
    const input = field('η (exact)');
    fireEvent.change(input, { target: { value: '0.003' } });
    fireEvent.blur(input);
    expect(config().optimizer.learningRate).toBe(0.003);
  });

  it('states the allowed range under each number field', () => {
    renderApp(<HyperControls />);
    expect(field('η (exact)').getAttribute('aria-describedby')).toBe('lr-hint');
    expect(document.getElementById('lr-hint')?.textContent).toBe('0.00001 to 10');
    expect(document.getElementById('batch-hint')?.textContent).toBe('1 to 500');
  });

  it('maps the log slider to 10^x, rounded to two digits, on release', () => {
    renderApp(<HyperControls />);
    const range = slider();
    expect(Number(range.min)).toBeCloseTo(-5);
    expect(Number(range.max)).toBeCloseTo(1);
    fireEvent.change(range, { target: { value: '-1.5' } });
    // Dragging alone commits nothing.
    expect(config().optimizer.learningRate).toBe(0.03);
    fireEvent.pointerUp(range);
    expect(config().optimizer.learningRate).toBe(0.032);
    expect(field('η (exact)').value).toBe('0.032');
    fireEvent.change(range, { target: { value: '0' } });
    fireEvent.keyUp(range, { key: 'ArrowRight' });
    expect(config().optimizer.learningRate).toBe(1);
  });

  it('keeps an exactly typed η when focus merely passes over the slider', () => {
    renderApp(<HyperControls />);
    enter('η (exact)', '0.0123');
    expect(config().optimizer.learningRate).toBe(0.0123);
    const range = slider();
    // Shift+Tab lands on the slider: its keyup must not round the rate to 0.012.
    fireEvent.keyUp(range, { key: 'Tab', shiftKey: true });
    fireEvent.pointerUp(range);
    expect(config().optimizer.learningRate).toBe(0.0123);
  });

  it('refuses batch size 2.5 and 0; accepts 32', () => {
    renderApp(<HyperControls />);
    for (const typed of ['2.5', '0', '501', 'ten']) {
      enter('Batch size', typed);
      expect(config()).toBe(DEFAULT_CONFIG);
      expect(problem()?.message).toBe('The batch size must be a whole number from 1 to 500.');
    }
    enter('Batch size', '32');
    expect(config().batchSize).toBe(32);
    expect(problem()).toBeNull();
    expect(worker.commands()).toEqual([{ type: 'set-batch-size', batchSize: 32 }]);
    expect(field('Batch size').getAttribute('inputmode')).toBe('numeric');
  });

  it('changes optimiser, loss and initialiser from their menus', () => {
    renderApp(<HyperControls />);
    fireEvent.change(screen.getByLabelText('Optimiser'), { target: { value: 'adam' } });
    expect(config().optimizer).toEqual({ kind: 'adam', learningRate: 0.03 });
    fireEvent.change(screen.getByLabelText('Loss'), { target: { value: 'bce' } });
    // Cross-entropy brings the sigmoid output it needs.
    expect(config().loss).toBe('bce');
    expect(config().output).toBe('sigmoid');
    fireEvent.change(screen.getByLabelText('Initialiser'), { target: { value: 'he' } });
    expect(config().init).toEqual({ kind: 'he', scale: 1 });
    enter('Weight scale', '20');
    expect(config().init).toEqual({ kind: 'he', scale: 1 });
    expect(problem()?.message).toContain('from 0.01 to 10');
    enter('Weight scale', '1.5');
    expect(config().init).toEqual({ kind: 'he', scale: 1.5 });
  });

  it('shows a rate set elsewhere (a preset) in the field and the slider', () => {
    renderApp(<HyperControls />);
    enter('η (exact)', '0.0x');
    act(() =>
      worker.app.commands.loadSetup({
        config: { ...DEFAULT_CONFIG, optimizer: { kind: 'sgd', learningRate: 0.1 } },
        compare: null,
      }),
    );
    expect(field('η (exact)').value).toBe('0.1');
    expect(Number(slider().value)).toBeCloseTo(-1, 1);
    expect(slider().getAttribute('aria-valuetext')).toBe('0.1');
  });
});
