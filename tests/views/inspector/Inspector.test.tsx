import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVATIONS } from '../../../src/engine';
import type { Selection } from '../../../src/store/appState';
import { EMPTY_HINT, Inspector } from '../../../src/views/inspector';
import { formatShown } from '../../../src/views/kit/format';
import { current, renderApp, showFrame } from '../../helpers/testApp';
import { inspectorFixture, installFixture } from './fixture';
import { tex, texOf } from './helpers';

/** Selects on the app the test renders (the last one made). */
const select = (s: Selection | null, trainer?: number) => act(() => current().app.commands.select(s, trainer));

beforeEach(() => {
  installFixture(inspectorFixture());
});

// KaTeX's HTML is slow to parse in jsdom (milliseconds per formula, unlike a browser): allow time.
describe('Inspector', { timeout: 20_000 }, () => {
  it('asks for a click when nothing is selected', () => {
    renderApp(<Inspector />);
    expect(screen.getByText(EMPTY_HINT)).toBeTruthy();
  });

  it("shows a hidden neuron's z, a and δ exactly as the engine computed them", () => {
    const fx = inspectorFixture();
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'neuron', layer: 1, unit: 0 });
    const l = fx.net.layers[1];
    const z = l.z[0];
    const a = l.a[0];
    const delta = l.delta[0];
    const zTex = texOf(container, 'z')!;
    expect(zTex).toContain(`&= ${tex(z)}`);
    // The sum is written with the actual weights and the previous layer's outputs.
    const w0 = l.W[0];
    const a0 = fx.net.layers[0].a[0];
    expect(zTex).toContain(`${w0 < 0 ? `(${tex(w0)})` : tex(w0)}\\cdot ${a0 < 0 ? `(${tex(a0)})` : tex(a0)}`);
    expect(zTex).toContain('w_{1}\\,O_{11} + w_{2}\\,O_{12} + w_{3}\\,O_{13} + b');
    expect(texOf(container, 'a')).toBe(`a = \\sigma(z) = \\sigma(${tex(z)}) = ${tex(a)}`);
    const dTex = texOf(container, 'delta')!;
    expect(dTex).toContain("\\delta = \\sigma'(z)\\cdot\\sum_k w_k\\,\\delta_k");
    expect(dTex).toContain(`= ${tex(delta)}\\end{array}`);
    expect(texOf(container, 'df')).toContain(`= ${tex(ACTIVATIONS.sigmoid.df(z, a))}`);
    expect(container.querySelector('.insp-subtitle')?.textContent).toBe('hidden layer 2 · neuron 1 · Sigmoid');
  });

  it("writes the output neuron's δ as ∂L/∂ŷ · f'(z) with ŷ, y and the loss", () => {
    const fx = inspectorFixture();
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'neuron', layer: 2, unit: 0 });
    const out = fx.net.layers[2];
    const yhat = out.a[0];
    const df = ACTIVATIONS.sigmoid.df(out.z[0], yhat);
    const dTex = texOf(container, 'delta')!;
    expect(dTex).toContain('\\frac{\\partial L}{\\partial \\hat y}');
    expect(dTex).toContain(`(${tex(yhat)} - 1)\\cdot ${tex(df)}`);
    expect(dTex).toContain(`&= ${tex(out.delta[0])}`);
    expect(texOf(container, 'a')).toContain('\\hat y = a');
    expect(texOf(container, 'loss')).toContain(`&= ${tex(fx.net.exampleLoss[0])}`);
  });

  it('abbreviates a wide sum but keeps the exact total', () => {
    const fx = inspectorFixture({ inputSize: 12 });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'neuron', layer: 0, unit: 1 });
    const zTex = texOf(container, 'z')!;
    expect(zTex).toContain('\\cdots');
    expect(zTex).toContain('w_{12}\\,x_{12}');
    expect(zTex).toContain(`&= ${tex(fx.net.layers[0].z[1])}`);
    expect(screen.getByText(/Sums all 12 inputs/)).toBeTruthy();
  });

  it('warns when a sigmoid neuron is saturated and shows the maximum 0.25', () => {
    // 10 is the largest weight scale the app accepts: with inputs ±4 a sigmoid neuron saturates.
    const fx = inspectorFixture({ initScale: 10, input: [4, -4] });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    const l = fx.net.layers[1];
    const unit = [0, 1].find((j) => ACTIVATIONS.sigmoid.df(l.z[j], l.a[j]) < 0.0025);
    expect(unit).toBeDefined();
    select({ kind: 'neuron', layer: 1, unit: unit! });
    expect(screen.getByText(/Saturated/)).toBeTruthy();
    expect(container.querySelector('.insp-meter-text annotation')?.textContent).toContain('= 0.25');
  });

  it('shows only what the stepper has computed so far', () => {
    // After forward-z and forward-a of layer 0 and forward-z of layer 1.
    const fx = inspectorFixture({ stepperPhases: 3 });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'neuron', layer: 1, unit: 1 });
    expect(texOf(container, 'z')).toContain(`&= ${tex(fx.net.layers[1].z[1])}`);
    const blocks = ['a', 'delta', 'df'].map((n) => container.querySelector(`[data-formula="${n}"]`)!);
    for (const b of blocks) expect(b.textContent).toContain('not computed yet');
    expect(container.querySelector('[data-formula="z"]')!.className).toContain('insp-current');
    expect(screen.getByText('step-through')).toBeTruthy();
  });

  it("shows a bias's gradient ∂L/∂b = δ and its update", () => {
    const fx = inspectorFixture({ learningRate: 0.5 });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'bias', layer: 0, unit: 2 });
    const delta = fx.net.layers[0].delta[2];
    const b = fx.net.layers[0].b[2];
    expect(texOf(container, 'grad')).toContain(`= ${tex(delta)}`);
    expect(texOf(container, 'update')).toContain(`&= ${tex(b - 0.5 * delta)}`);
    expect(screen.getByText(formatShown(fx.batchGrads[fx.net.layers[0].b.byteOffset / 8 + 2]))).toBeTruthy();
  });

  it('refreshes at once when paused and at most a few times a second while playing', () => {
    vi.useFakeTimers();
    try {
      const { container } = renderApp(<Inspector />);
      select({ kind: 'neuron', layer: 0, unit: 0 });
      const frames = [0.1, 0.2, 0.3].map((x) => inspectorFixture({ input: [x, 1], playing: true }));
      showFrame(frames[0].frame);
      const first = texOf(container, 'z');
      showFrame(frames[1].frame);
      showFrame(frames[2].frame);
      expect(texOf(container, 'z')).toBe(first);
      act(() => vi.advanceTimersByTime(300));
      expect(texOf(container, 'z')).toContain(`&= ${tex(frames[2].net.layers[0].z[0])}`);
      const paused = inspectorFixture({ input: [0.9, -1] });
      showFrame(paused.frame);
      expect(texOf(container, 'z')).toContain(`&= ${tex(paused.net.layers[0].z[0])}`);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Inspector in compare mode', () => {
  it('follows the network the selection was made on when trainer is null', () => {
    const a = inspectorFixture({ seed: 3 });
    const b = inspectorFixture({ seed: 4 });
    installFixture(a);
    // The worker runs both networks: its answer names both configs, then a frame shows both.
    showFrame({ ...a.frame, trainers: [a.frame.trainers[0], b.frame.trainers[0]] }, [a.config, b.config]);
    const fixed = renderApp(<Inspector />);
    const follow = renderApp(<Inspector trainer={null} />);
    select({ kind: 'neuron', layer: 0, unit: 0 }, 1);
    expect(fixed.container.textContent).toContain('That was selected on network B; this panel shows network A.');
    expect(texOf(follow.container, 'z')).toContain(`&= ${tex(b.net.layers[0].z[0])}`);
  });
});
