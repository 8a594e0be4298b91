/**
 * Step-through mode, driven by stepper frames the real engine produced: where the student
 * is ("Phase k of N" and what the phase does), → and ← move one phase (not while typing),
 * Escape leaves, and after the update the table shows every weight's old and new value.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishFrame } from '../../../src/store/frameStore';
import { useUiStore } from '../../../src/store/uiStore';
import { formatValue } from '../../../src/views/format';
import { phaseText } from '../../../src/views/step/phaseText';
import { StepThroughBar } from '../../../src/views/step/StepThroughBar';
import { updateRows } from '../../../src/views/step/UpdateTable';
import { FOUR_NEURON_LAYERS, inspectorFixture } from '../inspector/fixture';
import { resetStores, startRecording, type Recorder } from '../controls/harness';

let worker: Recorder;

beforeEach(() => {
  resetStores();
  useUiStore.setState({ mode: 'step' });
  worker = startRecording();
  worker.configured();
  worker.sent.length = 0;
});

afterEach(() => worker.dispose());

/** The four-neuron net after `phases` phases: 3 layers → 6 forward, loss, 6 backward, update = 14. */
const fourNeuron = (phases: number) =>
  inspectorFixture({ layers: FOUR_NEURON_LAYERS, inputSize: 1, input: [0.5], target: [1], stepperPhases: phases });

const count = () => screen.getByText(/^Phase \d+ of \d+$/).textContent;
const title = () => screen.getByTestId('phase-title').textContent;
const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

// KaTeX is slow in jsdom: allow time.
describe('StepThroughBar', { timeout: 20_000 }, () => {
  it('before the first phase: Ready, Previous disabled, the example picker offered', () => {
    publishFrame(fourNeuron(0).frame);
    render(<StepThroughBar />);
    expect(count()).toBe('Phase 0 of 14');
    expect(title()).toBe('Ready');
    expect(button(/previous/i).disabled).toBe(true);
    expect(button(/next/i).disabled).toBe(false);
    expect(screen.getByLabelText('Training example number')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Weight updates' })).toBeNull();
  });

  it('shows "Phase k of N" and the title of the phase just done', () => {
    const fx = fourNeuron(3);
    publishFrame(fx.frame);
    render(<StepThroughBar />);
    expect(count()).toBe('Phase 3 of 14');
    expect(fx.frame.stepper!.phases[2]).toEqual({ kind: 'forward-z', layer: 1 });
    expect(title()).toBe('Forward · hidden layer 2: weighted sums');
  });

  it('follows the frame stream as the worker moves', () => {
    publishFrame(fourNeuron(0).frame);
    render(<StepThroughBar />);
    act(() => publishFrame(fourNeuron(7).frame));
    expect(count()).toBe('Phase 7 of 14');
    expect(title()).toBe('Loss: prediction against the actual value');
    // After the loss, ŷ, y and L are shown with the engine's numbers.
    const fx = fourNeuron(7);
    const probe = fx.frame.stepper!.probe;
    expect(screen.getByTestId('step-loss').textContent).toContain(`ŷ = ${formatValue(probe.a[probe.a.length - 1])}`);
    expect(screen.getByTestId('step-loss').textContent).toContain(`loss L = ${formatValue(probe.loss)}`);
    act(() => publishFrame(fourNeuron(8).frame));
    expect(title()).toBe('Backward · output layer (layer 3): δ');
  });

  it('→ and ← send stepper-next and stepper-prev; Escape leaves step-through', () => {
    publishFrame(fourNeuron(2).frame);
    render(<StepThroughBar />);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.body, { key: 'ArrowUp' });
    expect(worker.commands()).toEqual([{ type: 'stepper-next' }, { type: 'stepper-prev' }]);
    fireEvent.click(button(/next/i));
    fireEvent.click(button(/previous/i));
    expect(worker.types().slice(2)).toEqual(['stepper-next', 'stepper-prev']);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(worker.types().at(-1)).toBe('stepper-exit');
    expect(useUiStore.getState().mode).toBe('train');
  });

  it('ignores the arrow keys while the student types in a field', () => {
    publishFrame(fourNeuron(2).frame);
    render(<StepThroughBar />);
    const field = screen.getByLabelText('Your input values');
    field.focus();
    fireEvent.keyDown(field, { key: 'ArrowRight' });
    fireEvent.keyDown(field, { key: 'ArrowLeft' });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(worker.commands()).toEqual([]);
    expect(useUiStore.getState().mode).toBe('step');
  });

  it('stops listening to the keys once closed', () => {
    publishFrame(fourNeuron(2).frame);
    const { unmount } = render(<StepThroughBar />);
    unmount();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(worker.commands()).toEqual([]);
  });

  it('Leave step-through sends stepper-exit and returns to training', () => {
    publishFrame(fourNeuron(2).frame);
    render(<StepThroughBar />);
    fireEvent.click(button(/leave step-through/i));
    expect(worker.commands()).toEqual([{ type: 'stepper-exit' }]);
    expect(useUiStore.getState().mode).toBe('train');
  });

  it("at the end shows every parameter's old and new value exactly as the engine left them", () => {
    const fx = fourNeuron(14);
    const st = fx.frame.stepper!;
    publishFrame(fx.frame);
    render(<StepThroughBar />);
    expect(count()).toBe('Phase 14 of 14');
    expect(title()).toBe('Update: every weight takes a step downhill');
    expect(button(/next/i).disabled).toBe(true);
    const table = screen.getByRole('region', { name: 'Weight updates' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(st.params.length);
    const rowsData = updateRows(st, fx.frame.trainers[0].layerSizes);
    rows.forEach((row, k) => {
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect(within(row).getByRole('rowheader').textContent).toBe(rowsData[k].name);
      expect(cells[0]).toBe(formatValue(st.paramsBefore[k]));
      expect(cells[1]).toBe(formatValue(st.grads[k]));
      expect(cells.at(-1)).toBe(formatValue(st.params[k]));
      // The step itself, so a tiny change does not hide in equal-looking old and new values.
      if (cells.length === 4) expect(cells[2]).toBe(st.params[k] === st.paramsBefore[k] ? '0' : formatValue(st.params[k] - st.paramsBefore[k]));
    });
    expect(within(table).getByText(/η = 0.1/)).toBeTruthy();
    expect(screen.getByText(/Step complete/)).toBeTruthy();
  });

  it('shows the Ready text and no table when not stepping', () => {
    publishFrame(inspectorFixture().frame);
    render(<StepThroughBar />);
    expect(count()).toBe('Phase 0 of 0');
    expect(title()).toBe(phaseText(null, 1).title);
    expect(button(/next/i).disabled).toBe(true);
  });
});
