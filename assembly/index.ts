/** The SIMD kernel module: what build/simdKernels.ts compiles and src/engine/simd/ calls. */
export { weightedSums, backpropSums, batchGradients } from './kernels';
export { sgd, momentum, adam } from './update';
export { tanhRange } from './tanh';
