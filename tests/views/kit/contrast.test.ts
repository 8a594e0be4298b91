/**
 * Contrast of the colours the views draw with (WCAG 1.4.3 and 1.4.11), in every theme: a
 * node's name on its fill at least 4.5:1 whatever the activation; text colours 4.5:1 on the
 * card and the page; marks (edges by sign, classes, overflow, runs), the focus ring and the
 * lesson's highlight at least 3:1 against the panels they sit on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_TEXT_COLORS } from '../../../src/views/charts/chartTheme';
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

/** Each theme's custom properties that hold a plain #rrggbb colour, read from themes.css. */
function themes(): Map<string, Record<string, string>> {
  const css = readFileSync(resolve(process.cwd(), 'src/views/app/themes.css'), 'utf8');
  const out = new Map<string, Record<string, string>>();
  for (const m of css.matchAll(/data-theme='(\w+)'\]\s*{([^}]*)}/g)) {
    const vars: Record<string, string> = {};
    for (const v of m[2].matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) vars[v[1]] = v[2];
    out.set(m[1], vars);
  }
  return out;
}

describe('contrast', () => {
  it('a node name on its fill reads at 4.5:1 or more for every activation from −1 to 1', () => {
    for (let k = -100; k <= 100; k++) {
      const v = k / 100;
      expect(contrast(textOnValue(v), valueColor(v)), `a = ${v}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('marks drawn in fixed colours keep 3:1 against white', () => {
    const marks = [SIGN_COLORS.negative, SIGN_COLORS.positive, SIGN_COLORS.zero, NON_FINITE_COLOR, ...CLASS_COLORS];
    for (const c of marks) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
    for (const c of RUN_TEXT_COLORS.slice(2)) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
  });

  it('in every theme, text reads at 4.5:1 and marks, focus and highlight at 3:1 on card and page', () => {
    const all = themes();
    expect([...all.keys()].sort()).toEqual(['dark', 'light', 'projector']);
    for (const [name, t] of all) {
      for (const ground of [t['--card'], t['--bg']]) {
        for (const text of ['--ink', '--ink-2', '--muted', '--accent-strong', '--run-1', '--run-2-text', '--error-ink'])
          expect(contrast(t[text], ground), `${name} ${text}`).toBeGreaterThanOrEqual(4.5);
        for (const mark of ['--run-1', '--run-2', '--focus', '--lesson'])
          expect(contrast(t[mark], ground), `${name} ${mark}`).toBeGreaterThanOrEqual(3);
      }
      for (const [ink, ground] of [
        ['--warn-ink', '--warn-bg'],
        ['--error-ink', '--error-bg'],
        ['--tint-ink', '--tint'],
        ['--ink-2', '--tint'],
      ])
        expect(contrast(t[ink], t[ground]), `${name} ${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
