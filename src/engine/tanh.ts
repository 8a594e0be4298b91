/**
 * tanh as the WebAssembly SIMD path computes it (assembly/tanh.ts), one value at a time: the
 * same IEEE double operations on the same constants in the same order, so both kernel paths
 * give every tanh — and so every activation, gradient and weight of a tanh network — to the
 * bit (tests/engine/tanh.test.ts checks it against the module). Math.tanh cannot serve: its
 * algorithm (fdlibm's, or whatever the engine ships) is not the SIMD one, and results 1–2 ulp
 * apart left near-cancelling gradient sums 3e-12 apart relative to themselves.
 *
 * The algorithm: Cephes' rational function near 0 (|x| < 0.625), 1 − 2/(e^{2|x|} + 1) beyond
 * with fdlibm's exp, x itself below 2^−28. Within 2 units in the last place of Math.tanh.
 * Where the SIMD code computes both branches and selects with masks, this one branches; each
 * value still gets the arithmetic its lane keeps. Neither JavaScript nor WebAssembly fuses a
 * multiply and an add, so the roundings are the same.
 */

// Near 0: tanh(x) = x + x·s·P(s)/Q(s), s = x² (Cephes; the shortest decimals of the same
// doubles as assembly/tanh.ts's 21-digit literals).
const P0 = -0.9643991794250523;
const P1 = -99.28772310019185;
const P2 = -1614.6876844170845;
const Q0 = 112.81167849163293;
const Q1 = 2235.4883906010045;
const Q2 = 4844.063053251255;
const NEAR_ZERO = 0.625;
/** Below 2^−28, tanh(x) rounds to x (±0 included). */
const TINY = 2 ** -28;
/** Beyond 22, tanh(|x|) rounds to 1; the exponential's argument is capped there. */
const SATURATED = 22;

// eʸ as fdlibm computes it: y = k ln 2 + r, |r| ≤ ln 2 / 2, then a rational function of r.
const LN2_HI = 6.9314718036912381649e-1; // 0x3fe62e42fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef35793c76
const INV_LN2 = 1.442695040888963387; // 0x3ff71547652b82fe
const E1 = 1.66666666666666019037e-1;
const E2 = -2.77777777770155933842e-3;
const E3 = 6.61375632143793436117e-5;
const E4 = -1.6533902205465251539e-6;
const E5 = 4.13813679705723846039e-8;

/**
 * 2^k for the k the far branch meets (2 ≤ k ≤ 63: y runs over [1.25, 44]). Multiplying by it
 * is exact, as is the SIMD code's adding k to the exponent field of e^r ∈ [0.7, 1.42].
 */
const POW2 = Float64Array.from({ length: 64 }, (_, k) => 2 ** k);

/** tanh(x), bit for bit as the SIMD kernels' tanhRange computes it. */
export function tanh(x: number): number {
  const ax = Math.abs(x);
  if (ax < NEAR_ZERO) {
    if (ax < TINY) return x;
    const s = x * x;
    let p = P0 * s + P1;
    p = p * s + P2;
    let q = s + Q0;
    q = q * s + Q1;
    q = q * s + Q2;
    return x + x * s * (p / q);
  }
  if (ax !== ax) return x; // NaN
  const t = 1 - 2 / (exp(2 * (ax < SATURATED ? ax : SATURATED)) + 1);
  return x < 0 ? -t : t;
}

/** eʸ for 1.25 ≤ y ≤ 44. */
function exp(y: number): number {
  // WebAssembly's f64x2.nearest rounds a tie to even; Math.round rounds it up.
  const u = y * INV_LN2;
  let k = Math.round(u);
  if (k - u === 0.5 && k % 2 === 1) k -= 1;
  const hi = y - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  let c = t * E5 + E4;
  c = t * c + E3;
  c = t * c + E2;
  c = t * c + E1;
  c = r - t * c;
  // e^r = 1 − ((lo − r·c/(2 − c)) − hi), then scaled by 2^k.
  return (1 - (lo - (r * c) / (2 - c) - hi)) * POW2[k];
}
