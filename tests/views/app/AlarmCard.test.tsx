/**
 * A paused run explained in words, with the three ways on: a smaller η from the last finite
 * weights, the weights of an earlier step put back, or a reset.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { AlarmCard } from '../../../src/views/app/AlarmCard';
import type { RunAlarm } from '../../../src/worker/protocol';
import { answered, renderApp, testApp } from '../../helpers/testApp';

const OVERFLOW: RunAlarm = {
  kind: 'overflow',
  cause: 'learning-rate',
  trainer: 0,
  step: 83,
  fault: 'weights',
  nonFinite: 330,
  total: 393,
  steps: 0,
  loss: 0.5,
  lossFrom: 0.5,
  layer: null,
  share: 0,
  learningRate: 10,
  restorable: [50, 0],
};

function shown(alarm: RunAlarm) {
  const { app, worker } = testApp({ config: { ...DEFAULT_CONFIG, optimizer: { kind: 'sgd', learningRate: 10 } } });
  answered(app, worker);
  worker.emit({ type: 'alarm', alarm });
  worker.clear();
  renderApp(<AlarmCard />);
  return { app, worker, card: screen.getByRole('alert') };
}

describe('AlarmCard', () => {
  it('says what happened, that the finite weights are kept, and the likely cause', () => {
    const { card } = shown(OVERFLOW);
    expect(card.textContent).toContain('Training paused before the numbers overflowed');
    expect(card.textContent).toContain(
      'Step 84 would have turned 330 of the 393 new weights into ∞ or NaN (not a number), so it was not applied. ' +
        'The network keeps the weights of step 83, all finite.',
    );
    expect(card.textContent).toContain('Likely cause: the learning rate η = 10 is too large for this network.');
  });

  it('"Lower η and continue" makes η ten times smaller and plays', () => {
    const { app, worker } = shown(OVERFLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Lower η to 1 and continue' }));
    expect(worker.commands()).toEqual([
      { type: 'set-optimizer', patch: { kind: 'sgd', learningRate: 1 } },
      { type: 'play' },
    ]);
    expect(app.state.getState().config.optimizer.learningRate).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('restores the newest kept step, or an older one chosen from the list', () => {
    const { worker } = shown(OVERFLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the weights of step 50' }));
    expect(worker.commands()).toEqual([{ type: 'restore', trainer: 0, step: 50 }]);
    worker.clear();
    const select = screen.getByLabelText('Step whose weights to restore');
    expect(Array.from((select as HTMLSelectElement).options).map((o) => o.textContent)).toEqual([
      'step 50 (33 steps ago)',
      'step 0 (83 steps ago)',
    ]);
    fireEvent.change(select, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Restore the weights of step 0' }));
    expect(worker.commands()).toEqual([{ type: 'restore', trainer: 0, step: 0 }]);
  });

  it('a restore that took effect clears the alarm and says which weights are back', () => {
    const { app, worker } = shown(OVERFLOW);
    worker.emit({ type: 'restored', trainer: 0, step: 50 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(app.run.getState().notice).toBe('The weights from step 50 are back; the counters go on from here.');
  });

  it('Reset rebuilds from the first weights', () => {
    const { worker } = shown(OVERFLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the first weights' }));
    expect(worker.commands()).toEqual([{ type: 'reset' }]);
  });

  it('blames the initial weights when the first batch already exploded', () => {
    const { card } = shown({ ...OVERFLOW, cause: 'weights', fault: 'loss', nonFinite: 10, total: 10 });
    expect(card.textContent).toContain(
      'On step 84 the loss overflowed for 10 of the 10 examples in the mini-batch, so that step was not applied.',
    );
    expect(card.textContent).toContain('Likely cause: the initial weights are too large for this network');
  });

  it.each([
    [
      { kind: 'zero-gradients', cause: 'dead-relu', steps: 100, layer: 1, share: 1 },
      'Every gradient has been exactly 0 for 100 steps',
      'dead ReLUs. 100% of the units in hidden layer 2 output 0 for every example',
    ],
    [
      { kind: 'saturated', cause: 'saturated', steps: 500, layer: 2, share: 0.98, loss: 0.96 },
      '98% of the units in the output layer have been saturated',
      'a saturated tanh/sigmoid network',
    ],
    [
      { kind: 'rising', cause: 'learning-rate', steps: 500, loss: 1.01, lossFrom: 0.51 },
      'The loss has been rising for 500 steps: from 0.5100 to 1.0100',
      'the updates overshoot',
    ],
  ] as const)('names the silent kind %#', (patch, what, cause) => {
    const { card } = shown({ ...OVERFLOW, fault: null, ...patch });
    expect(card.textContent).toContain('Training paused:');
    expect(card.textContent).toContain(what);
    expect(card.textContent).toContain(cause);
  });

  it('a smallest η cannot be lowered further: the button is not offered', () => {
    shown({ ...OVERFLOW, learningRate: 0.00001 });
    expect(screen.queryByRole('button', { name: /Lower η/ })).toBeNull();
  });
});
