import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import type { App } from '../../../src/store/createApp';
import { LossHistory } from '../../../src/store/ringBuffer';
import { LossChart } from '../../../src/views/charts/LossChart';
import type { RecordingWorker } from '../../helpers/fakeWorkers';
import { renderApp, testApp } from '../../helpers/testApp';

let app: App;
let worker: RecordingWorker;

function historyOf(points: [number, number, number][]): LossHistory {
  const history = new LossHistory();
  for (const [step, train, test] of points) history.push(step, train, test);
  return history;
}

function setHistories(...histories: LossHistory[]): void {
  act(() => app.histories.setState((s) => ({ loss: histories, lossVersion: s.lossVersion + 1 })));
}

function yTickLabels(): string[] {
  const axes = document.querySelectorAll('.bl-chart-axis');
  // The first axis rendered is the y-axis.
  return Array.from(axes[0].querySelectorAll('.tick text'), (t) => t.textContent ?? '').filter(Boolean);
}

beforeEach(() => {
  ({ app, worker } = testApp());
});

describe('LossChart', () => {
  it('asks the user to press Play before there is any history', () => {
    renderApp(<LossChart />);
    expect(screen.getByText('Press Play to start training')).toBeTruthy();
    expect(screen.getByRole('img', { name: /no training yet/i })).toBeTruthy();
  });

  it('shows the latest train and test loss as text, and follows new points', () => {
    const history = historyOf([
      [10, 0.5, 0.6],
      [20, 0.25, 0.3125],
    ]);
    setHistories(history);
    renderApp(<LossChart />);
    const legend = screen.getByRole('list', { name: 'Latest loss values' });
    expect(within(legend).getByText('Train').parentElement?.textContent).toContain('0.2500');
    expect(within(legend).getByText('Test').parentElement?.textContent).toContain('0.3125');
    expect(screen.queryByText('Press Play to start training')).toBeNull();

    act(() => {
      history.push(30, 0.125, 0.2);
      app.histories.setState((s) => ({ lossVersion: s.lossVersion + 1 }));
    });
    expect(within(legend).getByText('Train').parentElement?.textContent).toContain('0.1250');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('train 0.1250, test 0.2000');
  });

  it('switches the y-axis between linear and log with a labelled control', () => {
    setHistories(
      historyOf([
        [0, 1, 1.2],
        [100, 0.1, 0.15],
        [200, 0.01, 0.02],
        [300, 0.001, 0.004],
      ]),
    );
    renderApp(<LossChart />);
    const linear = yTickLabels();
    expect(linear).toContain('0');
    expect(linear).not.toContain('0.001');

    fireEvent.click(screen.getByRole('switch', { name: 'Log scale' }));
    expect(app.state.getState().view.lossLog).toBe(true);
    const log = yTickLabels();
    expect(log).toEqual(expect.arrayContaining(['0.001', '0.01', '0.1', '1']));
    expect(log).not.toContain('0');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('log scale');
  });

  it('marks where a run overflowed instead of breaking the chart', () => {
    setHistories(
      historyOf([
        [0, 0.7, 0.7],
        [10, 50, 60],
        [20, Number.NaN, Number.NaN],
      ]),
    );
    renderApp(<LossChart />);
    const chart = screen.getByRole('img');
    expect(within(chart as unknown as HTMLElement).getByText('⚠ not a number at step 20')).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Latest loss values' });
    expect(within(legend).getAllByText('⚠ NaN (not a number)')).toHaveLength(2);
    for (const path of chart.querySelectorAll('path[data-series]')) expect(path.getAttribute('d')).not.toMatch(/NaN/);
  });

  it('huge losses read as powers of ten on the axis and in the legend, never "Y" or "e+203"', () => {
    setHistories(
      historyOf([
        [0, 2e203, 3e203],
        [10, 3e203, 3.53e203],
      ]),
    );
    renderApp(<LossChart />);
    const ticks = yTickLabels();
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t).toMatch(/^(0|[\d.−]+×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+|10[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/);
    const legend = screen.getByRole('list', { name: 'Latest loss values' });
    expect(within(legend).getByText('3.53×10²⁰³')).toBeTruthy();
    expect(legend.textContent).not.toMatch(/e\+|\d{7}/);
  });

  it('draws no test curve (and no "diverged" mark) for a run without a test set', () => {
    const points = { inputs: new Float64Array(1), targets: new Float64Array(1), count: 1 };
    const empty = { inputs: new Float64Array(0), targets: new Float64Array(0), count: 0 };
    worker.configured(
      [DEFAULT_CONFIG],
      [{ inputSize: 1, outputSize: 1, task: 'regression', labels: 'zero-one', train: points, test: empty }],
    );
    setHistories(
      historyOf([
        [0, 0.7, Number.NaN],
        [10, 0.5, Number.NaN],
      ]),
    );
    renderApp(<LossChart />);
    expect(screen.queryByText(/diverged/)).toBeNull();
    expect(screen.getByRole('img').querySelector('path[data-series="0-test"]')).toBeNull();
  });

  it('pins an exploding but finite loss to the top and marks it', () => {
    const points: [number, number, number][] = Array.from({ length: 40 }, (_, k) => [
      k,
      0.5 - k * 0.01,
      0.55 - k * 0.01,
    ]);
    points.push([40, 1e9, 1e9]);
    setHistories(historyOf(points));
    renderApp(<LossChart />);
    const labels = yTickLabels().map(Number);
    expect(Math.max(...labels)).toBeLessThan(10);
    expect(screen.getAllByText(/off the scale from step 40/).length).toBeGreaterThan(0);
  });

  it('keeps the start of a fast-learning run on the scale', () => {
    const points: [number, number, number][] = [[0, 1.2, 1.3]];
    for (let k = 1; k <= 200; k++) points.push([k * 10, 0.01, 0.02]);
    setHistories(historyOf(points));
    renderApp(<LossChart />);
    expect(Math.max(...yTickLabels().map(Number))).toBeGreaterThanOrEqual(1);
    expect(screen.queryByText(/off the scale/)).toBeNull();
  });

  it('compares two runs with their names, one colour each', () => {
    setHistories(
      historyOf([
        [0, 0.7, 0.8],
        [10, 0.6, 0.65],
      ]),
      historyOf([
        [0, 0.7, 0.8],
        [10, 0.3, 0.35],
      ]),
    );
    renderApp(<LossChart trainers={[0, 1]} labels={['Sigmoid', 'ReLU']} />);
    const legend = screen.getByRole('list', { name: 'Latest loss values' });
    expect(within(legend).getByText('ReLU train').parentElement?.textContent).toContain('0.3000');
    expect(within(legend).getByText('Sigmoid test').parentElement?.textContent).toContain('0.6500');
    const strokes = new Set(
      Array.from(document.querySelectorAll('path[data-series]'), (p) => p.getAttribute('stroke')),
    );
    expect(strokes.size).toBe(2);
  });
});
