/**
 * The gradient chart with skip connections: the σ′ ≤ 0.25 bound stops at the highest skip
 * (below it, each skip adds a path with no σ′ factor) and a sentence says why.
 */
import { describe, expect, it } from 'vitest';
import { GradientChart } from '../../../src/views/lens/GradientChart';
import { lowestBoundedLayer, sigmoidBounds } from '../../../src/views/lens/gradientSeries';
import { renderApp } from '../../helpers/testApp';
import { install, trained } from './lensFixture';

describe('the σ′ bound with skip connections', () => {
  it('covers only the layers above the highest skip', () => {
    const values = [1e-3, 1e-3, 1e-3, 1e-3, 1];
    const acts = ['sigmoid', 'sigmoid', 'sigmoid', 'sigmoid', 'sigmoid'] as const;
    expect(sigmoidBounds(values, acts)).toEqual([0.25 ** 4, 0.25 ** 3, 0.25 ** 2, 0.25, 1]);
    const skips = [false, true, true, false, false];
    expect(lowestBoundedLayer(skips)).toBe(2);
    expect(sigmoidBounds(values, acts, skips)).toEqual([null, null, 0.25 ** 2, 0.25, 1]);
  });

  it('the chart draws no bound under a skip and explains why', () => {
    const run = trained({ activation: 'sigmoid', depth: 6, skips: true });
    install([run]);
    const { container } = renderApp(<GradientChart />);
    const bars = [...container.querySelectorAll<SVGRectElement>('rect.bl-lens-bar[data-run="0"]')];
    // Skips around hidden layers 2–6: only hidden layer 6 (engine 5) and the output keep a bound.
    const bounded = bars
      .filter((b) => b.dataset.bound !== undefined && b.dataset.bound !== '')
      .map((b) => Number(b.dataset.layer));
    expect(bounded.sort()).toEqual([5, 6]);
    const note = container.querySelector('[data-testid="skip-bound-note"]')!.textContent!;
    expect(note).toContain('skip connections up to hidden layer 6');
    expect(note).toContain('σ′ ≤ 0.25 bound stops there');
    expect(note).toMatch(/local derivative is exactly 1/);
  });

  it('says nothing about skips for a network without them', () => {
    install([trained({ activation: 'sigmoid' })]);
    const { container } = renderApp(<GradientChart />);
    expect(container.querySelector('[data-testid="skip-bound-note"]')).toBeNull();
  });
});
