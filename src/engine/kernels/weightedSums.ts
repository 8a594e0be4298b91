/** The forward kernel: weighted sums of a layer over a batch. Blocked for speed; bit-identical to the plain loop kept below for the leftovers (see ../kernels.ts). */
/** z[s][j] = b_j + Σ_i W_ji · x[s][i], for i = 0, 1, … in order. */
export function weightedSums(
  W: Float64Array,
  b: Float64Array,
  x: Float64Array,
  z: Float64Array,
  nIn: number,
  nOut: number,
  B: number,
): void {
  let s = 0;
  for (; s + 2 <= B; s += 2) {
    const xp = s * nIn;
    const xq = xp + nIn;
    const zp = s * nOut;
    const zq = zp + nOut;
    let j = 0;
    for (; j + 4 <= nOut; j += 4) {
      const w0 = j * nIn;
      const w1 = w0 + nIn;
      const w2 = w1 + nIn;
      const w3 = w2 + nIn;
      let p0 = b[j],
        p1 = b[j + 1],
        p2 = b[j + 2],
        p3 = b[j + 3];
      let q0 = p0,
        q1 = p1,
        q2 = p2,
        q3 = p3;
      for (let i = 0; i < nIn; i++) {
        const xpi = x[xp + i];
        const xqi = x[xq + i];
        const u0 = W[w0 + i],
          u1 = W[w1 + i],
          u2 = W[w2 + i],
          u3 = W[w3 + i];
        p0 += u0 * xpi;
        p1 += u1 * xpi;
        p2 += u2 * xpi;
        p3 += u3 * xpi;
        q0 += u0 * xqi;
        q1 += u1 * xqi;
        q2 += u2 * xqi;
        q3 += u3 * xqi;
      }
      z[zp + j] = p0;
      z[zp + j + 1] = p1;
      z[zp + j + 2] = p2;
      z[zp + j + 3] = p3;
      z[zq + j] = q0;
      z[zq + j + 1] = q1;
      z[zq + j + 2] = q2;
      z[zq + j + 3] = q3;
    }
    for (; j < nOut; j++) {
      z[zp + j] = weightedSum(W, b, x, nIn, j, xp);
      z[zq + j] = weightedSum(W, b, x, nIn, j, xq);
    }
  }
  for (; s < B; s++) {
    for (let j = 0; j < nOut; j++) z[s * nOut + j] = weightedSum(W, b, x, nIn, j, s * nIn);
  }
}

function weightedSum(W: Float64Array, b: Float64Array, x: Float64Array, nIn: number, j: number, xo: number): number {
  let sum = b[j];
  const wo = j * nIn;
  for (let i = 0; i < nIn; i++) sum += W[wo + i] * x[xo + i];
  return sum;
}
