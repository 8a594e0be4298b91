/**
 * The blocked kernels only interleave independent sums: each output must equal the plain
 * textbook loop bit for bit, for every blocked path and every remainder (widths and batch
 * sizes 1–9 cover 0–3 leftover units, inputs and examples around each block of 2 and 4).
 */
import { describe, expect, it } from 'vitest';
import { backpropSums, batchGradients, weightedSums } from '../../src/engine/kernels';
import { createRng } from '../../src/engine';

const SIZES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Values with zeros sprinkled in (the kernels skip zero δ terms: so must the reference). */
function values(n: number, seed: number, zeros = 0.15): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => (rng.next() < zeros ? 0 : rng.uniform(-2, 2)));
}

function plainWeightedSums(W: Float64Array, b: Float64Array, x: Float64Array, nIn: number, nOut: number, B: number) {
  const z = new Float64Array(B * nOut);
  for (let s = 0; s < B; s++) {
    for (let j = 0; j < nOut; j++) {
      let sum = b[j];
      for (let i = 0; i < nIn; i++) sum += W[j * nIn + i] * x[s * nIn + i];
      z[s * nOut + j] = sum;
    }
  }
  return z;
}

function plainBackpropSums(W: Float64Array, dn: Float64Array, nOut: number, nNext: number, B: number) {
  const g = new Float64Array(B * nOut);
  for (let s = 0; s < B; s++) {
    for (let j = 0; j < nOut; j++) {
      let sum = 0;
      for (let k = 0; k < nNext; k++) if (dn[s * nNext + k] !== 0) sum += W[k * nOut + j] * dn[s * nNext + k];
      g[s * nOut + j] = sum;
    }
  }
  return g;
}

function plainBatchGradients(delta: Float64Array, x: Float64Array, nIn: number, nOut: number, B: number) {
  const dW = new Float64Array(nOut * nIn);
  const db = new Float64Array(nOut);
  for (let j = 0; j < nOut; j++) {
    for (let i = 0; i < nIn; i++) {
      let sum = 0;
      for (let s = 0; s < B; s++) if (delta[s * nOut + j] !== 0) sum += delta[s * nOut + j] * x[s * nIn + i];
      dW[j * nIn + i] = sum * (1 / B);
    }
    let sum = 0;
    for (let s = 0; s < B; s++) if (delta[s * nOut + j] !== 0) sum += delta[s * nOut + j];
    db[j] = sum * (1 / B);
  }
  return { dW, db };
}

/** Bit-for-bit: Object.is also tells 0 from −0. */
function expectBitIdentical(actual: Float64Array, expected: Float64Array, what: string): void {
  expect(actual.length).toBe(expected.length);
  for (let k = 0; k < actual.length; k++) {
    if (!Object.is(actual[k], expected[k])) expect.fail(`${what}[${k}]: ${actual[k]} ≠ ${expected[k]}`);
  }
}

describe('blocked kernels equal the plain triple loops bit for bit', () => {
  it('weighted sums z = b + W·x, every width and batch size 1–9', () => {
    let seed = 1;
    for (const nIn of SIZES)
      for (const nOut of SIZES)
        for (const B of SIZES) {
          const W = values(nOut * nIn, seed++);
          const b = values(nOut, seed++);
          const x = values(B * nIn, seed++);
          const z = new Float64Array(B * nOut);
          weightedSums(W, b, x, z, nIn, nOut, B);
          expectBitIdentical(z, plainWeightedSums(W, b, x, nIn, nOut, B), `z (${nIn}→${nOut}, B=${B})`);
        }
  });

  it('backpropagated sums Σ_k W_kj δ_k, every width and batch size 1–9', () => {
    let seed = 1000;
    for (const nOut of SIZES)
      for (const nNext of SIZES)
        for (const B of SIZES) {
          const W = values(nNext * nOut, seed++);
          const dn = values(B * nNext, seed++, 0.3);
          const g = new Float64Array(B * nOut);
          backpropSums(W, dn, g, nOut, nNext, B);
          expectBitIdentical(g, plainBackpropSums(W, dn, nOut, nNext, B), `g (${nOut}←${nNext}, B=${B})`);
        }
  });

  it('batch gradients ∂L/∂W and ∂L/∂b, every width and batch size 1–9', () => {
    let seed = 5000;
    for (const nIn of SIZES)
      for (const nOut of SIZES)
        for (const B of SIZES) {
          const delta = values(B * nOut, seed++, 0.3);
          const x = values(B * nIn, seed++);
          const dW = new Float64Array(nOut * nIn);
          const db = new Float64Array(nOut);
          batchGradients(delta, x, dW, db, nIn, nOut, B);
          const ref = plainBatchGradients(delta, x, nIn, nOut, B);
          expectBitIdentical(dW, ref.dW, `dW (${nIn}→${nOut}, B=${B})`);
          expectBitIdentical(db, ref.db, `db (${nIn}→${nOut}, B=${B})`);
        }
  });
});
