/**
 * The teaching stepper: one training step split into the phases a student clicks
 * through. Each phase is the very function an ordinary step runs (passes.ts), so the
 * numbers are identical; before each phase the whole mutable state is snapshotted, so
 * Previous restores it exactly rather than recomputing it.
 */
import type { Network } from './network';
import { applyUpdate, type Optimizer } from './optimizers';
import { backwardDelta, backwardGrad, computeLoss, forwardA, forwardZ } from './passes';

export type Phase =
  | { kind: 'forward-z'; layer: number }
  | { kind: 'forward-a'; layer: number }
  | { kind: 'loss' }
  | { kind: 'backward-delta'; layer: number }
  | { kind: 'backward-grad'; layer: number }
  | { kind: 'update' };

/** The phases of one step, in order, for a network of `layerCount` layers (hidden and output). */
export function phasesFor(layerCount: number): Phase[] {
  const phases: Phase[] = [];
  for (let layer = 0; layer < layerCount; layer++)
    phases.push({ kind: 'forward-z', layer }, { kind: 'forward-a', layer });
  phases.push({ kind: 'loss' });
  for (let layer = layerCount - 1; layer >= 0; layer--) {
    phases.push({ kind: 'backward-delta', layer }, { kind: 'backward-grad', layer });
  }
  phases.push({ kind: 'update' });
  return phases;
}

/** The phases of one step, in order, for this network. */
export function phasesOf(net: Network): Phase[] {
  return phasesFor(net.layers.length);
}

interface Snapshot {
  params: Float64Array;
  grads: Float64Array;
  velocity: Float64Array;
  secondMoment: Float64Array;
  steps: number;
  skipGrads: Float64Array;
  /** fz and dA only for layers with a skip (otherwise fz is a and dA is empty). */
  layers: { z: Float64Array; a: Float64Array; fz: Float64Array; delta: Float64Array; dA: Float64Array }[];
  dOut: Float64Array;
  exampleLoss: Float64Array;
  lossValue: number;
}

export interface Stepper {
  readonly net: Network;
  readonly optimizer: Optimizer;
  readonly phases: readonly Phase[];
  /** Phases done so far: 0 before the first, phases.length after the update. */
  position: number;
  readonly snapshots: Snapshot[];
}

/**
 * Starts stepping through the batch already loaded into `net` (see loadBatch). Values
 * not computed yet read as NaN, so a view cannot show a stale number by mistake.
 */
export function createStepper(net: Network, optimizer: Optimizer): Stepper {
  for (const l of net.layers) {
    l.z.fill(NaN);
    l.a.fill(NaN);
    l.fz.fill(NaN);
    l.delta.fill(NaN);
    l.dA.fill(NaN);
  }
  net.grads.fill(NaN);
  net.skipGrads.fill(NaN);
  net.dOut.fill(NaN);
  net.exampleLoss.fill(NaN);
  net.lossValue = NaN;
  return { net, optimizer, phases: phasesOf(net), position: 0, snapshots: [] };
}

export function currentPhase(st: Stepper): Phase | null {
  return st.position > 0 ? st.phases[st.position - 1] : null;
}

export function isStepDone(st: Stepper): boolean {
  return st.position === st.phases.length;
}

/** Runs the next phase; returns it, or null when the step is complete. */
export function stepForward(st: Stepper): Phase | null {
  if (isStepDone(st)) return null;
  st.snapshots.push(capture(st));
  const phase = st.phases[st.position];
  runPhase(st.net, st.optimizer, phase);
  st.position++;
  return phase;
}

/** Undoes the last phase exactly; returns false at the start. */
export function stepBack(st: Stepper): boolean {
  const snap = st.snapshots.pop();
  if (!snap) return false;
  restore(st, snap);
  st.position--;
  return true;
}

export function runPhase(net: Network, opt: Optimizer, phase: Phase): void {
  switch (phase.kind) {
    case 'forward-z':
      return forwardZ(net, phase.layer);
    case 'forward-a':
      return forwardA(net, phase.layer);
    case 'loss':
      computeLoss(net);
      return;
    case 'backward-delta':
      return backwardDelta(net, phase.layer);
    case 'backward-grad':
      return backwardGrad(net, phase.layer);
    case 'update':
      return applyUpdate(net, opt);
  }
}

const EMPTY = new Float64Array(0);

function capture({ net, optimizer }: Stepper): Snapshot {
  return {
    params: net.params.slice(),
    grads: net.grads.slice(),
    skipGrads: net.skipGrads.slice(),
    velocity: optimizer.velocity.slice(),
    secondMoment: optimizer.secondMoment.slice(),
    steps: optimizer.steps,
    layers: net.layers.map((l) => ({
      z: l.z.slice(),
      a: l.a.slice(),
      fz: l.skip ? l.fz.slice() : EMPTY,
      delta: l.delta.slice(),
      dA: l.dA.slice(),
    })),
    dOut: net.dOut.slice(),
    exampleLoss: net.exampleLoss.slice(),
    lossValue: net.lossValue,
  };
}

function restore({ net, optimizer }: Stepper, s: Snapshot): void {
  net.params.set(s.params);
  net.grads.set(s.grads);
  net.skipGrads.set(s.skipGrads);
  optimizer.velocity.set(s.velocity);
  optimizer.secondMoment.set(s.secondMoment);
  optimizer.steps = s.steps;
  net.layers.forEach((l, k) => {
    l.z.set(s.layers[k].z);
    l.a.set(s.layers[k].a);
    if (l.skip) l.fz.set(s.layers[k].fz);
    l.delta.set(s.layers[k].delta);
    l.dA.set(s.layers[k].dA);
  });
  net.dOut.set(s.dOut);
  net.exampleLoss.set(s.exampleLoss);
  net.lossValue = s.lossValue;
}
