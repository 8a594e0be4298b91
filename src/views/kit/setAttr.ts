/**
 * setAttribute that skips writes of an unchanged value. Views that move SVG elements
 * per animation frame (node fills, dots) would otherwise trigger a style recalculation
 * for every element every frame, even when a colour did not change (npm run bench:ui
 * measured ~66 ms/s in setAttribute alone on a 10×32 net).
 */
const last = new WeakMap<Element, Map<string, string>>();

export function setAttr(el: Element | null | undefined, name: string, value: string): void {
  if (!el) return;
  let values = last.get(el);
  if (!values) {
    values = new Map();
    last.set(el, values);
  }
  if (values.get(name) === value) return;
  values.set(name, value);
  el.setAttribute(name, value);
}
