/**
 * Contrast of the colours the views draw with (WCAG 1.4.3 and 1.4.11): a node's name on its
 * fill at least 4.5:1 whatever the activation, marks (edges by sign, classes, overflow, runs)
 * at least 3:1 against the white panels they sit on.
 */
import { describe, expect, it } from 'vitest';
import { RUN_COLORS } from '../../../src/views/charts/chartTheme';
import {
  CLASS_COLORS,
  NON_FINITE_COLOR,
  SIGN_COLORS,
  luminance,
  textOnValue,
  valueColor,
} from '../../../src/views/kit/encodings';

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('contrast', () => {
  it('a node name on its fill reads at 4.5:1 or more for every activation from −1 to 1', () => {
    for (let k = -100; k <= 100; k++) {
      const v = k / 100;
      expect(contrast(textOnValue(v), valueColor(v)), `a = ${v}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('marks keep 3:1 against white', () => {
    const marks = [SIGN_COLORS.negative, SIGN_COLORS.positive, SIGN_COLORS.zero, NON_FINITE_COLOR, ...CLASS_COLORS];
    for (const c of [...marks, ...RUN_COLORS.slice(0, 2)]) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
  });
});
