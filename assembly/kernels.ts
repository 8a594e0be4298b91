/**
 * The three matrix loops of a training step in WebAssembly with 128-bit SIMD (AssemblyScript,
 * compiled by build/simdKernels.ts). The TypeScript kernels in src/engine/kernels/ are the
 * reference: these compute the very same sums, bit for bit.
 *
 * How they stay bit-identical: a SIMD lane never splits a sum. Each f64x2 holds two
 * *independent* sums (two units, or two inputs) and every sum still adds its terms one by
 * one in the textbook order, with a multiply then an add (no fused multiply-add), skipping
 * the same zero terms. Only the order in which independent sums advance differs, and that
 * changes no rounding.
 *
 * Pointers are byte offsets into the memory the network's arrays live in (imported, one per
 * network); layouts as in src/engine/network.ts: W[j·nIn + i], per-example arrays [s][unit].
 */

// @ts-ignore: decorator
@inline const F64 = 8;

// @ts-ignore: decorator
@inline function at(base: usize, k: i32): usize {
  return base + (<usize>k << 3);
}

/**
 * Forward: z[s][j] = b_j + Σ_i W_ji · x[s][i], i = 0, 1, … in order. W is first copied
 * transposed into `wt` ([i][j], nIn × nOut doubles) so that consecutive units are adjacent
 * and one vector load brings two of them.
 */
export function weightedSums(W: usize, b: usize, x: usize, z: usize, wt: usize, nIn: i32, nOut: i32, B: i32): void {
  transpose(W, wt, nOut, nIn);
  let s = 0;
  for (; s + 2 <= B; s += 2) {
    const xp = at(x, s * nIn);
    const xq = xp + (<usize>nIn << 3);
    const zp = at(z, s * nOut);
    const zq = zp + (<usize>nOut << 3);
    let j = 0;
    for (; j + 8 <= nOut; j += 8) {
      const bj = at(b, j);
      let p0 = v128.load(bj, 0);
      let p1 = v128.load(bj, 16);
      let p2 = v128.load(bj, 32);
      let p3 = v128.load(bj, 48);
      let q0 = p0;
      let q1 = p1;
      let q2 = p2;
      let q3 = p3;
      let w = at(wt, j);
      const step = <usize>nOut << 3;
      for (let i = 0; i < nIn; i++) {
        const xpi = f64x2.splat(load<f64>(at(xp, i)));
        const xqi = f64x2.splat(load<f64>(at(xq, i)));
        const u0 = v128.load(w, 0);
        const u1 = v128.load(w, 16);
        const u2 = v128.load(w, 32);
        const u3 = v128.load(w, 48);
        p0 = f64x2.add(p0, f64x2.mul(u0, xpi));
        p1 = f64x2.add(p1, f64x2.mul(u1, xpi));
        p2 = f64x2.add(p2, f64x2.mul(u2, xpi));
        p3 = f64x2.add(p3, f64x2.mul(u3, xpi));
        q0 = f64x2.add(q0, f64x2.mul(u0, xqi));
        q1 = f64x2.add(q1, f64x2.mul(u1, xqi));
        q2 = f64x2.add(q2, f64x2.mul(u2, xqi));
        q3 = f64x2.add(q3, f64x2.mul(u3, xqi));
        w += step;
      }
      const zpj = at(zp, j);
      const zqj = at(zq, j);
      v128.store(zpj, p0, 0);
      v128.store(zpj, p1, 16);
      v128.store(zpj, p2, 32);
      v128.store(zpj, p3, 48);
      v128.store(zqj, q0, 0);
      v128.store(zqj, q1, 16);
      v128.store(zqj, q2, 32);
      v128.store(zqj, q3, 48);
    }
    forwardTail(b, xp, zp, wt, nIn, nOut, j);
    forwardTail(b, xq, zq, wt, nIn, nOut, j);
  }
  for (; s < B; s++) forwardTail(b, at(x, s * nIn), at(z, s * nOut), wt, nIn, nOut, 0);
}

/** Units j0… of one example: two at a time, then one. */
function forwardTail(b: usize, xs: usize, zs: usize, wt: usize, nIn: i32, nOut: i32, j0: i32): void {
  const step = <usize>nOut << 3;
  let j = j0;
  for (; j + 2 <= nOut; j += 2) {
    let p = v128.load(at(b, j));
    let w = at(wt, j);
    for (let i = 0; i < nIn; i++) {
      p = f64x2.add(p, f64x2.mul(v128.load(w), f64x2.splat(load<f64>(at(xs, i)))));
      w += step;
    }
    v128.store(at(zs, j), p);
  }
  if (j < nOut) {
    let sum = load<f64>(at(b, j));
    let w = at(wt, j);
    for (let i = 0; i < nIn; i++) {
      sum += load<f64>(w) * load<f64>(at(xs, i));
      w += step;
    }
    store<f64>(at(zs, j), sum);
  }
}

/** dst[c][r] = src[r][c] for an R × C matrix. */
function transpose(src: usize, dst: usize, R: i32, C: i32): void {
  for (let r = 0; r < R; r++) {
    const row = at(src, r * C);
    for (let c = 0; c < C; c++) store<f64>(at(dst, c * R + r), load<f64>(at(row, c)));
  }
}

/**
 * Backward: g[s][j] = Σ_k W_kj · δn[s][k] (W and δn of the next layer, nNext units), from 0
 * for k = 0, 1, … in order, skipping δn = 0. Row k of W is contiguous in j.
 */
export function backpropSums(W: usize, dn: usize, g: usize, nOut: i32, nNext: i32, B: i32): void {
  const row = <usize>nOut << 3;
  let s = 0;
  for (; s + 2 <= B; s += 2) {
    const kp = at(dn, s * nNext);
    const kq = kp + (<usize>nNext << 3);
    const gp = at(g, s * nOut);
    const gq = gp + (<usize>nOut << 3);
    let j = 0;
    for (; j + 8 <= nOut; j += 8) {
      let p0 = f64x2.splat(0);
      let p1 = p0;
      let p2 = p0;
      let p3 = p0;
      let q0 = p0;
      let q1 = p0;
      let q2 = p0;
      let q3 = p0;
      let w = at(W, j);
      for (let k = 0; k < nNext; k++) {
        const dp = load<f64>(at(kp, k));
        const dq = load<f64>(at(kq, k));
        const u0 = v128.load(w, 0);
        const u1 = v128.load(w, 16);
        const u2 = v128.load(w, 32);
        const u3 = v128.load(w, 48);
        const d = f64x2.splat(dp);
        const e = f64x2.splat(dq);
        if ((dp != 0) & (dq != 0)) {
          p0 = f64x2.add(p0, f64x2.mul(u0, d));
          p1 = f64x2.add(p1, f64x2.mul(u1, d));
          p2 = f64x2.add(p2, f64x2.mul(u2, d));
          p3 = f64x2.add(p3, f64x2.mul(u3, d));
          q0 = f64x2.add(q0, f64x2.mul(u0, e));
          q1 = f64x2.add(q1, f64x2.mul(u1, e));
          q2 = f64x2.add(q2, f64x2.mul(u2, e));
          q3 = f64x2.add(q3, f64x2.mul(u3, e));
        } else {
          if (dp != 0) {
            p0 = f64x2.add(p0, f64x2.mul(u0, d));
            p1 = f64x2.add(p1, f64x2.mul(u1, d));
            p2 = f64x2.add(p2, f64x2.mul(u2, d));
            p3 = f64x2.add(p3, f64x2.mul(u3, d));
          }
          if (dq != 0) {
            q0 = f64x2.add(q0, f64x2.mul(u0, e));
            q1 = f64x2.add(q1, f64x2.mul(u1, e));
            q2 = f64x2.add(q2, f64x2.mul(u2, e));
            q3 = f64x2.add(q3, f64x2.mul(u3, e));
          }
        }
        w += row;
      }
      const gpj = at(gp, j);
      const gqj = at(gq, j);
      v128.store(gpj, p0, 0);
      v128.store(gpj, p1, 16);
      v128.store(gpj, p2, 32);
      v128.store(gpj, p3, 48);
      v128.store(gqj, q0, 0);
      v128.store(gqj, q1, 16);
      v128.store(gqj, q2, 32);
      v128.store(gqj, q3, 48);
    }
    backpropTail(W, kp, gp, nOut, nNext, j);
    backpropTail(W, kq, gq, nOut, nNext, j);
  }
  for (; s < B; s++) backpropTail(W, at(dn, s * nNext), at(g, s * nOut), nOut, nNext, 0);
}

function backpropTail(W: usize, ks: usize, gs: usize, nOut: i32, nNext: i32, j0: i32): void {
  const row = <usize>nOut << 3;
  let j = j0;
  for (; j + 2 <= nOut; j += 2) {
    let p = f64x2.splat(0);
    let w = at(W, j);
    for (let k = 0; k < nNext; k++) {
      const d = load<f64>(at(ks, k));
      if (d != 0) p = f64x2.add(p, f64x2.mul(v128.load(w), f64x2.splat(d)));
      w += row;
    }
    v128.store(at(gs, j), p);
  }
  if (j < nOut) {
    let sum: f64 = 0;
    let w = at(W, j);
    for (let k = 0; k < nNext; k++) {
      const d = load<f64>(at(ks, k));
      if (d != 0) sum += load<f64>(w) * d;
      w += row;
    }
    store<f64>(at(gs, j), sum);
  }
}

/**
 * Gradients: dW_ji = (Σ_s δ[s][j] · x[s][i]) / B and db_j = (Σ_s δ[s][j]) / B, from 0 for
 * s = 0, 1, … in order, skipping δ = 0; multiplied by 1/B as the reference does.
 */
export function batchGradients(delta: usize, x: usize, dW: usize, db: usize, nIn: i32, nOut: i32, B: i32): void {
  const inv = 1 / <f64>B;
  const vinv = f64x2.splat(inv);
  const xRow = <usize>nIn << 3;
  const dRow = <usize>nOut << 3;
  let j = 0;
  for (; j + 2 <= nOut; j += 2) {
    const wp = at(dW, j * nIn);
    const wq = wp + xRow;
    let i = 0;
    for (; i + 8 <= nIn; i += 8) {
      let p0 = f64x2.splat(0);
      let p1 = p0;
      let p2 = p0;
      let p3 = p0;
      let q0 = p0;
      let q1 = p0;
      let q2 = p0;
      let q3 = p0;
      let xs = at(x, i);
      let ds = at(delta, j);
      for (let s = 0; s < B; s++) {
        const dp = load<f64>(ds, 0);
        const dq = load<f64>(ds, F64);
        const x0 = v128.load(xs, 0);
        const x1 = v128.load(xs, 16);
        const x2 = v128.load(xs, 32);
        const x3 = v128.load(xs, 48);
        const d = f64x2.splat(dp);
        const e = f64x2.splat(dq);
        if ((dp != 0) & (dq != 0)) {
          p0 = f64x2.add(p0, f64x2.mul(d, x0));
          p1 = f64x2.add(p1, f64x2.mul(d, x1));
          p2 = f64x2.add(p2, f64x2.mul(d, x2));
          p3 = f64x2.add(p3, f64x2.mul(d, x3));
          q0 = f64x2.add(q0, f64x2.mul(e, x0));
          q1 = f64x2.add(q1, f64x2.mul(e, x1));
          q2 = f64x2.add(q2, f64x2.mul(e, x2));
          q3 = f64x2.add(q3, f64x2.mul(e, x3));
        } else {
          if (dp != 0) {
            p0 = f64x2.add(p0, f64x2.mul(d, x0));
            p1 = f64x2.add(p1, f64x2.mul(d, x1));
            p2 = f64x2.add(p2, f64x2.mul(d, x2));
            p3 = f64x2.add(p3, f64x2.mul(d, x3));
          }
          if (dq != 0) {
            q0 = f64x2.add(q0, f64x2.mul(e, x0));
            q1 = f64x2.add(q1, f64x2.mul(e, x1));
            q2 = f64x2.add(q2, f64x2.mul(e, x2));
            q3 = f64x2.add(q3, f64x2.mul(e, x3));
          }
        }
        xs += xRow;
        ds += dRow;
      }
      const wpi = at(wp, i);
      const wqi = at(wq, i);
      v128.store(wpi, f64x2.mul(p0, vinv), 0);
      v128.store(wpi, f64x2.mul(p1, vinv), 16);
      v128.store(wpi, f64x2.mul(p2, vinv), 32);
      v128.store(wpi, f64x2.mul(p3, vinv), 48);
      v128.store(wqi, f64x2.mul(q0, vinv), 0);
      v128.store(wqi, f64x2.mul(q1, vinv), 16);
      v128.store(wqi, f64x2.mul(q2, vinv), 32);
      v128.store(wqi, f64x2.mul(q3, vinv), 48);
    }
    gradientTail(delta, x, wp, nIn, nOut, B, j, i, inv);
    gradientTail(delta, x, wq, nIn, nOut, B, j + 1, i, inv);
  }
  if (j < nOut) gradientTail(delta, x, at(dW, j * nIn), nIn, nOut, B, j, 0, inv);
  biasGradients(delta, db, nOut, B, inv);
}

/** Inputs i0… of unit j's gradient row `wj`: two at a time, then one. */
function gradientTail(
  delta: usize,
  x: usize,
  wj: usize,
  nIn: i32,
  nOut: i32,
  B: i32,
  j: i32,
  i0: i32,
  inv: f64,
): void {
  const xRow = <usize>nIn << 3;
  const dRow = <usize>nOut << 3;
  let i = i0;
  for (; i + 2 <= nIn; i += 2) {
    let p = f64x2.splat(0);
    let xs = at(x, i);
    let ds = at(delta, j);
    for (let s = 0; s < B; s++) {
      const d = load<f64>(ds);
      if (d != 0) p = f64x2.add(p, f64x2.mul(f64x2.splat(d), v128.load(xs)));
      xs += xRow;
      ds += dRow;
    }
    v128.store(at(wj, i), f64x2.mul(p, f64x2.splat(inv)));
  }
  if (i < nIn) {
    let sum: f64 = 0;
    let xs = at(x, i);
    let ds = at(delta, j);
    for (let s = 0; s < B; s++) {
      const d = load<f64>(ds);
      if (d != 0) sum += d * load<f64>(xs);
      xs += xRow;
      ds += dRow;
    }
    store<f64>(at(wj, i), sum * inv);
  }
}

/** db_j = (Σ_s δ[s][j]) / B: two units per lane pair, then one. */
function biasGradients(delta: usize, db: usize, nOut: i32, B: i32, inv: f64): void {
  const dRow = <usize>nOut << 3;
  let j = 0;
  // Adding δ = 0 changes no sum that starts at +0 (it can never become −0), so unlike the
  // products above these need no skip to match the reference bit for bit.
  for (; j + 2 <= nOut; j += 2) {
    let p = f64x2.splat(0);
    let ds = at(delta, j);
    for (let s = 0; s < B; s++) {
      p = f64x2.add(p, v128.load(ds));
      ds += dRow;
    }
    v128.store(at(db, j), f64x2.mul(p, f64x2.splat(inv)));
  }
  if (j < nOut) {
    let sum: f64 = 0;
    let ds = at(delta, j);
    for (let s = 0; s < B; s++) {
      sum += load<f64>(ds);
      ds += dRow;
    }
    store<f64>(at(db, j), sum * inv);
  }
}
