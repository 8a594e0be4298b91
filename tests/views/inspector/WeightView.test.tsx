import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeGradients, createNetwork, type LayerSpec, type WeightRef } from '../../../src/engine';
import { Inspector } from '../../../src/views/inspector';
import { formatPrecise, formatShown } from '../../../src/views/kit/format';
import { renderApp } from '../../helpers/testApp';
import { FOUR_NEURON_LAYERS, inspectorFixture, installFixture, type FixtureOptions } from './fixture';
import { tex, texOf } from './helpers';

const FIRST: WeightRef = { layer: 0, to: 0, from: 0 };

function showWeight(weight: WeightRef, options: FixtureOptions = {}) {
  const fx = inspectorFixture({ ...options, weight });
  const app = installFixture(fx);
  const view = renderApp(<Inspector />);
  act(() => app.commands.select({ kind: 'weight', ...weight }));
  return { fx, app, ...view };
}

const fourNeuron: FixtureOptions = { inputSize: 1, layers: FOUR_NEURON_LAYERS, input: [1], target: [0.25], seed: 7 };

// KaTeX's HTML is slow to parse in jsdom (milliseconds per formula, unlike a browser): allow time.
describe('weight inspector', { timeout: 20_000 }, () => {
  it('shows the value, ∂L/∂w for the example and the batch, and the update, as the engine computes them', () => {
    const { fx, container } = showWeight({ layer: 1, to: 1, from: 2 }, { learningRate: 0.2 });
    const net = createNetwork(fx.spec);
    const g = computeGradients(net, [fx.input], [fx.target]).weights[1][1 * 3 + 2];
    const w = fx.net.layers[1].W[1 * 3 + 2];
    expect(screen.getAllByText(formatShown(w)).length).toBeGreaterThan(0);
    expect(texOf(container, 'grad')).toContain(`&= ${tex(g)}`);
    expect(texOf(container, 'grad')).toContain('\\delta_{O_{22}}\\cdot O_{13}');
    const batch = fx.batchGrads[fx.net.layers[1].W.byteOffset / 8 + 1 * 3 + 2];
    expect(screen.getByText(formatShown(batch))).toBeTruthy();
    expect(texOf(container, 'update')).toContain(`&= ${tex(w - 0.2 * g)}`);
  });

  it('lists exactly two paths on the four-neuron net, summing to the backprop gradient', () => {
    const { fx, container } = showWeight(FIRST, fourNeuron);
    const rows = container.querySelectorAll('li.insp-path');
    expect(rows.length).toBe(2);
    const gradient = computeGradients(createNetwork(fx.spec), [[1]], [[0.25]]).weights[0][0];
    const report = fx.frame.weight!.paths;
    expect(report.pathSum).toBeCloseTo(gradient, 14);
    expect(screen.getByText('Sum of the paths').nextElementSibling?.textContent).toBe(formatPrecise(report.shownSum));
    expect(formatPrecise(report.shownSum)).toBe(formatPrecise(gradient));
    expect(container.querySelector('.insp-sums .insp-row-strong dd')?.textContent).toContain(formatPrecise(gradient));
    expect(screen.getByText('✓ equal', { exact: false })).toBeTruthy();
    // Each row is ∂L/∂O31 · ∂O31/∂O2k · ∂O2k/∂O11 · ∂O11/∂w.
    const symbols = [...rows[0].querySelectorAll('.insp-factor annotation')].map((a) => a.textContent);
    expect(symbols[0]).toContain('\\partial L}{\\partial O_{31}}');
    const k = fx.frame.weight!.paths.paths[0].units[1] + 1;
    expect(symbols[1]).toContain(`\\partial O_{31}}{\\partial O_{2${k}}}`);
    expect(symbols[2]).toContain(`\\partial O_{2${k}}}{\\partial O_{11}}`);
    expect(symbols[3]).toContain('\\partial O_{11}}{\\partial w}');
  });

  it('highlights a path on the graph while it is hovered or focused', () => {
    const { fx, app, container } = showWeight(FIRST, fourNeuron);
    const highlightedPath = () => app.state.getState().view.highlightedPath;
    const rows = container.querySelectorAll('li.insp-path');
    const units = fx.frame.weight!.paths.paths[1].units;
    fireEvent.mouseEnter(rows[1]);
    expect(highlightedPath()).toEqual({ layer: 0, from: 0, units, skips: [false, false] });
    fireEvent.mouseLeave(rows[1]);
    expect(highlightedPath()).toBeNull();
    fireEvent.focus(rows[0]);
    expect(highlightedPath()?.units).toEqual(fx.frame.weight!.paths.paths[0].units);
    fireEvent.blur(rows[0]);
    expect(highlightedPath()).toBeNull();
  });

  it('with many paths shows the largest, their count and the exact total', () => {
    const layers: LayerSpec[] = [
      { units: 4, activation: 'tanh' },
      { units: 4, activation: 'tanh' },
      { units: 4, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ];
    const { fx, container } = showWeight(FIRST, { layers });
    const r = fx.frame.weight!.paths;
    expect(r.count).toBe(16);
    expect(container.querySelectorAll('li.insp-path').length).toBe(6);
    expect(screen.getByText(/Showing the 6 largest of 16 paths/)).toBeTruthy();
    expect(screen.getByText('Sum over all 16 paths (exact)').nextElementSibling?.textContent).toBe(
      formatPrecise(r.pathSum),
    );
    fireEvent.click(screen.getByText(/Show all 16 listed paths/));
    expect(container.querySelectorAll('li.insp-path').length).toBe(16);
  });

  it('draws the step arrow right for a negative slope and left for a positive one', () => {
    const cases: { weight: WeightRef; sign: number }[] = [];
    const probe = inspectorFixture({ weight: FIRST });
    // Find one weight of each gradient sign in the default fixture.
    for (let to = 0; to < 3; to++) {
      for (let from = 0; from < 2; from++) {
        const g = probe.net.layers[0].dW[to * 2 + from];
        if (!cases.some((c) => Math.sign(c.sign) === Math.sign(g)))
          cases.push({ weight: { layer: 0, to, from }, sign: g });
      }
    }
    expect(cases.length).toBe(2);
    for (const { weight, sign } of cases) {
      // A rate that makes the step 0.4 long: clearly visible on the curve.
      const { container, unmount } = showWeight(weight, { learningRate: 0.4 / Math.abs(sign) });
      const arrow = container.querySelector('[data-testid="step-arrow"]')!;
      const dx = Number(arrow.getAttribute('x2')) - Number(arrow.getAttribute('x1'));
      expect(Math.sign(dx)).toBe(-Math.sign(sign));
      expect(screen.getByTestId('slope-direction').textContent).toBe(
        sign < 0 ? 'slope negative → w increases' : 'slope positive → w decreases',
      );
      unmount();
    }
  });

  it('says the step overshoots when the learning rate is huge', () => {
    const small = showWeight(FIRST, { ...fourNeuron, learningRate: 0.1 });
    expect(screen.queryByText(/overshoots/)).toBeNull();
    small.unmount();
    // A linear output makes the loss a parabola in an output weight: η·a² > 2 jumps past its minimum.
    const linear: LayerSpec[] = [...FOUR_NEURON_LAYERS.slice(0, 2), { units: 1, activation: 'linear' }];
    showWeight({ layer: 2, to: 0, from: 0 }, { ...fourNeuron, layers: linear, learningRate: 100 });
    expect(screen.getByText(/The learning rate is too large: the step overshoots/)).toBeTruthy();
  });

  it('hides the chain rule and the tangent until the stepper has computed ∂L/∂w', () => {
    const { container } = showWeight(FIRST, { ...fourNeuron, stepperPhases: 7 });
    expect(screen.getByText(/the backward pass has not reached this weight/)).toBeTruthy();
    expect(container.querySelector('[data-testid="tangent"]')).toBeNull();
    expect(container.querySelector('[data-formula="grad"]')?.textContent).toContain('not computed yet');
  });

  it('shows a computed ∂L/∂w that overflowed as such, never as "not computed yet"', () => {
    // The whole step done (3 layers: 2·3 + 1 + 2·3 + 1 phases), then its gradient overflowed.
    const fx = inspectorFixture({ ...fourNeuron, weight: FIRST, stepperPhases: 14 });
    fx.frame.trainers[0].grads[0] = NaN;
    const app = installFixture(fx);
    const { container } = renderApp(<Inspector />);
    act(() => app.commands.select({ kind: 'weight', ...FIRST }));
    const grad = container.querySelector('[data-formula="grad"]');
    expect(grad?.textContent).not.toContain('not computed yet');
    expect(grad?.querySelector('annotation')?.textContent).toContain('\\text{NaN (not a number)}');
    expect(texOf(container, 'update')).toContain('\\text{NaN (not a number)}');
  });
});
