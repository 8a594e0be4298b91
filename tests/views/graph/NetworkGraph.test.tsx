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

  it('labels each neuron with its seed-notation name and the probe activation', () => {
    const frame = makeFrame();
    showFrame(frame);
    show();
    const a = frame.trainers[0].probe.a;
    const labels = screen.getAllByTestId('neuron').map((n) => n.getAttribute('aria-label'));
    expect(labels).toEqual([
      `O_{1 1}: a = ${formatNumber(a[0])}`,
      `O_{1 2}: a = ${formatNumber(a[1])}`,
      `O_{1 3}: a = ${formatNumber(a[2])}`,
      `O_{2 1}: a = ${formatNumber(a[3])}`,
      `O_{2 2}: a = ${formatNumber(a[4])}`,
      `O_{3 1}: a = ${formatNumber(a[5])}`,
    ]);
    expect(screen.getByLabelText('x_2 = −1')).toBeTruthy();
  });

  it('updates values from new frames without re-rendering React', async () => {
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
    const expected = `O_{1 1}: a = ${formatNumber(next.trainers[0].probe.a[0])}`;
    await waitFor(() => expect(screen.getAllByTestId('neuron')[0].getAttribute('aria-label')).toBe(expected));
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
    expect(neuron.getAttribute('aria-describedby')).toBe(tip.id);
    fireEvent.pointerLeave(neuron);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('selects a neuron on click and on Enter, and a bias on click', () => {
    showFrame(makeFrame());
    show();
    fireEvent.click(screen.getAllByTestId('neuron')[4]);
    expect(selection()).toEqual({ kind: 'neuron', layer: 1, unit: 1 });
    const output = screen.getAllByTestId('neuron')[5];
    fireEvent.focus(output);
    expect(screen.getByRole('tooltip').textContent).toContain('output layer');
    fireEvent.keyDown(output, { key: 'Enter' });
    expect(selection()).toEqual({ kind: 'neuron', layer: 2, unit: 0 });
    expect(output.getAttribute('aria-pressed')).toBe('true');
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
    // Faded at a desk (graph.css: .bpl-dim { opacity: 0.3 }); on a projector the lit layer is ringed.
    const opacity = (n: Element) => (n.parentElement!.classList.contains('bpl-dim') ? '0.3' : '1');
    const neurons = screen.getAllByTestId('neuron');
    expect(opacity(neurons[3])).toBe('1');
    expect(opacity(neurons[0])).toBe('0.3');
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
    const neuron = container.querySelector('[data-testid="neuron"]');
    expect(neuron?.getAttribute('aria-label')).toMatch(/not computed yet$/);
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
    const labels = [...container.querySelectorAll('[data-testid="neuron"]')].map((n) => n.getAttribute('aria-label'));
    expect(labels[0]).toMatch(/a = ⚠ NaN \(not a number\)$/);
    expect(labels[1]).toMatch(/a = ⚠ ∞ overflowed$/);
  });
});
