/**
 * The SIMD kernel path of one network: each call runs in WebAssembly when all its arrays
 * are views into the network's memory, and in TypeScript otherwise (an array grown past the
 * reserved regions, an UpdateTarget made elsewhere). Both compute the same bits, so the
 * choice is only ever about speed.
 */
import { TYPESCRIPT_KERNELS, type Kernels } from '../kernels';
import type { MemoryRegions } from '../networkMemory';
import { inArena, type Arena } from './arena';
import { simdUpdate, type Staging } from './simdUpdate';

export function createSimdKernels(
  arena: Arena,
  regions: MemoryRegions,
  paramCount: number,
  maxWeights: number,
): Kernels {
  const ex = arena.exports;
  const stage: Staging = {
    velocity: new Float64Array(arena.buffer, regions.stageVelocity, paramCount),
    secondMoment: new Float64Array(arena.buffer, regions.stageSecondMoment, paramCount),
  };
  const ts = TYPESCRIPT_KERNELS;
  const inside = (a: Float64Array) => inArena(arena, a);
  return {
    path: 'simd',
    weightedSums(W, b, x, z, nIn, nOut, B) {
      if (nIn * nOut <= maxWeights && inside(W) && inside(b) && inside(x) && inside(z)) {
        ex.weightedSums(W.byteOffset, b.byteOffset, x.byteOffset, z.byteOffset, regions.wt, nIn, nOut, B);
      } else ts.weightedSums(W, b, x, z, nIn, nOut, B);
    },
    backpropSums(W, dn, g, nOut, nNext, B) {
      if (inside(W) && inside(dn) && inside(g))
        ex.backpropSums(W.byteOffset, dn.byteOffset, g.byteOffset, nOut, nNext, B);
      else ts.backpropSums(W, dn, g, nOut, nNext, B);
    },
    batchGradients(delta, x, dW, db, nIn, nOut, B) {
      if (inside(delta) && inside(x) && inside(dW) && inside(db)) {
        ex.batchGradients(delta.byteOffset, x.byteOffset, dW.byteOffset, db.byteOffset, nIn, nOut, B);
      } else ts.batchGradients(delta, x, dW, db, nIn, nOut, B);
    },
    activate(activation, z, a, n) {
      if (activation.name === 'tanh' && inside(z) && inside(a)) ex.tanhRange(z.byteOffset, a.byteOffset, n);
      else activation.applyRange(z, a, 0, n);
    },
    update: (net, opt, out, step) => simdUpdate(arena, stage, net, opt, out, step),
  };
}
