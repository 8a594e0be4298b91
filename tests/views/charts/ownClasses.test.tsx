/**
 * The class picker for own points in K classes (issue 15): one button per class above the
 * map, each with the colour and marker the map draws the class with and the legend's name;
 * the chosen class is the one a point added on the map gets; the data controls offer the
 * number of classes for own points and refuse to drop a class that has points.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { OutputMap } from '../../../src/views/charts/OutputMap';
import { DataControls } from '../../../src/views/controls/DataControls';
import { CLASS_COLORS, SIGN_COLORS } from '../../../src/views/kit/encodings';
import type { CustomPoints, TrainerConfig, TrainerData } from '../../../src/worker/protocol';
import { current, renderApp, testApp } from '../../helpers/testApp';

const POINTS: CustomPoints = {
  task: 'classification',
  rows: [
    [-3, -2, 0],
    [3, -2, 1],
    [0, 3, 2],
  ],
};

const own = (classes: number): TrainerConfig => ({
  ...DEFAULT_CONFIG,
  output: classes > 2 ? 'softmax' : 'sigmoid',
  loss: classes > 2 ? 'cce' : 'bce',
  dataset: {
    ...DEFAULT_CONFIG.dataset,
    kind: 'custom',
    ...(classes > 2 ? { classes } : {}),
    points: classes > 2 ? POINTS : { ...POINTS, rows: POINTS.rows.slice(0, 2) },
  },
});

/** The data the worker would send for the points: one-hot rows of K, or one 0/1 output. */
function dataOf(config: TrainerConfig): TrainerData {
  const rows = config.dataset.points!.rows;
  const K = config.dataset.classes ?? 2;
  const oneHot = config.output === 'softmax';
  const width = oneHot ? K : 1;
  const targets = new Float64Array(rows.length * width);
  rows.forEach((r, n) => (oneHot ? (targets[n * K + r[2]] = 1) : (targets[n] = r[2])));
  return {
    inputSize: 2,
    outputSize: width,
    task: 'classification',
    labels: oneHot ? 'one-hot' : 'zero-one',
    train: { inputs: Float64Array.from(rows.flatMap((r) => [r[0], r[1]])), targets, count: rows.length },
    test: { inputs: new Float64Array(0), targets: new Float64Array(0), count: 0 },
  };
}

function start(config: TrainerConfig) {
  const { app, worker } = testApp({ config });
  worker.configured([config], [dataOf(config)]);
  return app;
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('the class picker for own points', () => {
  it('offers K buttons, each with its class’s colour and marker, named as the legend names them', () => {
    start(own(3));
    renderApp(<OutputMap editable />);
    fireEvent.click(screen.getByRole('button', { name: '✎ Edit points' }));
    const picker = screen.getByRole('group', { name: 'Class a click adds' });
    const buttons = within(picker).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Class 1', 'Class 2', 'Class 3']);
    expect(buttons.map((b) => b.querySelector('path')?.getAttribute('fill'))).toEqual(CLASS_COLORS.slice(0, 3));
    // Three different shapes: circle (arcs), square and triangle (polygons of 4 and 3 corners).
    const shapes = buttons.map((b) => b.querySelector('path')!.getAttribute('d')!);
    expect(shapes[0]).toMatch(/a/);
    expect(shapes[1].split('L')).toHaveLength(4);
    expect(shapes[2].split('L')).toHaveLength(3);
    expect(buttons.every((b) => b.tagName === 'BUTTON' && b.tabIndex === 0)).toBe(true);
  });

  it('adds a point of class 3 where the keyboard cross is', () => {
    const app = start(own(3));
    renderApp(<OutputMap editable />);
    fireEvent.click(screen.getByRole('button', { name: '✎ Edit points' }));
    fireEvent.click(screen.getByRole('button', { name: 'Class 3' }));
    expect(screen.getByRole('button', { name: 'Class 3' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Class 1' }).getAttribute('aria-pressed')).toBe('false');
    const editor = screen.getByRole('application');
    fireEvent.focus(editor);
    fireEvent.keyDown(editor, { key: 'ArrowRight' });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(app.state.getState().config.dataset.points?.rows.at(-1)).toEqual([0.25, 0, 2]);
    // A digit on the map picks a class, as the buttons name it.
    fireEvent.keyDown(editor, { key: '1' });
    expect(screen.getByRole('button', { name: 'Class 1' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(editor, { key: '4' });
    expect(screen.getByRole('button', { name: 'Class 1' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(app.state.getState().config.dataset.points?.rows.at(-1)).toEqual([0.25, 0, 0]);
  });

  it('two classes on one sigmoid output: class 1 and class 0, as dots of the binary colours', () => {
    start(own(2));
    renderApp(<OutputMap editable />);
    fireEvent.click(screen.getByRole('button', { name: '✎ Edit points' }));
    const buttons = within(screen.getByRole('group', { name: 'Class a click adds' })).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Class 1', 'Class 0']);
    expect(buttons.map((b) => b.querySelector('path')?.getAttribute('fill'))).toEqual([
      SIGN_COLORS.positive,
      SIGN_COLORS.negative,
    ]);
    expect(buttons[0].getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the number of classes for own points', () => {
  it('is offered in the data controls; more than 2 switch to the softmax', () => {
    const app = start(own(2));
    renderApp(<DataControls />);
    fireEvent.change(screen.getByLabelText('Classes'), { target: { value: '4' } });
    const { dataset, output, loss } = app.state.getState().config;
    expect([dataset.classes, output, loss]).toEqual([4, 'softmax', 'cce']);
    const configure = current()
      .worker.commands()
      .filter((c) => c.type === 'configure')
      .at(-1);
    expect(configure?.type === 'configure' && configure.trainers[0].dataset.classes).toBe(4);
  });

  it('refuses to go below a class that has points, saying which, and keeps them', () => {
    const app = start(own(3));
    renderApp(<DataControls />);
    fireEvent.change(screen.getByLabelText('Classes'), { target: { value: '2' } });
    expect(app.state.getState().config.dataset.classes).toBe(3);
    expect(app.state.getState().config.dataset.points?.rows).toHaveLength(3);
    expect(app.run.getState().problem?.message).toBe(
      '1 of your points is in class 3: remove it (right-click, or Delete) before going down to 2 classes.',
    );
  });
});
