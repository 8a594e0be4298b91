/** Reading the inspector's typeset formulas back: KaTeX keeps the TeX source in a MathML annotation. */
import { formatValue } from '../../../src/views/kit/format';

/** The TeX source of the formula block named `name` (data-formula), or null. */
export function texOf(root: HTMLElement, name: string): string | null {
  const block = root.querySelector(`[data-formula="${name}"]`);
  return block?.querySelector('annotation')?.textContent ?? null;
}

/** The app's 3-significant-digit value as it appears in TeX (ASCII minus). */
export function tex(v: number): string {
  return formatValue(v).replace('−', '-');
}
