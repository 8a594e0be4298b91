import { Profiler } from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/store/createApp';
import { formatNumber } from '../../../src/views/kit/format';
import { NetworkGraph } from '../../../src/views/graph/NetworkGraph';
import { computeLayout, edgeSegment } from '../../../src/views/graph/layout';
import { renderApp, showFrame, testApp, withApp } from '../../helpers/testApp';
import { fixtureActivations, makeFrame } from '../fixtures/frame';

const activations = fixtureActivations();
let app: App;

beforeEach(() => {
  // jsdom has no 2-D canvas: the graph must cope with getContext returning null.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  ({ app } = testApp());
});
afterEach(() => vi.restoreAllMocks());

function show(props: Partial<Parameters<typeof NetworkGraph>[0]> = {}) {
  return renderApp(<NetworkGraph width={800} height={480} activations={activations} {...props} />);
}

const selection = () => app.state.getState().selection;

describe('NetworkGraph', () => {
  it('waits politely for the first frame, then draws one circle per neuron', () => {
    show();
    expect(screen.getByText('Waiting for the network…')).toBeTruthy();
    expect(screen.queryAllByTestId('neuron')).toHaveLength(0);
    showFrame(makeFrame());
    expect(screen.queryByText('Waiting for the network…')).toBeNull();
    expect(screen.getAllByTestId('neuron')).toHaveLength(3 + 2 + 1);
    expect(screen.getAllByTestId('input-node')).toHaveLength(2);
    expect(screen.getAllByTestId('bias')).toHaveLength(6);
  });

  it('is one tab stop that speaks each element in words, never TeX', () => {
    const frame = makeFrame();
    showFrame(frame);
    const { container } = show();
    const focusable = container.querySelectorAll('[tabindex]:not([tabindex="-1"])');
    expect(focusable).toHaveLength(1);
    const cursor = screen.getByTestId('graph-cursor');
    const { z, a, delta } = frame.trainers[0].probe;
    expect(cursor.getAttribute('aria-label')).toBe(
      `Hidden layer 1, neuron 1 of 3: weighted sum z = ${formatNumber(z[0])}, activation a = ${formatNumber(a[0])}, error signal δ = ${formatNumber(delta[0])}`,
    );
    fireEvent.focus(cursor);
    fireEvent.keyDown(cursor, { key: 'ArrowLeft' });
    expect(screen.getByTestId('graph-cursor').getAttribute('aria-label')).toBe('Input x1, input 1 of 2: x = 0.5');
    const names = [...container.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
    expect(names.filter((n) => /_\{|\\/.test(n))).toEqual([]);
  });

  it('updates the words from new frames without re-rendering React', async () => {
    showFrame(makeFrame({ seed: 1 }));
    const commits = vi.fn();
    renderApp(
      <Profiler id="graph" onRender={commits}>
        <NetworkGraph width={800} height={480} activations={activations} />
      </Profiler>,
    );
    const before = commits.mock.calls.length;
    const next = makeFrame({ seed: 5, id: 2 });
    for (let k = 0; k < 5; k++) showFrame({ ...next, id: 2 + k });
    const expected = `activation a = ${formatNumber(next.trainers[0].probe.a[0])}`;
    await waitFor(() => expect(screen.getByTestId('graph-cursor').getAttribute('aria-label')).toContain(expected));
    expect(commits.mock.calls.length).toBe(before);
  });

  it('re-renders when the layer sizes change', () => {
    showFrame(makeFrame());
    show();
    showFrame(makeFrame({ hidden: [{ units: 5, activation: 'relu' }], inputSize: 3 }));
    expect(screen.getAllByTestId('neuron')).toHaveLength(5 + 1);
    expect(screen.getAllByTestId('input-node')).toHaveLength(3);
  });

  it('shows z, a and δ of a hovered neuron in a tooltip', () => {
    const frame = makeFrame();
    showFrame(frame);
    show();
    const neuron = screen.getAllByTestId('neuron')[1];
    fireEvent.pointerEnter(neuron);
    const tip = screen.getByRole('tooltip');
    const { z, a, delta } = frame.trainers[0].probe;
    expect(tip.textContent).toContain('O12');
    expect(tip.textContent).toContain('hidden layer 1 · Tanh');
    expect(tip.textContent).toContain(formatNumber(z[1]));
    expect(tip.textContent).toContain(formatNumber(a[1]));
    expect(tip.textContent).toContain(formatNumber(delta[1]));
    fireEvent.pointerLeave(neuron);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('selects a neuron on click and with the keyboard, and a bias on click', () => {
    showFrame(makeFrame());
    show();
    fireEvent.click(screen.getAllByTestId('neuron')[4]);
    expect(selection()).toEqual({ kind: 'neuron', layer: 1, unit: 1 });
    // Out of focus the cursor follows the selection; → twice more reaches the output.
    const cursor = () => screen.getByTestId('graph-cursor');
    fireEvent.focus(cursor());
    fireEvent.keyDown(cursor(), { key: 'ArrowRight' });
    expect(screen.getByRole('tooltip').textContent).toContain('output layer');
    fireEvent.keyDown(cursor(), { key: ' ' });
    expect(selection()).toEqual({ kind: 'neuron', layer: 2, unit: 0 });
    fireEvent.click(screen.getAllByTestId('bias')[0]);
    expect(selection()).toEqual({ kind: 'bias', layer: 0, unit: 0 });
  });

  it('finds the edge under the pointer: tooltip on hover, weight selection on click', () => {
    const frame = makeFrame();
    showFrame(frame);
    const { container } = show();
    const svg = container.querySelector('svg.bpl-graph-svg')!;
    const layout = computeLayout(frame.trainers[0].layerSizes, 800, 480);
    const [x1, y1, x2, y2] = edgeSegment(layout, 0, 1, 0);
    // A quarter of the way along: x_1→O_12 and x_2→O_11 cross in the middle.
    const at = { clientX: x1 + 0.25 * (x2 - x1), clientY: y1 + 0.25 * (y2 - y1) };
    fireEvent.pointerMove(svg, at);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('w from x1 to O12');
    const k = 1 * 2 + 0; // W[j·nIn + i] of layer 0
    expect(tip.textContent).toContain(formatNumber(frame.trainers[0].grads[k]));
    fireEvent.click(svg, at);
    expect(selection()).toEqual({ kind: 'weight', layer: 0, to: 1, from: 0 });
    // A click decides by its own position, even with no hover before it (e.g. right after a blur).
    act(() => app.commands.select(null));
    fireEvent.pointerLeave(svg);
    fireEvent.click(svg, at);
    expect(selection()).toEqual({ kind: 'weight', layer: 0, to: 1, from: 0 });
    fireEvent.click(svg, { clientX: 1, clientY: 1 });
    expect(selection()).toBeNull();
  });

  it('marks saturated neurons', () => {
    // The largest initial weights allowed and a far-out example push the sigmoid units into their flat tails.
    showFrame(
      makeFrame({
        init: { kind: 'xavier-uniform', scale: 10 },
        hidden: [{ units: 4, activation: 'sigmoid' }],
        probeInput: [3, -3],
      }),
    );
    show({ activations: ['sigmoid', 'sigmoid'] });
    const flags = screen.getAllByTestId('neuron').map((n) => n.getAttribute('data-saturated'));
    expect(flags).toContain('true');
  });

  it('writes a or δ next to each node with showValues, and dims unfocused layers', () => {
    const frame = makeFrame();
    showFrame(frame);
    const { container, rerender } = show({ showValues: true, focus: { layers: [1], direction: 'forward' } });
    const values = [...container.querySelectorAll('text.bpl-value')].map((t) => t.textContent);
    expect(values).toContain(formatNumber(frame.trainers[0].probe.a[3]));
    const dimmed = (n: Element) => n.parentElement!.classList.contains('bpl-dim');
    const neurons = screen.getAllByTestId('neuron');
    expect(dimmed(neurons[3])).toBe(false);
    expect(dimmed(neurons[0])).toBe(true);
    rerender(
      withApp(
        app,
        <NetworkGraph
          width={800}
          height={480}
          activations={activations}
          showValues
          focus={{ direction: 'backward' }}
        />,
      ),
    );
    const deltas = [...container.querySelectorAll('text.bpl-value')].map((t) => t.textContent);
    expect(deltas).toContain(`δ ${formatNumber(frame.trainers[0].probe.delta[3])}`);
    rerender(
      withApp(
        app,
        <NetworkGraph
          width={800}
          height={480}
          activations={activations}
          showValues
          focus={{ layers: [1], values: 'z' }}
        />,
      ),
    );
    const sums = [...container.querySelectorAll('text.bpl-value')].map((t) => t.textContent);
    expect(sums).toContain(`z ${formatNumber(frame.trainers[0].probe.z[3])}`);
  });

  it('writes a dash, not NaN, for values the step-through has not computed yet', () => {
    const frame = makeFrame();
    const t = frame.trainers[0];
    t.probe.a.fill(NaN);
    const layers = t.layerSizes.length - 1;
    const none = Array.from({ length: layers }, () => false);
    t.computed = { z: none, a: none, delta: none, grads: none, loss: false, update: false };
    showFrame(frame);
    const { container } = show({ showValues: true, focus: { layers: [0], direction: 'forward' } });
    const values = [...container.querySelectorAll('text.bpl-value')].map((t) => t.textContent);
    expect(values).toContain('—');
    expect(values.some((v) => v?.includes('NaN'))).toBe(false);
    expect(screen.getByTestId('graph-cursor').getAttribute('aria-label')).toMatch(
      /weighted sum z = not computed yet, activation a = not computed yet/,
    );
  });

  it('marks a computed value that overflowed, never as "not computed yet"', () => {
    const frame = makeFrame();
    frame.trainers[0].probe.a[0] = NaN;
    frame.trainers[0].probe.a[1] = Infinity;
    showFrame(frame);
    const { container } = show({ showValues: true, focus: { layers: [0], direction: 'forward' } });
    const values = [...container.querySelectorAll('text.bpl-value')].map((t) => t.textContent);
    expect(values).toContain('⚠ NaN');
    expect(values).toContain('⚠ ∞');
    const cursor = () => screen.getByTestId('graph-cursor');
    expect(cursor().getAttribute('aria-label')).toMatch(/activation a = ⚠ NaN \(not a number\),/);
    fireEvent.focus(cursor());
    fireEvent.keyDown(cursor(), { key: 'ArrowDown' });
    expect(cursor().getAttribute('aria-label')).toMatch(/activation a = ⚠ ∞ overflowed,/);
  });
});
