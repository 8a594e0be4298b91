/**
 * Optimisers: one step function each over the flat `params` and `grads` arrays.
 * Conventions (PyTorch's): g = ∂L/∂w + λ·w for weights (L2 decay, biases not decayed);
 * - sgd:      w ← w − η g
 * - momentum: v ← μ v + g;  w ← w − η v   (Nesterov: w ← w − η (g + μ v))
 * - adam:     m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η m̂ / (√v̂ + ε),
 *             with m̂ = m / (1−β₁ᵗ), v̂ = v / (1−β₂ᵗ).
 */
import { requireFinite, requireOneOf } from './errors';
import { LIMITS } from './limits';
import type { Network } from './network';

export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

export interface OptimizerConfig {
  kind: OptimizerName;
  /** η */
  learningRate: number;
  /** μ for momentum; default 0.9. */
  momentum?: number;
  /** Nesterov look-ahead for momentum; default false. */
  nesterov?: boolean;
  /** Adam β₁, default 0.9. */
  beta1?: number;
  /** Adam β₂, default 0.999. */
  beta2?: number;
  /** Adam ε, default 1e-8. */
  epsilon?: number;
  /** L2 weight decay λ, default 0. */
  weightDecay?: number;
}

export interface Optimizer {
  readonly config: Readonly<Required<OptimizerConfig>>;
  /** Momentum velocity, or Adam's first moment m. */
  readonly velocity: Float64Array;
  /** Adam's second moment v. */
  readonly secondMoment: Float64Array;
  /** Steps taken (Adam's t). */
  steps: number;
}

export function validateOptimizerConfig(c: OptimizerConfig): Required<OptimizerConfig> {
  return {
    kind: requireOneOf('optimizer.kind', c?.kind, OPTIMIZER_NAMES),
    learningRate: requireFinite('learningRate', c.learningRate, LIMITS.learningRate.min, LIMITS.learningRate.max),
    momentum: requireFinite('momentum', c.momentum ?? 0.9, 0, 0.9999),
    nesterov: Boolean(c.nesterov),
    beta1: requireFinite('beta1', c.beta1 ?? 0.9, 0, 0.9999),
    beta2: requireFinite('beta2', c.beta2 ?? 0.999, 0, 0.999999),
    epsilon: requireFinite('epsilon', c.epsilon ?? 1e-8, 1e-12, 1),
    weightDecay: requireFinite('weightDecay', c.weightDecay ?? 0, 0, 10),
  };
}

export function createOptimizer(net: Network, config: OptimizerConfig): Optimizer {
  const n = net.params.length;
  const valid = validateOptimizerConfig(config);
  const kind = valid.kind;
  return {
    config: valid,
    velocity: new Float64Array(kind === 'sgd' ? 0 : n),
    secondMoment: new Float64Array(kind === 'adam' ? n : 0),
    steps: 0,
  };
}

/**
 * Changes hyper-parameters live. Switching kind keeps the parameters but starts the
 * new optimiser's state from zero (its moments mean nothing to another method).
 */
export function reconfigureOptimizer(net: Network, opt: Optimizer, patch: Partial<OptimizerConfig>): Optimizer {
  const next = validateOptimizerConfig({ ...opt.config, ...patch });
  if (next.kind !== opt.config.kind) return createOptimizer(net, next);
  return { ...opt, config: next };
}

/**
 * Where an update writes the new parameters and optimiser moments. The checked training
 * step points it at scratch arrays (and commits them only when all are finite); the plain
 * update points it at the network's and optimiser's own arrays (in place: every entry is
 * read before it is written, so both give bit-identical numbers).
 */
export interface UpdateTarget {
  params: Float64Array;
  /** Momentum's velocity or Adam's m (unused by SGD). */
  velocity: Float64Array;
  /** Adam's v (unused otherwise). */
  secondMoment: Float64Array;
}

/**
 * Computes one update from net.params, net.grads and the optimiser's moments into `out`,
 * as the optimiser's step number `step` (Adam's t). Returns 0 when every value written is
 * finite and NaN otherwise. Runs on the network's kernel path (kernels.ts); every path
 * computes exactly `updateReference`.
 */
export function updateInto(net: Network, opt: Optimizer, out: UpdateTarget, step: number): number {
  return net.kernels.update(net, opt, out, step);
}

/**
 * The update in TypeScript: the reference (and the fallback). The check sums x − x, which is
 * 0 for a finite x and NaN for ±∞ or NaN, so it costs one subtraction and one addition per
 * value, with no branch.
 */
export function updateReference(net: Network, opt: Optimizer, out: UpdateTarget, step: number): number {
  const { params: w, grads: g, isWeight } = net;
  const { kind, learningRate: lr, momentum: mu, nesterov, beta1, beta2, epsilon, weightDecay: wd } = opt.config;
  const nw = out.params;
  const n = w.length;
  let check = 0;
  if (kind === 'sgd') {
    for (let k = 0; k < n; k++) {
      const next = w[k] - lr * (g[k] + wd * isWeight[k] * w[k]);
      nw[k] = next;
      check += next - next;
    }
  } else if (kind === 'momentum') {
    const v = opt.velocity;
    const nv = out.velocity;
    for (let k = 0; k < n; k++) {
      const gk = g[k] + wd * isWeight[k] * w[k];
      const vk = mu * v[k] + gk;
      const next = w[k] - lr * (nesterov ? gk + mu * vk : vk);
      nv[k] = vk;
      nw[k] = next;
      check += next - next + (vk - vk);
    }
  } else {
    const m = opt.velocity;
    const v = opt.secondMoment;
    const nm = out.velocity;
    const nv = out.secondMoment;
    const c1 = 1 - Math.pow(beta1, step);
    const c2 = 1 - Math.pow(beta2, step);
    for (let k = 0; k < n; k++) {
      const gk = g[k] + wd * isWeight[k] * w[k];
      const mk = beta1 * m[k] + (1 - beta1) * gk;
      const vk = beta2 * v[k] + (1 - beta2) * gk * gk;
      const next = w[k] - (lr * (mk / c1)) / (Math.sqrt(vk / c2) + epsilon);
      nm[k] = mk;
      nv[k] = vk;
      nw[k] = next;
      check += next - next + (mk - mk) + (vk - vk);
    }
  }
  return check;
}

/** Applies one update to net.params from net.grads, in place, unchecked (the stepper's update phase, trainStep). */
export function applyUpdate(net: Network, opt: Optimizer): void {
  opt.steps++;
  updateInto(net, opt, { params: net.params, velocity: opt.velocity, secondMoment: opt.secondMoment }, opt.steps);
}
