/**
 * Step-through of a softmax network: the loss phase names the softmax and −ln of the true
 * class's probability, and shows every class's z and ŷ with the loss's own number; the
 * activation and δ phases of the output, and the phases around a skip, say what differs.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NetworkLayerSpec } from '../../../src/engine';
import { formatValue } from '../../../src/views/kit/format';
import { phaseText } from '../../../src/views/step/phaseText';
import { ExamplePicker } from '../../../src/views/step/ExamplePicker';
import { StepThroughBar } from '../../../src/views/step/StepThroughBar';
import { renderApp, showFrame } from '../../helpers/testApp';
import { startRecording, trainerData, type Recorder } from '../controls/harness';
import { inspectorFixture } from '../inspector/fixture';

const LAYERS: NetworkLayerSpec[] = [
  { units: 4, activation: 'tanh' },
  { units: 3, activation: 'softmax' },
];
const TARGET = [0, 0, 1];
/** 2 layers: forward 4 phases, then the loss is phase 5. */
const LOSS_PHASE = 5;
const softmax = (phases: number) =>
  inspectorFixture({ layers: LAYERS, loss: 'cce', target: TARGET, stepperPhases: phases });

let worker: Recorder;

beforeEach(() => {
  worker = startRecording({ mode: 'step', config: softmax(0).config });
  worker.configured([trainerData(10, 2, 3)]);
});

describe('step-through of a softmax network', { timeout: 20_000 }, () => {
  it('the loss phase shows the softmax of every class and −ln of the true class’s probability', () => {
    const fx = softmax(LOSS_PHASE);
    act(() => worker.app.commands.seekPhase(LOSS_PHASE));
    showFrame(fx.frame);
    renderApp(<StepThroughBar />);
    expect(screen.getByTestId('phase-title').textContent).toBe('Loss: −ln of the probability of the true class');
    const box = screen.getByTestId('step-loss');
    const rows = within(box).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const out = fx.net.layers[1];
    rows.forEach((row, m) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells).toEqual([formatValue(out.z[m]), formatValue(out.a[m]), formatValue(TARGET[m])]);
    });
    expect(rows[2].textContent).toContain('(true)');
    const tex = box.querySelector('annotation')!.textContent!;
    expect(tex).toContain('L = -\\ln \\hat y_{3}');
    expect(tex).toContain(formatValue(-Math.log(out.a[2])).replace('−', '-'));
  });

  it('your own example takes its true class, 1 to K, and steps through it one-hot', () => {
    worker.configured([{ ...trainerData(10, 2, 3), labels: 'one-hot' }]);
    renderApp(<ExamplePicker />);
    fireEvent.change(screen.getByLabelText('Your input values'), { target: { value: '1, -2' } });
    const cls = screen.getByLabelText('Your true class');
    fireEvent.change(cls, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use mine' }));
    expect(screen.getByRole('alert').textContent).toBe('Type the true class, 1 to 3.');
    fireEvent.change(cls, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use mine' }));
    expect(worker.app.state.getState().stepThrough.example).toEqual({
      kind: 'custom',
      input: [1, -2],
      target: [0, 1, 0],
    });
  });

  it('names the softmax at the output’s activation and δ = ŷ − y at its δ', () => {
    const shape = { softmax: true, skips: [false, false] };
    expect(phaseText({ kind: 'forward-a', layer: 1 }, 2, 'sgd', shape).title).toMatch(/softmax$/);
    expect(phaseText({ kind: 'backward-delta', layer: 1 }, 2, 'sgd', shape).formula).toContain('\\hat y_m - y_m');
    expect(phaseText({ kind: 'loss' }, 2, 'sgd', shape).formula).toContain('-\\ln \\hat y_c');
    // A plain network keeps the general words.
    expect(phaseText({ kind: 'loss' }, 2).title).toBe('Loss: prediction against the actual value');
  });

  it('around a skip: the activation adds the input, the δ below collects what the skip passes back', () => {
    const shape = { softmax: false, skips: [false, true, false] };
    expect(phaseText({ kind: 'forward-a', layer: 1 }, 3, 'sgd', shape).formula).toBe(
      'a_j = f(z_j) + a_j^{\\text{prev}}',
    );
    expect(phaseText({ kind: 'forward-a', layer: 0 }, 3, 'sgd', shape).formula).toBe('a_j = f(z_j)');
    const below = phaseText({ kind: 'backward-delta', layer: 0 }, 3, 'sgd', shape);
    expect(below.formula).toContain('\\frac{\\partial L}{\\partial a_j^{\\text{next}}}');
    expect(below.explanation).toMatch(/skip connection hands back unchanged/);
  });
});
