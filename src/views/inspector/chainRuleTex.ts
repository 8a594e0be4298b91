/** Symbols of the chain rule's local derivatives, in the textbook's loss-first order. */
import type { ChainPath, PathFactor, WeightRef } from '../../engine';
import { texNeuron, texSource } from '../kit/names';

/**
 * One factor as a fraction: loss ∂L/∂O_{L m}; hop ∂O_{l+1,k}/∂O_{l j}; start ∂O_{l j}/∂w
 * (the engine's layers are 0-based; the names count from 1).
 */
export function factorTex(f: PathFactor): string {
  const frac = (top: string, bottom: string) => `\\dfrac{\\partial ${top}}{\\partial ${bottom}}`;
  switch (f.kind) {
    case 'loss':
      return frac('L', texNeuron(f.layer, f.unit));
    case 'hop':
      return frac(texNeuron(f.layer, f.unit), texNeuron(f.layer - 1, f.from));
    case 'start':
      return frac(texNeuron(f.layer, f.unit), 'w');
  }
}

/** The route a path takes: "x_1 \xrightarrow{w} O_{11} \to O_{21} \to O_{31} \to L". */
export function pathRouteTex(w: WeightRef, path: ChainPath): string {
  const units = path.units.map((u, q) => texNeuron(w.layer + q, u));
  return `${texSource(w.layer, w.from)} \\xrightarrow{\\,w\\,} ${units.join(' \\to ')} \\to L`;
}

/** The path sum and backprop agree to rounding (they add the same terms in another order). */
export function sumsAgree(pathSum: number, backprop: number): boolean {
  const scale = Math.max(Math.abs(pathSum), Math.abs(backprop));
  return Math.abs(pathSum - backprop) <= 1e-9 * scale + 1e-300;
}
