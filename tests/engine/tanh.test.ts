/**
 * The engine's tanh (src/engine/tanh.ts) against the WebAssembly module's tanhRange
 * (assembly/tanh.ts): bit for bit on every value tried, so the two kernel paths compute the
 * same activations; and both within 2 ulp of Math.tanh, exact where tanh has an exact value.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, createRng } from '../../src/engine';
import { createArena } from '../../src/engine/simd/arena';
import { tanh } from '../../src/engine/tanh';
import { requireSimd } from './kernelPaths';

/** The next double after x towards +∞ (steps > 0) or −∞, |steps| times. */
function nextAfter(x: number, steps: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  for (let s = 0; s < Math.abs(steps); s++) {
    const up = steps > 0 === f[0] >= 0;
    if (f[0] === 0) f[0] = steps > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
    else i[0] += up ? 1n : -1n;
  }
  return f[0];
}

/** x and its neighbours a few ulps either side, with both signs. */
const around = (x: number) => [-3, -2, -1, 0, 1, 2, 3].flatMap((s) => [nextAfter(x, s), -nextAfter(x, s)]);

const INV_LN2 = 1.442695040888963387;
/**
 * Arguments whose exponential reduction y·(1/ln 2) lands exactly halfway between two
 * integers (y = 2|x|), where WebAssembly's nearest rounds to even and Math.round up.
 */
function reductionTies(): number[] {
  const ties: number[] = [];
  for (let n = 1; n < 64; n++) {
    const y0 = (n + 0.5) / INV_LN2;
    for (let s = -64; s <= 64; s++) {
      const y = nextAfter(y0, s);
      if (y * INV_LN2 === n + 0.5 && y <= 44) ties.push(y / 2, -y / 2);
    }
  }
  return ties;
}

const SPECIAL = [0, -0, Infinity, -Infinity, NaN, 1e-300, -3e-9, Number.MIN_VALUE, -Number.MAX_VALUE, 700, -700];
const BOUNDARIES = [2 ** -28, 0.625, 22, 21.99, 0.6249999, 1e-8].flatMap(around);

/** Seeded values over every range the branches meet: log-uniform 1e-10…1e3, uniform in ±25 and ±1. */
function randomValues(count: number): number[] {
  const rng = createRng(14);
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const sign = rng.next() < 0.5 ? -1 : 1;
    if (k % 3 === 0) out.push(sign * 10 ** rng.uniform(-10, 3));
    else if (k % 3 === 1) out.push(rng.uniform(-25, 25));
    else out.push(rng.uniform(-1, 1));
  }
  return out;
}

/** tanhRange of the WebAssembly module on `values`, copied into its memory and back. */
function wasmTanh(values: readonly number[]): Float64Array {
  const n = values.length;
  const arena = createArena(requireSimd(), 16 * n + 64);
  if (!arena) throw new Error('no WebAssembly memory');
  const z = new Float64Array(arena.buffer, 0, n);
  const a = new Float64Array(arena.buffer, 8 * n + (n % 2) * 8, n);
  z.set(values);
  arena.exports.tanhRange(z.byteOffset, a.byteOffset, n);
  return a.slice();
}

/** The spacing of doubles at v's magnitude. */
const ulp = (v: number) => 2 ** (Math.floor(Math.log2(Math.abs(v))) - 52);

describe('tanh', () => {
  const ties = reductionTies();
  // An odd count: the module's last value goes through its one-lane tail.
  const values = [...SPECIAL, ...BOUNDARIES, ...ties, ...randomValues(200_001)];

  it('equals the SIMD kernels’ tanhRange bit for bit, ties of the exp reduction included', () => {
    expect(ties.length).toBeGreaterThan(4);
    const wasm = wasmTanh(values);
    let differ = 0;
    let first = '';
    values.forEach((x, k) => {
      const ours = tanh(x);
      if (Object.is(ours, wasm[k])) return;
      differ++;
      first ||= `tanh(${x}): ${ours} here, ${wasm[k]} in WebAssembly`;
    });
    expect(differ, first).toBe(0);
  });

  it('is within 2 ulp of Math.tanh, and exact at ±0, ±∞, NaN, tiny and saturated values', () => {
    let worst = 0;
    for (const x of values) {
      const want = Math.tanh(x);
      if (SPECIAL.includes(x) || Math.abs(x) < 2 ** -28 || Math.abs(x) >= 22)
        expect(Object.is(tanh(x), want), `tanh(${x})`).toBe(true);
      else worst = Math.max(worst, Math.abs(tanh(x) - want) / ulp(want));
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('is the tanh activation of the TypeScript path, value and array loop alike', () => {
    const z = Float64Array.from(values.slice(0, 1001));
    const a = new Float64Array(z.length);
    ACTIVATIONS.tanh.applyRange(z, a, 0, z.length);
    z.forEach((x, k) => {
      expect(Object.is(a[k], tanh(x))).toBe(true);
      expect(Object.is(ACTIVATIONS.tanh.f(x), tanh(x))).toBe(true);
    });
  });
});
