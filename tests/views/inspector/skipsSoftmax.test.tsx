/**
 * The inspector on the new shapes: a neuron behind a skip connection shows the added term
 * (a = f(z) + the input of its index), a δ below a skip adds what the skip passes back,
 * a softmax output writes ŷ with every output's e^z and the loss as −ln of the true
 * class's probability, and the chain rule marks skip hops (⇒) and sums over every output.
 */
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NetworkLayerSpec, WeightRef } from '../../../src/engine';
import type { Selection } from '../../../src/store/appState';
import { Inspector } from '../../../src/views/inspector';
import { current, renderApp } from '../../helpers/testApp';
import { inspectorFixture, installFixture } from './fixture';
import { tex, texOf } from './helpers';

const select = (s: Selection) => act(() => current().app.commands.select(s));

/** 2 → 3 → 3 (skip) → 3 (skip) → 1. */
const SKIPS: NetworkLayerSpec[] = [
  { units: 3, activation: 'tanh' },
  { units: 3, activation: 'sigmoid', skip: true },
  { units: 3, activation: 'tanh', skip: true },
  { units: 1, activation: 'sigmoid' },
];
/** 2 → 4 → softmax over 3. */
const SOFTMAX: NetworkLayerSpec[] = [
  { units: 4, activation: 'tanh' },
  { units: 3, activation: 'softmax' },
];

describe('inspector with skip connections', { timeout: 20_000 }, () => {
  it("a neuron behind a skip adds its input of the same index: a = σ(z) + O_{1j}, with the engine's numbers", () => {
    const fx = inspectorFixture({ layers: SKIPS });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'neuron', layer: 1, unit: 2 });
    const l = fx.net.layers[1];
    const aTex = texOf(container, 'a')!;
    expect(aTex).toContain('a &= \\sigma(z) + O_{13}');
    expect(aTex).toContain(`\\sigma(${tex(l.z[2])})`);
    expect(aTex).toContain(`${tex(l.fz[2])} + `);
    expect(aTex).toContain(`= ${tex(l.a[2])}`);
  });

  it('a δ below a skip adds the ∂L/∂a the skip passes back, and says so', () => {
    const fx = inspectorFixture({ layers: SKIPS });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'neuron', layer: 0, unit: 1 });
    const dTex = texOf(container, 'delta')!;
    expect(dTex).toContain('\\tfrac{\\partial L}{\\partial a_{O_{22}}}');
    expect(dTex).toContain(`= ${tex(fx.net.layers[1].dA[1])}`);
    expect(dTex).toContain(`= ${tex(fx.net.layers[0].delta[1])}\\end{array}`);
    expect(container.textContent).toContain('the skip connection around the next layer hands that back unchanged');
  });

  it('the chain rule marks skip hops with ⇒, counts them in, and still sums to backprop', () => {
    const weight: WeightRef = { layer: 0, to: 1, from: 0 };
    const fx = inspectorFixture({ layers: SKIPS, weight });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    act(() => current().app.commands.select({ kind: 'weight', ...weight }));
    const report = fx.frame.weight!.paths;
    // From O_{12}: (3 + skip) × (3 + skip) × 1 output = 16 paths.
    expect(report.count).toBe(16);
    expect(container.textContent).toContain('Showing the 6 largest of 16 paths');
    expect(container.querySelector('[data-testid="skip-note"]')).toBeTruthy();
    const routes = [...container.querySelectorAll('.insp-path-route annotation')].map((a) => a.textContent ?? '');
    const shown = report.paths.slice(0, 6);
    shown.forEach((p, k) => {
      expect(routes[k].includes('\\Rightarrow')).toBe(p.skips.includes(true));
    });
    expect(container.textContent).toContain('✓ equal');
  });
});

describe('inspector with a softmax output', { timeout: 20_000 }, () => {
  const target = [0, 1, 0];

  it('writes ŷ with every output’s e^z, the loss as −ln of the true class’s ŷ, and δ = ŷ − y', () => {
    const fx = inspectorFixture({ layers: SOFTMAX, loss: 'cce', target });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    select({ kind: 'neuron', layer: 1, unit: 1 });
    const out = fx.net.layers[1];
    const aTex = texOf(container, 'a')!;
    expect(aTex).toContain('\\hat y_{2} &= \\frac{e^{z_{2}}}{\\sum_{k=1}^{3} e^{z_k}}');
    expect(aTex).toContain(`e^{${tex(out.z[0])}} + e^{${tex(out.z[1])}} + e^{${tex(out.z[2])}}`);
    expect(aTex).toContain(`&= ${tex(out.a[1])}`);
    const lossTex = texOf(container, 'loss')!;
    expect(lossTex).toContain('-\\ln \\hat y_{2}');
    expect(lossTex).toContain(`-\\ln ${tex(out.a[1])}`);
    expect(lossTex).toContain(`&= ${tex(-Math.log(out.a[1]))}`);
    const dTex = texOf(container, 'delta')!;
    expect(dTex).toContain('\\hat y_{2} - y_{2}');
    expect(dTex).toContain(`&= ${tex(out.a[1] - 1)}`);
  });

  it('the chain rule for a hidden weight sums over every output’s paths, at the logits', () => {
    const weight: WeightRef = { layer: 0, to: 2, from: 1 };
    const fx = inspectorFixture({ layers: SOFTMAX, loss: 'cce', target, weight });
    installFixture(fx);
    const { container } = renderApp(<Inspector />);
    act(() => current().app.commands.select({ kind: 'weight', ...weight }));
    expect(fx.frame.weight!.paths.count).toBe(3);
    expect(container.querySelector('[data-testid="logit-note"]')).toBeTruthy();
    const factors = [...container.querySelectorAll('.insp-factor annotation')].map((a) => a.textContent ?? '');
    expect(factors.filter((f) => f.includes('\\partial L}{\\partial z_{2'))).toHaveLength(3);
    expect(container.textContent).toContain('✓ equal');
  });
});
