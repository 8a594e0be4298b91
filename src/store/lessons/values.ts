/**
 * The engine's numbers a lesson shows and checks answers against — never typed into a
 * lesson. A lesson asks for a value before the step-through has computed it ("compute z for
 * O11 by hand"), so the values are not read from the frame's (still pending) step-through
 * arrays: the engine's own functions run one forward and backward pass of the first network
 * on the example being looked at, with the weights that pass uses (in step-through: those
 * before its update). Same functions, same numbers as the worker's.
 */
import { biasIndex, computeGradients, createNetwork, layoutOf, weightIndex, type Network } from '../../engine';
import type { ValueRef } from '../../lessons/types';
import type { Frame, TrainerConfig } from '../../worker/protocol';

export interface LessonPass {
  net: Network;
  x: Float64Array;
  y: Float64Array;
  learningRate: number;
}

// One scratch network per shape: a lesson reads a handful of values per frame it shows.
const nets = new Map<string, Network>();

/** Runs the pass for the first network of `frame` (null when there is no frame or config yet, or they differ in shape). */
export function lessonPass(frame: Frame | null, config: TrainerConfig | undefined): LessonPass | null {
  const t = frame?.trainers[0];
  if (!t || !config) return null;
  const layers = [...config.hidden, { units: t.layerSizes[t.layerSizes.length - 1], activation: config.output }];
  if (layers.length !== t.layerSizes.length - 1 || layers.some((l, k) => l.units !== t.layerSizes[k + 1])) return null;
  const spec = { inputSize: t.layerSizes[0], layers, loss: config.loss, init: config.init, seed: config.seed };
  const key = JSON.stringify(spec);
  let net = nets.get(key);
  if (!net) {
    net = createNetwork(spec);
    if (nets.size > 8) nets.clear();
    nets.set(key, net);
  }
  net.params.set(frame!.stepper ? frame!.stepper.paramsBefore : t.params);
  const x = t.probe.input;
  const y = t.probe.target;
  computeGradients(net, [x], [y]);
  return { net, x, y, learningRate: t.optimizer.learningRate };
}

/** The value, or null when the network has no such unit or weight. */
export function readValue(pass: LessonPass | null, ref: ValueRef): number | null {
  if (!pass) return null;
  const { net } = pass;
  const layout = layoutOf([net.inputSize, ...net.layers.map((l) => l.nOut)]);
  const layer = 'layer' in ref ? net.layers[ref.layer] : undefined;
  const unitOk = (u: number) => layer !== undefined && Number.isInteger(u) && u >= 0 && u < layer.nOut;
  const weightOk = (r: { to: number; from: number }) =>
    unitOk(r.to) && Number.isInteger(r.from) && r.from >= 0 && r.from < layer!.nIn;
  const at = (k: number, arr: ArrayLike<number>) => (Number.isInteger(k) && k >= 0 && k < arr.length ? arr[k] : null);
  switch (ref.quantity) {
    case 'z':
    case 'a':
    case 'delta':
      return unitOk(ref.unit) ? layer![ref.quantity][ref.unit] : null;
    case 'df':
      return unitOk(ref.unit) ? layer!.activation.df(layer!.z[ref.unit], layer!.a[ref.unit]) : null;
    case 'w':
      return weightOk(ref) ? net.params[weightIndex(layout, ref.layer, ref.to, ref.from)] : null;
    case 'grad':
      return weightOk(ref) ? net.grads[weightIndex(layout, ref.layer, ref.to, ref.from)] : null;
    case 'w-new': {
      if (!weightOk(ref)) return null;
      const k = weightIndex(layout, ref.layer, ref.to, ref.from);
      return net.params[k] - pass.learningRate * net.grads[k];
    }
    case 'b':
      return unitOk(ref.unit) ? net.params[biasIndex(layout, ref.layer, ref.unit)] : null;
    case 'bias-grad':
      return unitOk(ref.unit) ? net.grads[biasIndex(layout, ref.layer, ref.unit)] : null;
    case 'x':
      return at(ref.unit, pass.x);
    case 'y':
      return at(ref.unit ?? 0, pass.y);
    case 'yhat': {
      const out = net.layers[net.layers.length - 1];
      return at(ref.unit ?? 0, out.a.subarray(0, out.nOut));
    }
    case 'loss':
      return net.exampleLoss[0];
    case 'lr':
      return pass.learningRate;
  }
}
