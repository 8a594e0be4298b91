import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firstToLastGradientRatio } from '../../../src/engine';
import { formatTimes } from '../../../src/views/kit/format';
import { GradientChart } from '../../../src/views/lens/GradientChart';
import { BOUND_LEGEND } from '../../../src/views/lens/GradientLegend';
import { current, renderApp, showFrame } from '../../helpers/testApp';
import { frameOf, install, trained, type Trained } from './lensFixture';

const sigmoid = trained({ activation: 'sigmoid' });
const relu = trained({ activation: 'relu' });

function bars(container: HTMLElement, run = 0): SVGRectElement[] {
  return [...container.querySelectorAll<SVGRectElement>(`rect.bl-lens-bar[data-run="${run}"]`)].sort(
    (a, b) => Number(a.dataset.layer) - Number(b.dataset.layer),
  );
}

describe('GradientChart', () => {
  it('draws one bar per layer whose value is the engine’s mean |∂L/∂W|, and the norm after switching', () => {
    install([sigmoid]);
    const { container } = renderApp(<GradientChart />);
    const shown = bars(container);
    expect(shown).toHaveLength(7);
    shown.forEach((bar, l) => expect(Number(bar.dataset.value)).toBe(sigmoid.stats[l].meanAbsGrad));
    fireEvent.click(screen.getByRole('radio', { name: /L2 norm/ }));
    expect(current().app.state.getState().view.gradientMetric).toBe('gradNorm');
    bars(container).forEach((bar, l) => expect(Number(bar.dataset.value)).toBe(sigmoid.stats[l].gradNorm));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/‖∂L\/∂W‖₂ on a log scale/);
  });

  it('draws the sigmoid bound last · 0.25^k, k = layers after this one, and names it in the legend', () => {
    install([sigmoid]);
    const { container } = renderApp(<GradientChart />);
    const shown = bars(container);
    const L = shown.length;
    const last = sigmoid.stats[L - 1].meanAbsGrad;
    shown.forEach((bar, l) => expect(Number(bar.dataset.bound)).toBe(last * 0.25 ** (L - 1 - l)));
    expect(screen.getByText(BOUND_LEGEND)).toBeTruthy();
    expect(BOUND_LEGEND).toBe('max possible with σ′ ≤ 0.25 (weights ≈ 1)');
  });

  it('reads out the engine’s first-to-last ratio: thousands of times smaller for deep sigmoid', () => {
    install([sigmoid]);
    const { container } = renderApp(<GradientChart />);
    const ratio = firstToLastGradientRatio(sigmoid.stats);
    expect(ratio).toBeLessThan(1 / 100);
    const readout = container.querySelector<HTMLElement>('.bl-lens-readout')!;
    expect(Number(readout.dataset.ratio)).toBe(ratio);
    expect(readout.textContent).toBe(`First layer's gradient is ${formatTimes(1 / ratio)}× smaller than the last.`);
  });

  it('has no bound for ReLU and says how the first layer compares', () => {
    install([relu]);
    const { container } = renderApp(<GradientChart />);
    expect(bars(container).every((bar) => bar.dataset.bound === undefined)).toBe(true);
    expect(screen.queryByText(BOUND_LEGEND)).toBeNull();
    const ratio = firstToLastGradientRatio(relu.stats);
    expect(ratio).toBeGreaterThan(1 / 10);
    expect(Number(container.querySelector<HTMLElement>('.bl-lens-readout')!.dataset.ratio)).toBe(ratio);
  });

  it('highlights a layer on click (again to clear), and shows the app’s highlighted layer', () => {
    install([sigmoid]);
    renderApp(<GradientChart />);
    const { app } = current();
    const first = screen.getByRole('button', { name: /^Hidden 1 layer/ });
    // A native button, so Enter and Space press it too.
    expect(first.tagName).toBe('BUTTON');
    fireEvent.click(first);
    expect(app.state.getState().view.highlightedLayer).toBe(0);
    expect(first.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(first);
    expect(app.state.getState().view.highlightedLayer).toBeNull();
    act(() => app.commands.setHighlightedLayer(6));
    expect(screen.getByRole('button', { name: /^Output layer/ }).getAttribute('aria-pressed')).toBe('true');
    expect(first.getAttribute('aria-pressed')).toBe('false');
  });

  it('compare mode: both runs on one scale, named in the legend, each with its readout', () => {
    install([sigmoid, relu]);
    const { container } = renderApp(<GradientChart trainers={[0, 1]} labels={['Sigmoid', 'ReLU']} />);
    const runs: [Trained, SVGRectElement[]][] = [
      [sigmoid, bars(container, 0)],
      [relu, bars(container, 1)],
    ];
    for (const [run, shown] of runs)
      shown.forEach((bar, l) => expect(Number(bar.dataset.value)).toBe(run.stats[l].meanAbsGrad));
    // One log scale: top = c − s·log10(v) with the same c and s for both runs' bars.
    const points = runs.flatMap(([, shown]) =>
      shown.map((b) => [Math.log10(Number(b.dataset.value)), Number(b.getAttribute('y'))]),
    );
    const [p, q] = [points[0], points[6]];
    const s = (p[1] - q[1]) / (q[0] - p[0]);
    for (const [lv, top] of points) expect(top).toBeCloseTo(p[1] - s * (lv - p[0]), 6);
    expect(screen.getByText('Sigmoid')).toBeTruthy();
    const readouts = [...container.querySelectorAll<HTMLElement>('.bl-lens-readout')];
    expect(readouts.map((r) => Number(r.dataset.ratio))).toEqual([
      firstToLastGradientRatio(sigmoid.stats),
      firstToLastGradientRatio(relu.stats),
    ]);
    expect(readouts[0].textContent).toMatch(/^Sigmoid: first layer's gradient is .*× smaller than the last\.$/);
  });

  it('draws one line per layer over the recorded steps', () => {
    // The app records every frame it is shown: step 1, then the trained step.
    install([{ ...sigmoid, frame: { ...sigmoid.frame, step: 1 } }]);
    showFrame(frameOf([sigmoid.frame], 2));
    const { container } = renderApp(<GradientChart />);
    const lines = container.querySelectorAll('.bl-lens-lines path[data-layer]');
    expect(lines).toHaveLength(7);
    expect(lines[0].getAttribute('d')).toMatch(/^M.*L/);
  });

  it('an overflowed layer is a dashed bar to the top, labelled "⚠ NaN", never a bare "NaN" or a missing bar', () => {
    const broken = trained({ activation: 'relu' });
    broken.frame.stats = broken.frame.stats.slice();
    broken.frame.stats[0] = NaN;
    install([broken]);
    const { container } = renderApp(<GradientChart />);
    const first = bars(container)[0];
    expect(first.getAttribute('fill')).toBe('none');
    expect(first.getAttribute('stroke-dasharray')).toBeTruthy();
    const labels = [...container.querySelectorAll('text.bl-lens-bar-value')].map((t) => t.textContent);
    expect(labels).toContain('⚠ NaN');
    expect(labels).not.toContain('NaN');
    expect(container.querySelector('.bl-lens-readout')?.textContent).toMatch(/⚠ A layer's gradient overflowed/);
  });
});
