/** A binary max-heap of partial chain-rule paths, ordered by the bound on their final |product|. */

export interface PartialPath {
  /** Unit visited in each layer so far, from the weight's layer on. */
  units: number[];
  /** Per hop so far: whether it went along a skip connection. */
  skips: boolean[];
  product: number;
  bound: number;
}

export function pushHeap(h: PartialPath[], x: PartialPath): void {
  h.push(x);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p].bound >= h[i].bound) break;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
}

export function popMax(h: PartialPath[]): PartialPath {
  const top = h[0];
  const last = h.pop()!;
  if (h.length > 0) {
    h[0] = last;
    let i = 0;
    for (;;) {
      const a = 2 * i + 1;
      const b = a + 1;
      let m = i;
      if (a < h.length && h[a].bound > h[m].bound) m = a;
      if (b < h.length && h[b].bound > h[m].bound) m = b;
      if (m === i) break;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
  return top;
}
