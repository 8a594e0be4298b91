/** The progress readout: epoch, step and losses as numbers a student can read; both networks in compare mode. */
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../src/store/createApp';
import type { TrainerCounters } from '../../../src/store/runState';
import { Counters } from '../../../src/views/controls/Counters';
import { renderApp, testApp } from '../../helpers/testApp';

const counters = (patch: Partial<TrainerCounters> = {}): TrainerCounters => ({
  step: 120,
  epoch: 3,
  examplesSeen: 1200,
  batchLoss: 0.2,
  trainLoss: 0.12345,
  testLoss: 0.25,
  trainAccuracy: 0.9,
  testAccuracy: 0.875,
  evalStep: 120,
  ...patch,
});

const text = (id: string) => screen.getByTestId(id).textContent;

let app: App;

beforeEach(() => {
  ({ app } = testApp());
});

describe('Counters', () => {
  it('says it is starting before the first frame', () => {
    renderApp(<Counters />);
    expect(screen.getByText('Starting…')).toBeTruthy();
  });

  it('shows epoch, step, throughput, losses and accuracy', () => {
    app.run.setState({ counters: [counters()], examplesPerSecond: 12345.6 });
    renderApp(<Counters />);
    expect(text('epoch')).toBe('3');
    expect(text('step')).toBe('120');
    expect(text('rate')).toBe('12,346');
    expect(text('train-loss')).toBe('0.1235');
    expect(text('test-loss')).toBe('0.2500');
    expect(text('test-accuracy')).toBe('87.5%');
    expect(screen.getByText('Test accuracy')).toBeTruthy();
  });

  it('refreshes when the counters change', () => {
    app.run.setState({ counters: [counters()] });
    renderApp(<Counters />);
    act(() => app.run.setState({ counters: [counters({ step: 121, trainLoss: NaN, testLoss: Infinity })] }));
    expect(text('step')).toBe('121');
    // An overflowed loss says so, with a marker and a word; never a bare "NaN", never a blank.
    expect(text('train-loss')).toBe('⚠ NaN (not a number)');
    expect(text('test-loss')).toBe('⚠ ∞ overflowed');
    // A huge finite loss reads with a readable exponent, not "3.53e+203".
    act(() => app.run.setState({ counters: [counters({ trainLoss: 3.53e203 })] }));
    expect(text('train-loss')).toBe('3.53×10²⁰³');
  });

  it('a loss that does not exist yet (not evaluated, no test set) reads —', () => {
    app.run.setState({ counters: [counters({ evalStep: -1, trainLoss: NaN, testLoss: NaN })] });
    renderApp(<Counters />);
    expect(text('train-loss')).toBe('—');
    expect(text('test-loss')).toBe('—');
  });

  it('hides accuracy for regression, where there is none', () => {
    app.run.setState({ counters: [counters({ testAccuracy: null, trainAccuracy: null })] });
    renderApp(<Counters />);
    expect(screen.queryByTestId('test-accuracy')).toBeNull();
  });

  it('shows the training accuracy when there is no test set', () => {
    app.run.setState({ counters: [counters({ testLoss: Number.NaN, testAccuracy: null, trainAccuracy: 0.96 })] });
    renderApp(<Counters />);
    expect(text('train-accuracy')).toBe('96.0%');
    expect(screen.queryByTestId('test-accuracy')).toBeNull();
  });

  it('shows both networks, left | right, in compare mode', () => {
    app.run.setState({
      counters: [counters(), counters({ trainLoss: 0.5, testLoss: 0.00012, testAccuracy: 0.5 })],
    });
    renderApp(<Counters />);
    expect(text('train-loss')).toBe('0.1235 | 0.5000');
    expect(text('test-loss')).toBe('0.2500 | 1.20×10⁻⁴');
    expect(text('test-accuracy')).toBe('87.5% | 50.0%');
    expect(screen.getByText('Test accuracy (L | R)')).toBeTruthy();
    // Both trainers run in lockstep: one epoch and one step.
    expect(text('step')).toBe('120');
  });
});
