/** Symbols of the chain rule's local derivatives, in the textbook's loss-first order. */
import type { ChainPath, PathFactor, WeightRef } from '../../engine';
import { texNeuron, texSource } from '../kit/names';

/** The weighted sum of a neuron: "z_{31}" for O_{31}. */
export function texLogit(layer: number, unit: number): string {
  return texNeuron(layer, unit).replace(/^O/, 'z');
}

/**
 * One factor as a fraction: loss ∂L/∂O_{L m}; hop ∂O_{l+1,k}/∂O_{l j}; skip ∂O_{l+1,j}/∂O_{l j}
 * along the skip connection (= 1); start ∂O_{l j}/∂w (the engine's layers are 0-based; the
 * names count from 1). With softmax + cross-entropy (`logitLayer`, the output layer) the
 * output is differentiated at its weighted sum: ∂L/∂z_{L m}, ∂z_{L m}/∂O_{l j}, ∂z_{L m}/∂w.
 */
export function factorTex(f: PathFactor, logitLayer: number | null = null): string {
  const frac = (top: string, bottom: string) => `\\dfrac{\\partial ${top}}{\\partial ${bottom}}`;
  const atLogit = f.layer === logitLayer;
  const top = atLogit ? texLogit(f.layer, f.unit) : texNeuron(f.layer, f.unit);
  switch (f.kind) {
    case 'loss':
      return frac('L', top);
    case 'hop':
      return frac(top, texNeuron(f.layer - 1, f.from));
    case 'skip':
      return `\\left.${frac(top, texNeuron(f.layer - 1, f.from))}\\right|_{\\text{skip}}`;
    case 'start':
      return frac(top, 'w');
  }
}

/**
 * The route a path takes: "x_1 \xrightarrow{w} O_{11} \to O_{21} \Rightarrow O_{31} \to L",
 * with ⇒ for a hop along a skip connection.
 */
export function pathRouteTex(w: WeightRef, path: ChainPath): string {
  let route = `${texSource(w.layer, w.from)} \\xrightarrow{\\,w\\,} ${texNeuron(w.layer, path.units[0])}`;
  for (let q = 1; q < path.units.length; q++) {
    route += ` ${path.skips?.[q - 1] ? '\\Rightarrow' : '\\to'} ${texNeuron(w.layer + q, path.units[q])}`;
  }
  return `${route} \\to L`;
}

/** The path sum and backprop agree to rounding (they add the same terms in another order). */
export function sumsAgree(pathSum: number, backprop: number): boolean {
  const scale = Math.max(Math.abs(pathSum), Math.abs(backprop));
  return Math.abs(pathSum - backprop) <= 1e-9 * scale + 1e-300;
}
