/** The project's engine, driven the way the worker drives it: a Trainer and trainEpoch. */
import {
  createNetwork,
  createOptimizer,
  createTrainer,
  getParams,
  predict,
  setParams,
  trainEpoch,
  type Trainer,
} from '../../src/engine';
import type { Engine, Problem } from './common';

export function createOurs(p: Problem): Engine {
  const net = createNetwork(p.spec);
  const opt = createOptimizer(net, { kind: 'sgd', learningRate: p.workload.learningRate });
  let trainer: Trainer = createTrainer(net, opt, p.data, p.workload.batchSize, p.shuffleSeed);
  return {
    name: 'ours',
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
