import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { OutputMap } from '../../../src/views/charts/OutputMap';
import { gridCellCenter, gridImageRect, mapGeometry } from '../../../src/views/charts/outputMapGeometry';
import type { Frame, OutputMap as OutputMapData, TrainerData } from '../../../src/worker/protocol';
import { current, renderApp, showFrame, testApp } from '../../helpers/testApp';
import { makeTrainerFrame } from '../fixtures/frame';

function points(count: number, inputSize: number, value: (n: number) => number[]) {
  const inputs = new Float64Array(count * inputSize);
  const targets = new Float64Array(count);
  for (let n = 0; n < count; n++) {
    const [a, b, t] = value(n);
    inputs[n * inputSize] = a;
    if (inputSize === 2) inputs[n * inputSize + 1] = b;
    targets[n] = t;
  }
  return { inputs, targets, count };
}

function classification(train: number, test: number): TrainerData {
  const make = (n: number) => [Math.cos(n) * 5, Math.sin(n) * 5, n % 2];
  return {
    inputSize: 2,
    outputSize: 1,
    task: 'classification',
    labels: 'zero-one',
    train: points(train, 2, make),
    test: points(test, 2, make),
  };
}

function regression(train: number, test: number): TrainerData {
  const make = (n: number) => [-6 + (12 * n) / train, 0, Math.sin(-6 + (12 * n) / train)];
  return {
    inputSize: 1,
    outputSize: 1,
    task: 'regression',
    labels: 'zero-one',
    train: points(train, 1, make),
    test: points(test, 1, make),
  };
}

/** A playing frame that carries this map (null: its weights did not change, so no map). */
function frameWith(outputMap: OutputMapData | null): Frame {
  const trainer = { ...makeTrainerFrame(), outputMap };
  return { id: 1, playing: true, examplesPerSecond: 0, trainers: [trainer], stepper: null, weight: null };
}

/** The worker's answer to a configure: these data sets (one per network) are running. */
function running(...data: TrainerData[]): void {
  current().worker.configured(
    data.map(() => DEFAULT_CONFIG),
    data,
  );
}

function curve(count: number): OutputMapData {
  const xs = Float32Array.from({ length: count }, (_, k) => -6 + (12 * k) / (count - 1));
  return { kind: 'curve', xs, ys: xs.map((x) => Math.sin(x) * 0.5) };
}

const pointCount = (d: string | null) => (d?.match(/[ML]/g) ?? []).length;

beforeEach(() => {
  // jsdom has no canvas: the component must cope with a null context.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  testApp();
});

describe('OutputMap', () => {
  it('waits for data before drawing anything', () => {
    renderApp(<OutputMap />);
    expect(screen.getByText('Press Play to start training')).toBeTruthy();
  });

  it('names the decision boundary and counts its points', () => {
    running(classification(400, 100));
    renderApp(<OutputMap />);
    expect(
      screen.getByRole('img', { name: 'Decision boundary with 400 training points and 100 test points' }),
    ).toBeTruthy();
    expect(screen.getByText('x₁')).toBeTruthy();
    expect(screen.getByText('x₂')).toBeTruthy();
  });

  it('takes its axes from the extent of the grid the worker sends', async () => {
    running(classification(20, 5));
    const { container } = renderApp(<OutputMap />);
    const xTicks = () =>
      Array.from(container.querySelectorAll('.bl-chart-axis')[0].querySelectorAll('.tick text'), (t) =>
        Number((t.textContent ?? '').replace('−', '-')),
      );
    expect(Math.max(...xTicks())).toBe(6);
    showFrame(frameWith({ kind: 'grid', resolution: 3, extent: 3, values: new Float32Array(9) }));
    await waitFor(() => expect(Math.max(...xTicks())).toBeLessThanOrEqual(3));
    expect(Math.max(...xTicks())).toBeGreaterThanOrEqual(2);
    expect(Math.min(...xTicks())).toBeGreaterThanOrEqual(-3);
  });

  it('shows the second trainer in compare mode', () => {
    running(classification(10, 5), classification(30, 7));
    renderApp(<OutputMap trainer={1} />);
    expect(
      screen.getByRole('img', { name: 'Decision boundary with 30 training points and 7 test points' }),
    ).toBeTruthy();
  });

  it('draws the regression curve through every point and keeps it when frames carry no map', async () => {
    running(regression(80, 20));
    const { container } = renderApp(<OutputMap />);
    expect(screen.getByRole('img', { name: 'Model curve with 80 training points and 20 test points' })).toBeTruthy();
    const path = () => container.querySelector('path.bl-output-curve-line');
    showFrame(frameWith(curve(50)));
    await waitFor(() => expect(pointCount(path()?.getAttribute('d') ?? null)).toBe(50));

    showFrame(frameWith(null));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(pointCount(path()?.getAttribute('d') ?? null)).toBe(50);

    showFrame(frameWith(curve(64)));
    await waitFor(() => expect(pointCount(path()?.getAttribute('d') ?? null)).toBe(64));
  });
});

describe('grid orientation', () => {
  it('puts values[0] in the top-left cell, whose corner is (−extent, +extent), rows going down x₂', () => {
    // 4×4 cells over [−6, 6]²: cells are 3 wide, centres at ±1.5 and ±4.5.
    expect(gridCellCenter(0, 0, 4, 6)).toEqual({ x: -4.5, y: 4.5 });
    expect(gridCellCenter(0, 3, 4, 6)).toEqual({ x: 4.5, y: 4.5 });
    expect(gridCellCenter(3, 0, 4, 6)).toEqual({ x: -4.5, y: -4.5 });
    expect(gridCellCenter(3, 3, 4, 6)).toEqual({ x: 4.5, y: -4.5 });
    expect(gridCellCenter(1, 2, 4, 6)).toEqual({ x: 1.5, y: 1.5 });
  });

  it('draws each grid value over its own cell of the plot square', () => {
    const geometry = mapGeometry('grid', 300, 300, classification(1, 1), 6);
    const { plot, x, y } = geometry;
    expect(plot.width).toBe(plot.height);
    const rect = gridImageRect(6, x, y);
    // The image covers the plot square exactly: its top-left is (−6, +6).
    expect(rect.left).toBeCloseTo(plot.left);
    expect(rect.top).toBeCloseTo(plot.top);
    expect(rect.width).toBeCloseTo(plot.width);
    expect(rect.height).toBeCloseTo(plot.height);
    // Image pixel (row 1, col 3) of a 4×4 grid is centred where its cell centre maps.
    const cell = rect.width / 4;
    const centre = gridCellCenter(1, 3, 4, 6);
    expect(x(centre.x)).toBeCloseTo(rect.left + 3.5 * cell);
    expect(y(centre.y)).toBeCloseTo(rect.top + 1.5 * cell);
  });
});
