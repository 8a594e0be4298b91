/**
 * The frame's one-pass scan of weights and gradients (frames.ts scanValues) says what separate
 * passes said: each layer's largest finite |∂L/∂w| and |w| (biases left out, skips included),
 * and how many values are ±∞ or NaN, biases included.
 */
import { describe, expect, it } from 'vitest';
import { countNonFinite, layoutOf } from '../../src/engine';
import { scanValues } from '../../src/worker/frames';

function sprinkled(n: number, seed: number, holes: number[]): Float64Array {
  const out = new Float64Array(n);
  let s = seed;
  for (let k = 0; k < n; k++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[k] = (s / 2147483648 - 0.5) * 4;
  }
  const odd = [NaN, Infinity, -Infinity];
  holes.forEach((at, k) => (out[at % n] = odd[k % 3]));
  return out;
}

function reference(
  sizes: number[],
  skips: boolean[],
  grads: Float64Array,
  params: Float64Array,
  skipGrads: Float64Array,
) {
  const layout = layoutOf(sizes, skips);
  const edgeMax = layout.layers.flatMap((s) => {
    const finite = (xs: number[]) => xs.map(Math.abs).filter((v) => Number.isFinite(v));
    const g = finite([
      ...grads.subarray(s.w, s.b),
      ...(s.skip >= 0 ? skipGrads.subarray(s.skip, s.skip + s.nOut) : []),
    ]);
    const w = finite([...params.subarray(s.w, s.b)]);
    return [Math.max(0, ...g), s.skip >= 0 ? Math.max(1, ...w) : Math.max(0, ...w)];
  });
  return { edgeMax, nonFiniteParams: countNonFinite(params), nonFiniteGrads: countNonFinite(grads) };
}

describe('scanValues', () => {
  it.each([
    { sizes: [2, 8, 8, 1], skips: [false, false, false] },
    { sizes: [2, 6, 6, 6, 3], skips: [false, true, true, false] },
  ])('matches separate passes on $sizes, with ±∞ and NaN in weights, biases and skips', ({ sizes, skips }) => {
    const layout = layoutOf(sizes, skips);
    const last = layout.layers[layout.layers.length - 1];
    // Holes in the first weight, a bias and the very last value of each array.
    const holes = [0, layout.layers[0].b + 1, layout.paramCount - 1, layout.layers[1].w + 3];
    const grads = sprinkled(layout.paramCount, 7, holes);
    const params = sprinkled(layout.paramCount, 11, holes.slice(1));
    const skipGrads = sprinkled(layout.skipCount, 13, layout.skipCount > 0 ? [2] : []);
    const got = scanValues(layout, grads, params, skipGrads);
    const want = reference(sizes, skips, grads, params, skipGrads);
    expect([...got.edgeMax]).toEqual(want.edgeMax);
    expect(got.nonFiniteGrads).toBe(want.nonFiniteGrads);
    expect(got.nonFiniteParams).toBe(want.nonFiniteParams);
    expect(got.nonFiniteGrads).toBe(4);
    expect(got.nonFiniteParams).toBe(3);
    expect(last.b + last.nOut).toBe(layout.paramCount);
  });
});
