/**
 * ConvNetJS 0.3.0 as its demos use it: a Net of fc + activation layers ending in a
 * regression (½‖ŷ − y‖²) layer, and its Trainer fed one example at a time.
 */
import convnetjs from 'convnetjs';
import type { Params } from '../../src/engine';
import type { Engine, Problem } from './common';

export function createConvnet(p: Problem): Engine {
  const { spec, data, workload } = p;
  const shape = (depth: number) => ({ in_sx: 1, in_sy: 1, in_depth: depth });
  const layers: convnetjs.Layer[] = [new convnetjs.InputLayer({ out_sx: 1, out_sy: 1, out_depth: spec.inputSize })];
  const dense: convnetjs.FullyConnLayer[] = [];
  let depth = spec.inputSize;
  for (const l of spec.layers) {
    // Built by hand: makeLayers' 'regression' sugar would add one more fc layer after ours.
    const fc = new convnetjs.FullyConnLayer({ ...shape(depth), num_neurons: l.units });
    dense.push(fc);
    layers.push(fc);
    layers.push(
      l.activation === 'tanh' ? new convnetjs.TanhLayer(shape(l.units)) : new convnetjs.SigmoidLayer(shape(l.units)),
    );
    depth = l.units;
  }
  layers.push(new convnetjs.RegressionLayer(shape(depth)));
  const net = new convnetjs.Net();
  net.layers = layers;
  // Plain SGD: momentum defaults to 0.9 in ConvNetJS, so switch it off.
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: workload.learningRate,
    momentum: 0,
    batch_size: workload.batchSize,
    l2_decay: 0,
  });
  // One input Vol and one target view per row, made once (as the ConvNetJS demos do).
  const nx = data.inputSize;
  const ny = data.outputSize;
  const inputs = Array.from({ length: data.count }, (_, n) => {
    const v = new convnetjs.Vol(1, 1, nx, 0);
    v.w.set(data.inputs.subarray(n * nx, n * nx + nx));
    return v;
  });
  const targets = Array.from({ length: data.count }, (_, n) => data.targets.subarray(n * ny, n * ny + ny));
  const B = workload.batchSize;
  /** Epochs trained since reset: the index into p.orders. */
  let epoch = 0;

  return {
    name: 'ConvNetJS',
    reset() {
      epoch = 0;
      dense.forEach((fc, l) => {
        const W = p.init.weights[l];
        const nIn = W.length / fc.filters.length;
        fc.filters.forEach((f, j) => {
          f.w.set(W.subarray(j * nIn, j * nIn + nIn));
          f.dw.fill(0);
        });
        fc.biases.w.set(p.init.biases[l]);
        fc.biases.dw.fill(0);
      });
    },
    train(epochs) {
      for (let e = 0; e < epochs; e++) {
        const order = p.orders[epoch++];
        for (let start = 0; start < order.length; start += B) {
          const count = Math.min(B, order.length - start);
          // Step after exactly this batch, dividing by its size: the same short last
          // batch of an epoch that our trainer takes.
          trainer.batch_size = count;
          trainer.k = 0;
          for (let s = start; s < start + count; s++) trainer.train(inputs[order[s]], targets[order[s]]);
        }
      }
    },
    predict() {
      const out = new Float64Array(data.count * ny);
      inputs.forEach((v, n) => out.set(net.forward(v, false).w.subarray(0, ny), n * ny));
      return out;
    },
    params(): Params {
      return {
        weights: dense.map((fc) => {
          const nIn = fc.filters[0].w.length;
          const W = new Float64Array(fc.filters.length * nIn);
          fc.filters.forEach((f, j) => W.set(f.w, j * nIn));
          return W;
        }),
        biases: dense.map((fc) => fc.biases.w.slice()),
      };
    },
    dispose() {},
  };
}
