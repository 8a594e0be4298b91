/**
 * TensorFlow.js 4.22 on its CPU backend (float32, its only CPU dtype): tf.variable
 * weights, a hand-written ½·MSE objective and tf.train.sgd's minimize, one batch per tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone registers no gradients; the union package @tensorflow/tfjs imports these.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import type { Params } from '../../src/engine';
import type { Engine, Problem } from './common';

/** Selects the CPU backend; prod mode skips debug checks (and the tfjs-node advert). */
export async function initTfjs(): Promise<void> {
  tf.enableProdMode();
  if (!(await tf.setBackend('cpu'))) throw new Error('tfjs: the cpu backend did not initialise');
}

/** Our W is [out][in]; tfjs multiplies x·W with W as [in][out]. */
function transpose(W: ArrayLike<number>, rows: number, cols: number): Float32Array {
  const T = new Float32Array(W.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) T[c * rows + r] = W[r * cols + c];
  return T;
}

export function createTfjs(p: Problem): Engine {
  const { spec, data, workload } = p;
  const nx = data.inputSize;
  const ny = data.outputSize;
  const sizes = spec.layers.map((l, k) => ({
    nIn: k === 0 ? spec.inputSize : spec.layers[k - 1].units,
    nOut: l.units,
  }));
  const W = sizes.map(({ nIn, nOut }) => tf.variable(tf.zeros([nIn, nOut])));
  const b = sizes.map(({ nOut }) => tf.variable(tf.zeros([nOut])));
  const vars = [...W, ...b];
  const act = spec.layers.map((l) => (l.activation === 'tanh' ? tf.tanh : tf.sigmoid));
  const optimizer = tf.train.sgd(workload.learningRate);
  const forward = (x: tf.Tensor2D): tf.Tensor => {
    let a: tf.Tensor = x;
    for (let l = 0; l < W.length; l++) a = act[l](tf.add(tf.matMul(a as tf.Tensor2D, W[l]), b[l]));
    return a;
  };
  // The rows of every epoch in shuffled order, gathered once outside the timed loop.
  const gather = (src: Float64Array, width: number, order: Uint32Array) => {
    const out = new Float32Array(order.length * width);
    order.forEach((row, s) => out.set(src.subarray(row * width, row * width + width), s * width));
    return out;
  };
  const orders = p.orders.slice(0, Math.max(workload.epochs.tfjs, workload.verifyEpochs));
  const xs = orders.map((o) => gather(data.inputs, nx, o));
  const ys = orders.map((o) => gather(data.targets, ny, o));
  const B = workload.batchSize;
  /** Epochs trained since reset: the index into xs and ys. */
  let epoch = 0;

  return {
    name: 'TensorFlow.js',
    reset() {
      epoch = 0;
      sizes.forEach(({ nIn, nOut }, l) => {
        tf.tidy(() => {
          W[l].assign(tf.tensor2d(transpose(p.init.weights[l], nOut, nIn), [nIn, nOut]));
          b[l].assign(tf.tensor1d(Float32Array.from(p.init.biases[l])));
        });
      });
    },
    train(epochs) {
      if (epoch + epochs > xs.length) throw new RangeError(`tfjs has data for ${xs.length} epochs only`);
      for (let n = 0; n < epochs; n++) {
        const e = epoch++;
        for (let start = 0; start < data.count; start += B) {
          const count = Math.min(B, data.count - start);
          tf.tidy(() => {
            const x = tf.tensor2d(xs[e].subarray(start * nx, (start + count) * nx), [count, nx]);
            const y = tf.tensor2d(ys[e].subarray(start * ny, (start + count) * ny), [count, ny]);
            // Mean over the batch of ½ Σ_m (ŷ_m − y_m)²: our engine's 'mse'.
            optimizer.minimize(
              () => tf.div(tf.mul(0.5, tf.sum(tf.squaredDifference(forward(x), y))), count) as tf.Scalar,
              false,
              vars,
            );
          });
        }
      }
    },
    predict() {
      const out = tf.tidy(() => forward(tf.tensor2d(Float32Array.from(data.inputs), [data.count, nx])).dataSync());
      return Float64Array.from(out);
    },
    params(): Params {
      return {
        weights: sizes.map(({ nIn, nOut }, l) => Float64Array.from(transpose(W[l].dataSync(), nIn, nOut))),
        biases: b.map((v) => Float64Array.from(v.dataSync())),
      };
    },
    dispose() {
      vars.forEach((v) => v.dispose());
      optimizer.dispose();
    },
  };
}
