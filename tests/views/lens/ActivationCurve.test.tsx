import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Frame } from '../../../src/worker/protocol';
import { ACTIVATIONS, SATURATION_SHARE } from '../../../src/engine';
import { ActivationCurve } from '../../../src/views/lens/ActivationCurve';
import { current, renderApp, showFrame } from '../../helpers/testApp';
import { frameOf, install, trained } from './lensFixture';

const sigmoid = trained({ activation: 'sigmoid' });
const relu = trained({ activation: 'relu', depth: 3, units: 5 });

function dots(container: HTMLElement, panel: 'f' | 'df'): SVGGElement[] {
  return [...container.querySelectorAll<SVGGElement>(`.bl-lens-dots[data-panel="${panel}"] .bl-lens-unit`)];
}

describe('ActivationCurve', () => {
  it('puts one dot per unit of the first hidden layer on both curves, at the probe example’s z', () => {
    install([sigmoid]);
    const { container } = renderApp(<ActivationCurve />);
    for (const panel of ['f', 'df'] as const) {
      const shown = dots(container, panel);
      expect(shown).toHaveLength(8);
      shown.forEach((g, j) => expect(Number(g.dataset.z)).toBe(sigmoid.probeZ[0][j]));
    }
    const saturated = sigmoid.probeZ[0].filter((z) => {
      const a = ACTIVATIONS.sigmoid.f(z);
      return Math.abs(a * (1 - a)) < SATURATION_SHARE * 0.25;
    }).length;
    expect(container.querySelector('.bl-lens-caption')!.textContent).toMatch(
      new RegExp(`^${saturated} of 8 units saturated`),
    );
  });

  it('shades sigmoid’s saturated tails (σ′ < 1% of 0.25) and labels the maximum 0.25', () => {
    install([sigmoid]);
    const { container } = renderApp(<ActivationCurve />);
    const regions = [...container.querySelectorAll<SVGGElement>('.bl-lens-saturated-region')];
    expect(regions).toHaveLength(2);
    // σ(z)(1 − σ(z)) = 0.0025 at |z| = ln((1 + √(1 − 4·0.0025)) / (1 − √(1 − 4·0.0025))) ≈ 5.989
    const edge = Math.log((1 + Math.sqrt(0.99)) / (1 - Math.sqrt(0.99)));
    expect(Number(regions[0].dataset.to)).toBeCloseTo(-edge, 6);
    expect(Number(regions[1].dataset.from)).toBeCloseTo(edge, 6);
    expect(screen.getByText('max f′ = 0.25')).toBeTruthy();
  });

  it('follows the highlighted layer, and the select chooses (and highlights) a layer', () => {
    install([sigmoid]);
    const { container } = renderApp(<ActivationCurve />);
    const { app } = current();
    act(() => app.commands.setHighlightedLayer(6));
    const output = dots(container, 'f');
    expect(output).toHaveLength(1);
    expect(Number(output[0].dataset.z)).toBe(sigmoid.probeZ[6][0]);
    act(() => app.commands.setHighlightedLayer(null));
    fireEvent.change(screen.getByLabelText('Layer'), { target: { value: '3' } });
    expect(app.state.getState().view.highlightedLayer).toBe(3);
    dots(container, 'df').forEach((g, j) => expect(Number(g.dataset.z)).toBe(sigmoid.probeZ[3][j]));
  });

  it('for ReLU shades z < 0 and labels the maximum 1', () => {
    install([relu]);
    const { container } = renderApp(<ActivationCurve />);
    const regions = [...container.querySelectorAll<SVGGElement>('.bl-lens-saturated-region')];
    expect(regions).toHaveLength(1);
    expect(Number(regions[0].dataset.to)).toBeCloseTo(0, 6);
    expect(screen.getByText('max f′ = 1')).toBeTruthy();
    expect(dots(container, 'f')).toHaveLength(5);
  });

  it('moves the dots when a new frame arrives, without re-rendering', async () => {
    install([sigmoid]);
    const { container } = renderApp(<ActivationCurve />);
    const z = Float64Array.from(sigmoid.frame.probe.z).fill(2.5, 0, 8);
    showFrame(frameOf([{ ...sigmoid.frame, probe: { ...sigmoid.frame.probe, z } }], 2));
    await waitFor(() => dots(container, 'f').forEach((g) => expect(g.dataset.z).toBe('2.5')));
  });

  it('widens the z-range to hold far-out dots', async () => {
    install([sigmoid]);
    const { container } = renderApp(<ActivationCurve />);
    const z = Float64Array.from(sigmoid.frame.probe.z).fill(-23, 0, 1);
    showFrame(frameOf([{ ...sigmoid.frame, probe: { ...sigmoid.frame.probe, z } }], 2));
    await waitFor(() => expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/z from −30 to 30/));
    expect(container.querySelectorAll('.bl-lens-saturated-region')).toHaveLength(2);
  });
});

describe('ActivationCurve while training plays', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
  });
  afterEach(() => vi.useRealTimers());

  /** A frame whose first unit sits at z = `z` on the probe example. */
  function frameWithZ(base: Frame, z: number, id: number, playing: boolean): Frame {
    const tf = base.trainers[0];
    const probe = { ...tf.probe, z: Float64Array.from(tf.probe.z) };
    probe.z[0] = z;
    return { ...base, id, playing, trainers: [{ ...tf, probe }] };
  }

  it('moves the dots about 30 times a second while playing, and at once when paused', () => {
    const base = install([sigmoid]);
    const { container } = renderApp(<ActivationCurve />);
    const place = () => dots(container, 'f')[0].getAttribute('transform');
    const moves: number[] = [];
    let last = place();
    // A frame every 16 ms for two seconds, each with a new z for the first unit.
    for (let t = 0; t < 2000; t += 16) {
      act(() => {
        showFrame(frameWithZ(base, -2 + t / 500, t + 2, true));
        vi.advanceTimersByTime(16);
      });
      if (place() !== last) moves.push(performance.now());
      last = place();
    }
    expect(moves.length).toBeGreaterThan(2000 / 50);
    expect(moves.length).toBeLessThanOrEqual(2000 / 25 + 1);

    // Paused: the last frame's dots show in the next animation frame, not after the gap.
    const before = place();
    act(() => {
      showFrame(frameWithZ(base, 0.5, 5000, false));
      vi.advanceTimersByTime(16);
    });
    expect(place()).not.toBe(before);
    act(() => void vi.advanceTimersByTime(1000));
    expect(Number(dots(container, 'f')[0].dataset.z)).toBe(0.5);
  });
});
