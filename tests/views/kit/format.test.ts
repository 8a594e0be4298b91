/**
 * NaN never masquerades: every formatter shows a non-finite number as such, with a marker
 * and a word, distinct from a blank, from 0 and from "not computed yet"; huge values read as
 * powers of ten, never "e+203", "Y" or sixteen digits.
 */
import { describe, expect, it } from 'vitest';
import {
  NOT_COMPUTED,
  formatExact,
  formatLinearTick,
  formatLoss,
  formatNonFiniteShort,
  formatNumber,
  formatNumberShort,
  formatPrecise,
  formatShown,
  formatValue,
  nonFiniteWord,
} from '../../../src/views/kit/format';
import { formatComputed, isComputed, showComputed } from '../../../src/views/kit/computed';

const FULL = [formatNumber, formatValue, formatShown, formatPrecise, formatLoss, formatExact];

describe('non-finite numbers', () => {
  it.each(FULL.map((f) => [f.name, f]))('%s marks and names them', (_, f) => {
    expect(f(NaN)).toBe('⚠ NaN (not a number)');
    expect(f(Infinity)).toBe('⚠ ∞ overflowed');
    expect(f(-Infinity)).toBe('⚠ −∞ overflowed');
    for (const v of [NaN, Infinity, -Infinity]) {
      expect(f(v)).not.toBe(NOT_COMPUTED);
      expect(f(v)).not.toBe('—');
    }
  });

  it('short forms keep the marker for tight spots', () => {
    expect(formatNonFiniteShort(NaN)).toBe('⚠ NaN');
    expect(formatNumberShort(-Infinity)).toBe('⚠ −∞');
    expect(formatNumberShort(0.5)).toBe('0.5');
  });

  it('says which word', () => {
    expect(nonFiniteWord(NaN)).toBe('not a number');
    expect(nonFiniteWord(-Infinity)).toBe('overflowed');
    expect(nonFiniteWord(1e308)).toBeNull();
  });

  it('"not computed yet" comes from the frame, not from the number', () => {
    const pending = { z: [true], a: [false], delta: [false], grads: [false], loss: false, update: false };
    expect(isComputed({ computed: pending }, 'z', 0)).toBe(true);
    expect(isComputed({ computed: pending }, 'df', 0)).toBe(false);
    expect(isComputed({ computed: null }, 'grads', 3)).toBe(true);
    expect(formatComputed(NaN, false)).toBe(NOT_COMPUTED);
    expect(formatComputed(NaN, true)).toBe('⚠ NaN (not a number)');
    expect(showComputed(1.5e-7, true)).toBe('1.50×10⁻⁷');
  });
});

describe('huge values', () => {
  it('losses read with a readable exponent', () => {
    expect(formatLoss(3.53e203)).toBe('3.53×10²⁰³');
    expect(formatLoss(12345)).toBe('1.23×10⁴');
    expect(formatLoss(0.1234)).toBe('0.1234');
  });

  it('linear axis ticks use powers of ten beyond 10⁴, never SI prefixes', () => {
    expect(formatLinearTick(2e203, 3e203)).toBe('2×10²⁰³');
    expect(formatLinearTick(1e30, 3e30)).toBe('10³⁰');
    expect(formatLinearTick(0, 3e30)).toBe('0');
    expect(formatLinearTick(-2.5e5, 1e6)).toBe('−2.5×10⁵');
    expect(formatLinearTick(250, 1000)).toBe('250');
  });

  it('exact titles keep every digit of a finite value, as a program prints it', () => {
    expect(formatExact(-0.1)).toBe('-0.1');
    expect(formatExact(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});
