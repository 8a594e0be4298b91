/** The backward kernel: the next layer's δ gathered through its weights. Blocked for speed; bit-identical to the plain loop kept below for the leftovers (see ../kernels.ts). */
/**
 * g[s][j] = Σ_k W_kj · δn[s][k] (W and δn of the next layer, which has nNext units), from
 * 0 for k = 0, 1, … in order, skipping δn = 0. Row k of W is contiguous in j.
 */
export function backpropSums(
  W: Float64Array,
  dn: Float64Array,
  g: Float64Array,
  nOut: number,
  nNext: number,
  B: number,
): void {
  let s = 0;
  for (; s + 2 <= B; s += 2) {
    const gp = s * nOut;
    const gq = gp + nOut;
    const kp = s * nNext;
    const kq = kp + nNext;
    let j = 0;
    for (; j + 4 <= nOut; j += 4) {
      let p0 = 0,
        p1 = 0,
        p2 = 0,
        p3 = 0;
      let q0 = 0,
        q1 = 0,
        q2 = 0,
        q3 = 0;
      for (let k = 0; k < nNext; k++) {
        const dp = dn[kp + k];
        const dq = dn[kq + k];
        const wo = k * nOut + j;
        const u0 = W[wo],
          u1 = W[wo + 1],
          u2 = W[wo + 2],
          u3 = W[wo + 3];
        if (dp !== 0) {
          p0 += u0 * dp;
          p1 += u1 * dp;
          p2 += u2 * dp;
          p3 += u3 * dp;
        }
        if (dq !== 0) {
          q0 += u0 * dq;
          q1 += u1 * dq;
          q2 += u2 * dq;
          q3 += u3 * dq;
        }
      }
      g[gp + j] = p0;
      g[gp + j + 1] = p1;
      g[gp + j + 2] = p2;
      g[gp + j + 3] = p3;
      g[gq + j] = q0;
      g[gq + j + 1] = q1;
      g[gq + j + 2] = q2;
      g[gq + j + 3] = q3;
    }
    for (; j < nOut; j++) {
      g[gp + j] = backpropSum(W, dn, nOut, nNext, j, kp);
      g[gq + j] = backpropSum(W, dn, nOut, nNext, j, kq);
    }
  }
  for (; s < B; s++) {
    for (let j = 0; j < nOut; j++) g[s * nOut + j] = backpropSum(W, dn, nOut, nNext, j, s * nNext);
  }
}

function backpropSum(W: Float64Array, dn: Float64Array, nOut: number, nNext: number, j: number, ko: number): number {
  let sum = 0;
  for (let k = 0; k < nNext; k++) {
    const dk = dn[ko + k];
    if (dk !== 0) sum += W[k * nOut + j] * dk;
  }
  return sum;
}
