/**
 * The optimiser's update on the SIMD path. The parameters, gradients and the decay mask are
 * the network's own (in its memory); the optimiser's moments are ordinary arrays, so they are
 * copied into staging regions first and, when the update writes them in place (the stepper's
 * update phase), copied back after. A copy is a small part of an update's cost, and it keeps
 * an optimiser free to be cloned, replaced or restored like any other object. Nothing here
 * allocates: it runs once per training step.
 */
import { updateReference, type Optimizer, type UpdateTarget } from '../optimizers';
import type { Network } from '../network';
import { inArena, type Arena } from './arena';

/** Staging for the two moments, each as long as the network's parameters. */
export interface Staging {
  readonly velocity: Float64Array;
  readonly secondMoment: Float64Array;
}

export function simdUpdate(
  arena: Arena,
  stage: Staging,
  net: Network,
  opt: Optimizer,
  out: UpdateTarget,
  step: number,
): number {
  const { params: w, grads: g, isWeight } = net;
  const n = w.length;
  if (
    !inArena(arena, w) ||
    !inArena(arena, g) ||
    !inArena(arena, isWeight) ||
    !inArena(arena, out.params) ||
    stage.velocity.length !== n
  ) {
    return updateReference(net, opt, out, step);
  }
  const ex = arena.exports;
  const c = opt.config;
  const pw = w.byteOffset;
  const pg = g.byteOffset;
  const pm = isWeight.byteOffset;
  const po = out.params.byteOffset;
  if (c.kind === 'sgd') return ex.sgd(pw, pg, pm, po, n, c.learningRate, c.weightDecay);
  const v = momentFrom(arena, opt.velocity, stage.velocity);
  const vOut = momentTo(arena, out.velocity, stage.velocity);
  if (c.kind === 'momentum') {
    const check = ex.momentum(pw, pg, pm, v, po, vOut, n, c.learningRate, c.weightDecay, c.momentum, +c.nesterov);
    finish(arena, out.velocity, stage.velocity);
    return check;
  }
  const m2 = momentFrom(arena, opt.secondMoment, stage.secondMoment);
  const m2Out = momentTo(arena, out.secondMoment, stage.secondMoment);
  const c1 = 1 - Math.pow(c.beta1, step);
  const c2 = 1 - Math.pow(c.beta2, step);
  const { learningRate: lr, weightDecay: wd, beta1, beta2, epsilon } = c;
  const check = ex.adam(pw, pg, pm, v, m2, po, vOut, m2Out, n, lr, wd, beta1, beta2, epsilon, c1, c2);
  finish(arena, out.velocity, stage.velocity);
  finish(arena, out.secondMoment, stage.secondMoment);
  return check;
}

/** Where the kernel reads a moment: in place, or from its staging copy. */
function momentFrom(arena: Arena, source: Float64Array, stage: Float64Array): number {
  if (inArena(arena, source)) return source.byteOffset;
  stage.set(source);
  return stage.byteOffset;
}

/**
 * Where the kernel writes a moment's new value: in place, or into the staging copy (each
 * entry is read there before it is written, so reading and writing it is safe).
 */
function momentTo(arena: Arena, target: Float64Array, stage: Float64Array): number {
  return inArena(arena, target) ? target.byteOffset : stage.byteOffset;
}

function finish(arena: Arena, target: Float64Array, stage: Float64Array): void {
  if (!inArena(arena, target)) target.set(stage);
}
