/** The gradient kernel: ∂L/∂W and ∂L/∂b as batch means. Blocked for speed; bit-identical to the plain loop kept below for the leftovers (see ../kernels.ts). */
/**
 * dW_ji = (Σ_s δ[s][j] · x[s][i]) / B and db_j = (Σ_s δ[s][j]) / B, from 0 for s = 0, 1, …
 * in order, skipping δ = 0. Summing over the batch in registers also writes each entry
 * once instead of reading and writing it once per example.
 */
export function batchGradients(
  delta: Float64Array,
  x: Float64Array,
  dW: Float64Array,
  db: Float64Array,
  nIn: number,
  nOut: number,
  B: number,
): void {
  const inv = 1 / B;
  let j = 0;
  for (; j + 2 <= nOut; j += 2) {
    let i = 0;
    for (; i + 4 <= nIn; i += 4) {
      let p0 = 0,
        p1 = 0,
        p2 = 0,
        p3 = 0;
      let q0 = 0,
        q1 = 0,
        q2 = 0,
        q3 = 0;
      for (let s = 0; s < B; s++) {
        const dp = delta[s * nOut + j];
        const dq = delta[s * nOut + j + 1];
        const xo = s * nIn + i;
        const x0 = x[xo],
          x1 = x[xo + 1],
          x2 = x[xo + 2],
          x3 = x[xo + 3];
        if (dp !== 0) {
          p0 += dp * x0;
          p1 += dp * x1;
          p2 += dp * x2;
          p3 += dp * x3;
        }
        if (dq !== 0) {
          q0 += dq * x0;
          q1 += dq * x1;
          q2 += dq * x2;
          q3 += dq * x3;
        }
      }
      const wp = j * nIn + i;
      const wq = wp + nIn;
      dW[wp] = p0 * inv;
      dW[wp + 1] = p1 * inv;
      dW[wp + 2] = p2 * inv;
      dW[wp + 3] = p3 * inv;
      dW[wq] = q0 * inv;
      dW[wq + 1] = q1 * inv;
      dW[wq + 2] = q2 * inv;
      dW[wq + 3] = q3 * inv;
    }
    for (; i < nIn; i++) {
      dW[j * nIn + i] = gradientSum(delta, x, nIn, nOut, B, j, i) * inv;
      dW[(j + 1) * nIn + i] = gradientSum(delta, x, nIn, nOut, B, j + 1, i) * inv;
    }
  }
  for (; j < nOut; j++) {
    for (let i = 0; i < nIn; i++) dW[j * nIn + i] = gradientSum(delta, x, nIn, nOut, B, j, i) * inv;
  }
  for (j = 0; j < nOut; j++) {
    let sum = 0;
    for (let s = 0; s < B; s++) {
      const dj = delta[s * nOut + j];
      if (dj !== 0) sum += dj;
    }
    db[j] = sum * inv;
  }
}

function gradientSum(
  delta: Float64Array,
  x: Float64Array,
  nIn: number,
  nOut: number,
  B: number,
  j: number,
  i: number,
): number {
  let sum = 0;
  for (let s = 0; s < B; s++) {
    const dj = delta[s * nOut + j];
    if (dj !== 0) sum += dj * x[s * nIn + i];
  }
  return sum;
}
