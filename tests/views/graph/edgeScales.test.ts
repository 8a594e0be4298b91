import { describe, expect, it } from 'vitest';
import {
  LOG_DECADES,
  SIGN_COLORS,
  edgeStrength,
  edgeWidthScale,
  signColor,
  valueColor,
} from '../../../src/views/kit/encodings';
import { formatNumber, formatPower } from '../../../src/views/kit/format';
import { neuronName, weightName } from '../../../src/views/kit/names';

describe('edge width scales', () => {
  it('linear: the largest edge gets the full width and a 1000× smaller one looks vanished', () => {
    const width = edgeWidthScale('linear', 0.02, { maxWidth: 8 });
    expect(width(0.02)).toBe(8);
    expect(width(-0.02)).toBe(8);
    expect(width(0.01)).toBeCloseTo(4);
    expect(width(0.02 / 1000)).toBeLessThan(0.01);
    expect(width(0)).toBe(0);
  });

  it('log: a 1000× smaller edge sits 3 decades down and stays clearly visible', () => {
    const width = edgeWidthScale('log', 0.02, { maxWidth: 8, minWidth: 0.75 });
    expect(width(0.02)).toBe(8);
    expect(edgeStrength('log', 0.02 / 1000, 0.02)).toBeCloseTo(1 - 3 / LOG_DECADES);
    expect(width(0.02 / 1000)).toBeGreaterThan(3);
    // Each decade costs the same width.
    const step = width(0.02) - width(0.002);
    expect(width(0.002) - width(0.0002)).toBeCloseTo(step);
    // Beyond the decades shown: not drawn.
    expect(width(0.02 * 10 ** -(LOG_DECADES + 1))).toBe(0);
  });

  it('is 0 for a network whose edges are all zero or not numbers', () => {
    expect(edgeWidthScale('linear', 0)(0)).toBe(0);
    expect(edgeWidthScale('log', 0)(0)).toBe(0);
    expect(edgeWidthScale('log', 1)(NaN)).toBe(0);
  });
});

describe('colours and text', () => {
  it('colours by sign on one diverging palette', () => {
    expect(signColor(-0.3)).toBe(SIGN_COLORS.negative);
    expect(signColor(2)).toBe(SIGN_COLORS.positive);
    expect(signColor(0)).toBe(SIGN_COLORS.zero);
    expect(valueColor(5)).toBe(valueColor(1));
    expect(valueColor(-1)).not.toBe(valueColor(1));
  });

  it('formats numbers with 3 significant digits and names neurons in the seed notation', () => {
    expect(formatNumber(0.35712)).toBe('0.357');
    expect(formatNumber(-0.0000123)).toBe('−1.23×10⁻⁵');
    expect(formatNumber(8.33e171)).toBe('8.33×10¹⁷¹');
    expect(formatNumber(0)).toBe('0');
    expect(formatPower(-3)).toBe('10⁻³');
    expect(neuronName(0, 1)).toBe('O_{1 2}');
    expect(weightName({ layer: 0, to: 1, from: 0 })).toBe('w from x_1 to O_{1 2}');
    expect(weightName({ layer: 2, to: 0, from: 1 })).toBe('w from O_{2 2} to O_{3 1}');
  });
});
