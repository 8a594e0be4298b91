/**
 * Each activation is written twice: scalar f and df (the stepper's formulas, the paths, the
 * curve) and array loops (the training hot path, unrolled per activation for speed). They
 * must agree exactly. And the one saturation rule says the same everywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  ACTIVATION_NAMES,
  SATURATION_SHARE,
  UNIT_STATUSES,
  passesAlmostNothing,
  unitStatusCode,
} from '../../src/engine';

/** z from deep in the negative tail to deep in the positive one, with 0 and ±tiny exactly. */
const ZS = Float64Array.from([
  -800, -40, -20, -9.5, -6, -3, -1, -0.5, -1e-9, -0, 0, 1e-9, 0.25, 0.5, 1, 2.5, 6, 9.5, 20, 40, 800,
]);

describe('activations: scalar and array forms agree exactly', () => {
  it.each(ACTIVATION_NAMES)('%s: applyRange equals f, scaleByDerivative multiplies by df', (name) => {
    const act = ACTIVATIONS[name];
    const a = new Float64Array(ZS.length);
    act.applyRange(ZS, a, 0, ZS.length);
    const g = Float64Array.from(ZS, (_, k) => 0.5 + k);
    const scaled = g.slice();
    act.scaleByDerivative(ZS, a, scaled, 0, ZS.length);
    ZS.forEach((z, k) => {
      expect(Object.is(a[k], act.f(z)), `f(${z})`).toBe(true);
      expect(Object.is(scaled[k], g[k] * act.df(z, a[k])), `g·df(${z})`).toBe(true);
    });
  });

  it.each(ACTIVATION_NAMES)('%s: the array loops touch only [start, end)', (name) => {
    const act = ACTIVATIONS[name];
    const a = new Float64Array(ZS.length).fill(7);
    act.applyRange(ZS, a, 3, 6);
    expect([...a.slice(0, 3), ...a.slice(6)].every((v) => v === 7)).toBe(true);
  });
});

describe('one rule for saturated and inactive units', () => {
  it('a unit is flagged when |f′(z)| is under 1% of the best slope: saturated σ/tanh, inactive ReLU', () => {
    expect(
      UNIT_STATUSES[unitStatusCode(ACTIVATIONS.sigmoid, ACTIVATIONS.sigmoid.df(9.5, ACTIVATIONS.sigmoid.f(9.5)))],
    ).toBe('saturated');
    expect(UNIT_STATUSES[unitStatusCode(ACTIVATIONS.sigmoid, 0.2)]).toBe('ok');
    expect(UNIT_STATUSES[unitStatusCode(ACTIVATIONS.tanh, ACTIVATIONS.tanh.df(4, Math.tanh(4)))]).toBe('saturated');
    expect(UNIT_STATUSES[unitStatusCode(ACTIVATIONS.relu, 0)]).toBe('inactive');
    expect(UNIT_STATUSES[unitStatusCode(ACTIVATIONS.relu, 1)]).toBe('ok');
    // Leaky ReLU passes back exactly 1% below zero: at the threshold, not under it.
    expect(UNIT_STATUSES[unitStatusCode(ACTIVATIONS['leaky-relu'], 0.01)]).toBe('ok');
    expect(UNIT_STATUSES[unitStatusCode(ACTIVATIONS.linear, 1)]).toBe('ok');
    // Not computed yet (the stepper's NaN) is never called saturated.
    expect(UNIT_STATUSES[unitStatusCode(ACTIVATIONS.relu, NaN)]).toBe('ok');
  });

  it('the threshold is SATURATION_SHARE of each activation’s maximum slope', () => {
    for (const name of ACTIVATION_NAMES) {
      const act = ACTIVATIONS[name];
      const limit = SATURATION_SHARE * act.dfMax;
      expect(passesAlmostNothing(act, limit * 0.999)).toBe(true);
      expect(passesAlmostNothing(act, limit)).toBe(false);
    }
  });
});
