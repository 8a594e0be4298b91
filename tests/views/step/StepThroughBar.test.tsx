/**
 * Step-through mode, driven by stepper frames the real engine produced: where the student
 * is ("Phase k of N" and what the phase does), → and ← move one phase (not while typing),
 * Escape leaves, and after the update the table shows every weight's old and new value.
 * Next and Previous ask the worker to seek (stepper-seek); the bar shows the phase the
 * frame says the worker is at.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/views/kit/format';
import { phaseText } from '../../../src/views/step/phaseText';
import { Shortcuts } from '../../../src/views/app/Shortcuts';
import { StepThroughBar } from '../../../src/views/step/StepThroughBar';
import { updateRows } from '../../../src/views/step/UpdateTable';
import { renderApp, showFrame } from '../../helpers/testApp';
import { FOUR_NEURON_LAYERS, inspectorFixture } from '../inspector/fixture';
import { startRecording, trainerData, type Recorder } from '../controls/harness';

/** The four-neuron net after `phases` phases: 3 layers → 6 forward, loss, 6 backward, update = 14. */
const fourNeuron = (phases: number) =>
  inspectorFixture({ layers: FOUR_NEURON_LAYERS, inputSize: 1, input: [0.5], target: [1], stepperPhases: phases });

let worker: Recorder;

// Step-through on the four-neuron net: the worker answered the configure (and was told to enter).
beforeEach(() => {
  worker = startRecording({ mode: 'step', config: fourNeuron(0).config });
  worker.configured([trainerData(10, 1, 1)]);
  worker.sent.length = 0;
});

/** The student moved to `phases` phases done and the worker's frame shows it; nothing sent since. */
function stepTo(phases: number) {
  const fx = fourNeuron(phases);
  act(() => worker.app.commands.seekPhase(phases));
  showFrame(fx.frame);
  worker.sent.length = 0;
  return fx;
}

const mode = () => worker.app.state.getState().mode;
const seek = (position: number) => ({ type: 'stepper-seek', position });
const count = () => screen.getByText(/^Phase \d+ of \d+$/).textContent;
const title = () => screen.getByTestId('phase-title').textContent;
const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

// KaTeX is slow in jsdom: allow time.
describe('StepThroughBar', { timeout: 20_000 }, () => {
  it('before the first phase: Ready, Previous disabled, the example picker offered', () => {
    stepTo(0);
    renderApp(<StepThroughBar />);
    expect(count()).toBe('Phase 0 of 14');
    expect(title()).toBe('Ready');
    expect(button(/previous/i).disabled).toBe(true);
    // ← has no phase to go back to.
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(worker.commands()).toEqual([]);
    expect(button(/next/i).disabled).toBe(false);
    expect(screen.getByLabelText('Training example number')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Weight updates' })).toBeNull();
  });

  it('shows "Phase k of N" and the title of the phase just done', () => {
    const fx = stepTo(3);
    renderApp(<StepThroughBar />);
    expect(count()).toBe('Phase 3 of 14');
    expect(fx.frame.stepper!.phases[2]).toEqual({ kind: 'forward-z', layer: 1 });
    expect(title()).toBe('Forward · hidden layer 2: weighted sums');
  });

  it('follows the frame stream as the worker moves', () => {
    stepTo(0);
    renderApp(<StepThroughBar />);
    showFrame(fourNeuron(7).frame);
    expect(count()).toBe('Phase 7 of 14');
    expect(title()).toBe('Loss: prediction against the actual value');
    // After the loss, ŷ, y and L are shown with the engine's numbers (the first trainer shows the stepper's example).
    const fx = fourNeuron(7);
    const probe = fx.frame.trainers[0].probe;
    expect(screen.getByTestId('step-loss').textContent).toContain(`ŷ = ${formatValue(probe.a[probe.a.length - 1])}`);
    expect(screen.getByTestId('step-loss').textContent).toContain(`loss L = ${formatValue(probe.loss)}`);
    showFrame(fourNeuron(8).frame);
    expect(title()).toBe('Backward · output layer (layer 3): δ');
  });

  it('→ and ← seek one phase on and back (the app’s shortcuts); Escape leaves step-through', () => {
    stepTo(2);
    renderApp(
      <>
        <Shortcuts />
        <StepThroughBar />
      </>,
    );
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.body, { key: 'ArrowUp' });
    expect(worker.commands()).toEqual([seek(3), seek(2)]);
    fireEvent.click(button(/next/i));
    fireEvent.click(button(/previous/i));
    expect(worker.commands().slice(2)).toEqual([seek(3), seek(2)]);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(worker.types().at(-1)).toBe('stepper-exit');
    expect(mode()).toBe('train');
  });

  it('ignores the arrow keys while the student types in a field', () => {
    stepTo(2);
    renderApp(
      <>
        <Shortcuts />
        <StepThroughBar />
      </>,
    );
    const field = screen.getByLabelText('Your input values');
    field.focus();
    fireEvent.keyDown(field, { key: 'ArrowRight' });
    fireEvent.keyDown(field, { key: 'ArrowLeft' });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(worker.commands()).toEqual([]);
    expect(mode()).toBe('step');
  });

  it('stops listening to the keys once closed', () => {
    stepTo(2);
    const { unmount } = renderApp(<StepThroughBar />);
    unmount();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(worker.commands()).toEqual([]);
  });

  it('Leave step-through sends stepper-exit and returns to training', () => {
    stepTo(2);
    renderApp(<StepThroughBar />);
    fireEvent.click(button(/leave step-through/i));
    expect(worker.commands()).toEqual([{ type: 'stepper-exit' }]);
    expect(mode()).toBe('train');
  });

  it("at the end shows every parameter's old and new value exactly as the engine left them", () => {
    const fx = stepTo(14);
    const st = fx.frame.stepper!;
    // While stepping, the first trainer's params and grads are the stepper's example's.
    const t = fx.frame.trainers[0];
    renderApp(<StepThroughBar />);
    expect(count()).toBe('Phase 14 of 14');
    expect(title()).toBe('Update: every weight takes a step downhill');
    expect(button(/next/i).disabled).toBe(true);
    // → has no phase left to go to.
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(worker.commands()).toEqual([]);
    const table = screen.getByRole('region', { name: 'Weight updates' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(t.params.length);
    const rowsData = updateRows(st, t);
    rows.forEach((row, k) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(within(row).getByRole('rowheader').textContent).toBe(rowsData[k].name);
      expect(cells[0]).toBe(formatValue(st.paramsBefore[k]));
      expect(cells[1]).toBe(formatValue(t.grads[k]));
      expect(cells.at(-1)).toBe(formatValue(t.params[k]));
      // The step itself, so a tiny change does not hide in equal-looking old and new values.
      if (cells.length === 4)
        expect(cells[2]).toBe(t.params[k] === st.paramsBefore[k] ? '0' : formatValue(t.params[k] - st.paramsBefore[k]));
    });
    expect(within(table).getByText(/η = 0.1/)).toBeTruthy();
    expect(screen.getByText(/Step complete/)).toBeTruthy();
  });

  it('shows the Ready text and no table when not stepping', () => {
    showFrame(inspectorFixture().frame);
    renderApp(<StepThroughBar />);
    expect(count()).toBe('Phase 0 of 0');
    expect(title()).toBe(phaseText(null, 1).title);
    expect(button(/next/i).disabled).toBe(true);
  });
});
