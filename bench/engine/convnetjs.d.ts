/**
 * The slice of ConvNetJS 0.3.0 (untyped CommonJS, `module.exports = lib`) that the
 * engine benchmark drives. Field names are the library's own.
 */
declare module 'convnetjs' {
  namespace convnetjs {
    /** A 3-D volume; `w` holds values, `dw` their gradients. */
    class Vol {
      constructor(sx: number, sy: number, depth: number, fill?: number);
      w: Float64Array;
      dw: Float64Array;
    }
    /** Shape options every layer constructor reads. */
    interface LayerOptions {
      in_sx?: number;
      in_sy?: number;
      in_depth?: number;
      out_sx?: number;
      out_sy?: number;
      out_depth?: number;
      num_neurons?: number;
    }
    interface Layer {
      forward(v: Vol, isTraining?: boolean): Vol;
    }
    class InputLayer implements Layer {
      constructor(opt: LayerOptions);
      forward(v: Vol, isTraining?: boolean): Vol;
    }
    /** Dense layer: one filter Vol per output unit (filters[j].w[i] = W_ji), biases.w[j] = b_j. */
    class FullyConnLayer implements Layer {
      constructor(opt: LayerOptions);
      forward(v: Vol, isTraining?: boolean): Vol;
      filters: Vol[];
      biases: Vol;
    }
    class TanhLayer implements Layer {
      constructor(opt: LayerOptions);
      forward(v: Vol, isTraining?: boolean): Vol;
    }
    class SigmoidLayer implements Layer {
      constructor(opt: LayerOptions);
      forward(v: Vol, isTraining?: boolean): Vol;
    }
    /** ½‖ŷ − y‖² cost: passes ŷ − y back (its reported loss is 2‖ŷ − y‖², so we score ourselves). */
    class RegressionLayer implements Layer {
      constructor(opt: LayerOptions);
      forward(v: Vol, isTraining?: boolean): Vol;
    }
    class Net {
      layers: Layer[];
      forward(v: Vol, isTraining?: boolean): Vol;
    }
    interface TrainerOptions {
      method?: 'sgd' | 'adagrad' | 'adadelta' | 'windowgrad';
      learning_rate?: number;
      momentum?: number;
      batch_size?: number;
      l1_decay?: number;
      l2_decay?: number;
    }
    /**
     * Per-example trainer: each `train` call adds that example's gradient; every
     * `batch_size`-th call (counted by `k`) steps with the sum divided by batch_size.
     */
    class Trainer {
      constructor(net: Net, options: TrainerOptions);
      batch_size: number;
      k: number;
      train(x: Vol, y: Float64Array | number[]): { loss: number };
    }
  }
  export default convnetjs;
}
