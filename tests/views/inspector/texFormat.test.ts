import { describe, expect, it } from 'vitest';
import { texFactor, texNum } from '../../../src/views/inspector/texFormat';
import { formatPrecise, formatShown } from '../../../src/views/kit/format';
import { texNeuron } from '../../../src/views/kit/names';

describe('inspector number formats', () => {
  it('writes exponents as powers of ten, for either sign', () => {
    expect(formatShown(1.7e-4)).toBe('1.70×10⁻⁴');
    expect(formatShown(-1.24e-4)).toBe('−1.24×10⁻⁴');
    expect(formatShown(123456)).toBe('1.23×10⁵');
    expect(formatShown(0.357)).toBe('0.357');
    expect(formatPrecise(4.56522e-5)).toBe('4.56522×10⁻⁵');
    expect(texNum(1.7e-4)).toBe('1.70\\times10^{-4}');
    expect(texNum(-0.589)).toBe('-0.589');
    expect(texFactor(-0.8)).toBe('(-0.8)');
    // Non-finite values are marked and named, in a colour apart.
    expect(texNum(NaN)).toBe('\\textcolor{#b42318}{\\mathbf{!}\\,\\text{NaN (not a number)}}');
    expect(texNum(-Infinity)).toBe('\\textcolor{#b42318}{\\mathbf{!}\\,-\\infty\\ \\text{overflowed}}');
  });

  it('names neurons in the seed notation', () => {
    expect(texNeuron(0, 0)).toBe('O_{11}');
    expect(texNeuron(1, 11)).toBe('O_{2,12}');
  });
});
