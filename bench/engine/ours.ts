/**
 * The project's engine, driven the way the worker drives it: a Trainer and trainEpoch, on
 * the TypeScript kernels or (with `simd`) on the WebAssembly SIMD ones.
 */
import {
  createNetwork,
  createOptimizer,
  createTrainer,
  getParams,
  predict,
  setParams,
  trainEpoch,
  type SimdKernels,
  type Trainer,
} from '../../src/engine';
import type { Engine, Problem } from './common';

export function createOurs(p: Problem, simd: SimdKernels | null = null): Engine {
  const net = createNetwork(p.spec, { simd });
  const opt = createOptimizer(net, { kind: 'sgd', learningRate: p.workload.learningRate });
  let trainer: Trainer = createTrainer(net, opt, p.data, p.workload.batchSize, p.shuffleSeed);
  return {
    name: simd ? 'ours, SIMD' : 'ours',
    reset() {
      setParams(net, p.init);
      // A fresh trainer restarts the shuffle sequence that Problem.orders replays.
      trainer = createTrainer(net, opt, p.data, p.workload.batchSize, p.shuffleSeed);
    },
    train(epochs) {
      for (let e = 0; e < epochs; e++) trainEpoch(trainer);
    },
    predict: () => predict(net, p.data.inputs),
    params: () => getParams(net),
    dispose() {},
  };
}
