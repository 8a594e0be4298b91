/**
 * tanh over an array, two values at a time and without a branch. A call to Math.tanh costs
 * 12–16 ns (fdlibm's algorithm, mostly mispredicted branches between its ranges): as much as
 * the weighted sums of a unit with 64 inputs on the SIMD path. This is a classic
 * double-precision tanh (Cephes' rational function near 0, 1 − 2/(e^{2|x|} + 1) beyond, with
 * fdlibm's exp), within 2 units in the last place of Math.tanh everywhere. The TypeScript
 * path does not use Math.tanh but src/engine/tanh.ts, a scalar port of this function: the
 * same constants and IEEE operations in the same order (it branches where this selects), so
 * both paths give every tanh, and so every gradient of a tanh network, to the bit
 * (tests/engine/tanh.test.ts). Change one, change the other. Every value, whatever its
 * position, goes through the same vector code (the last odd one in a padded vector), so the
 * result never depends on the batch's shape.
 */

// Near 0 (|x| < 0.625): tanh(x) = x + x·s·P(s)/Q(s), s = x² (Cephes).
// @ts-ignore: decorator
@inline const P0 = -9.64399179425052238628e-1;
// @ts-ignore: decorator
@inline const P1 = -9.92877231001918586564e1;
// @ts-ignore: decorator
@inline const P2 = -1.61468768441708447952e3;
// @ts-ignore: decorator
@inline const Q0 = 1.12811678491632931402e2;
// @ts-ignore: decorator
@inline const Q1 = 2.23548839060100448583e3;
// @ts-ignore: decorator
@inline const Q2 = 4.84406305325125486048e3;
// @ts-ignore: decorator
@inline const NEAR_ZERO = 0.625;
// Below 2^−28, tanh(x) rounds to x (±0 included, whose sign the formula would lose).
// @ts-ignore: decorator
@inline const TINY = reinterpret<f64>(0x3e30000000000000);
// Beyond 22, tanh(|x|) rounds to 1; the exponential's argument is capped there too.
// @ts-ignore: decorator
@inline const SATURATED = 22.0;

// eʸ as fdlibm computes it: y = k ln 2 + r, |r| ≤ ln 2 / 2, then a rational function of r.
// @ts-ignore: decorator
@inline const LN2_HI = reinterpret<f64>(0x3fe62e42fee00000);
// @ts-ignore: decorator
@inline const LN2_LO = reinterpret<f64>(0x3dea39ef35793c76);
// @ts-ignore: decorator
@inline const INV_LN2 = reinterpret<f64>(0x3ff71547652b82fe);
// @ts-ignore: decorator
@inline const E1 = 1.66666666666666019037e-1;
// @ts-ignore: decorator
@inline const E2 = -2.77777777770155933842e-3;
// @ts-ignore: decorator
@inline const E3 = 6.61375632143793436117e-5;
// @ts-ignore: decorator
@inline const E4 = -1.65339022054652515390e-6;
// @ts-ignore: decorator
@inline const E5 = 4.13813679705723846039e-8;

// @ts-ignore: decorator
@inline function splat(x: f64): v128 {
  return f64x2.splat(x);
}

/** a[k] = tanh(z[k]) for k < n. */
export function tanhRange(z: usize, a: usize, n: i32): void {
  let k = 0;
  // Two vectors per turn: their long dependency chains overlap.
  for (; k + 4 <= n; k += 4) {
    const p = <usize>k << 3;
    const u = v128.load(z + p);
    const v = v128.load(z + p, 16);
    v128.store(a + p, tanh2(u));
    v128.store(a + p, tanh2(v), 16);
  }
  for (; k + 2 <= n; k += 2) {
    const p = <usize>k << 3;
    v128.store(a + p, tanh2(v128.load(z + p)));
  }
  if (k < n) {
    const p = <usize>k << 3;
    v128.store64_lane(a + p, tanh2(v128.load64_zero(z + p)), 0);
  }
}

/** tanh of both lanes. */
// @ts-ignore: decorator
@inline function tanh2(x: v128): v128 {
  const ax = f64x2.abs(x);
  // Near 0.
  const s = f64x2.mul(x, x);
  let p = f64x2.add(f64x2.mul(splat(P0), s), splat(P1));
  p = f64x2.add(f64x2.mul(p, s), splat(P2));
  let q = f64x2.add(s, splat(Q0));
  q = f64x2.add(f64x2.mul(q, s), splat(Q1));
  q = f64x2.add(f64x2.mul(q, s), splat(Q2));
  // Beyond: 1 − 2/(e^{2|x|} + 1), with the sign of x.
  const e = exp2x(f64x2.mul(splat(2), f64x2.min(ax, splat(SATURATED))));
  // One division serves both: p/q near 0, 2/(e + 1) beyond.
  const isNear = f64x2.lt(ax, splat(NEAR_ZERO));
  const ratio = f64x2.div(v128.bitselect(p, splat(2), isNear), v128.bitselect(q, f64x2.add(e, splat(1)), isNear));
  const near = f64x2.add(x, f64x2.mul(f64x2.mul(x, s), ratio));
  const far = v128.or(f64x2.sub(splat(1), ratio), v128.and(x, splat(-0.0)));
  // NaN stays NaN: it fails both comparisons, and the far branch carries it through min.
  const r = v128.bitselect(near, far, isNear);
  return v128.bitselect(x, r, f64x2.lt(ax, splat(TINY)));
}

/** eʸ of both lanes for 1.25 ≤ y ≤ 44 (fdlibm's reduction and rational function). */
// @ts-ignore: decorator
@inline function exp2x(y: v128): v128 {
  const k = f64x2.nearest(f64x2.mul(y, splat(INV_LN2)));
  const hi = f64x2.sub(y, f64x2.mul(k, splat(LN2_HI)));
  const lo = f64x2.mul(k, splat(LN2_LO));
  const r = f64x2.sub(hi, lo);
  const t = f64x2.mul(r, r);
  let c = f64x2.add(f64x2.mul(t, splat(E5)), splat(E4));
  c = f64x2.add(f64x2.mul(t, c), splat(E3));
  c = f64x2.add(f64x2.mul(t, c), splat(E2));
  c = f64x2.add(f64x2.mul(t, c), splat(E1));
  c = f64x2.sub(r, f64x2.mul(t, c));
  // e^r = 1 − ((lo − r·c/(2 − c)) − hi), then scaled by 2^k through the exponent field.
  const er = f64x2.sub(splat(1), f64x2.sub(f64x2.sub(lo, f64x2.div(f64x2.mul(r, c), f64x2.sub(splat(2), c))), hi));
  const ki = i64x2.extend_low_i32x4_s(i32x4.trunc_sat_f64x2_s_zero(k));
  return i64x2.add(er, i64x2.shl(ki, 52));
}
