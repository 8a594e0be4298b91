/**
 * The chain rule as a sum over paths. For the weight w from unit i of layer l−1 into
 * unit j of layer l, every path j → u_{l+1} → … → output m contributes
 *   ∂L/∂ŷ_m · Π_hops ∂O_next/∂O_prev · f'(z_j)·a_prev_i,
 * where a hop along a weight is f'(z_k)·W_kj, and a hop along a skip connection (layer
 * l+1 adds a_l to its output, unit j to unit j) is exactly 1: it bypasses f′, so its
 * paths do not shrink. The sum over all paths equals backprop's δ_j · a_prev_i for that
 * example. With softmax + cross-entropy (`atLogits`) the loss factor is the slope at the
 * logits, ∂L/∂z_m = ŷ_m − y_m, and the hop into output m is ∂z_m/∂O = W_mj: the sum then
 * runs over every output's paths. With more paths than `maxPaths`, an exact best-first
 * search returns the largest ones by |product| (bounded by a max-product table), with the
 * exact total and the count.
 */
import { EngineInputError, requireInteger } from './errors';
import { layerInput, type Network } from './network';
import { popMax, pushHeap, type PartialPath } from './pathHeap';

/** A weight: layer index (0-based), the unit it feeds (`to`), the unit or input it reads (`from`). */
export interface WeightRef {
  layer: number;
  to: number;
  from: number;
}

/**
 * One local derivative on a path, listed loss-first as in the textbook:
 * `loss`: ∂L/∂O_{L m} (∂L/∂z_{L m} at the logits);  `hop`: ∂O_{l+1,k}/∂O_{l,j} = f'(z_k)·W_kj;
 * `skip`: ∂O_{l+1,j}/∂O_{l,j} along the skip connection = 1;  `start`: ∂O_{l j}/∂w = f'(z_j)·a_prev_i.
 */
export interface PathFactor {
  kind: 'loss' | 'hop' | 'skip' | 'start';
  /** Layer (0-based) of the unit whose output is differentiated. */
  layer: number;
  unit: number;
  /** For a hop, the unit of the layer below; for the start, the input i of the weight. */
  from: number;
  value: number;
}

export interface ChainPath {
  /** Unit visited in each layer, from the weight's layer to the output. */
  units: number[];
  /** Per hop (units[q] → units[q + 1]): true when it goes along a skip connection, not a weight. */
  skips: boolean[];
  factors: PathFactor[];
  product: number;
}

export interface PathReport {
  weight: WeightRef;
  example: number;
  /** Largest |product| first. */
  paths: ChainPath[];
  /** Number of paths in all (a float beyond 2^53). */
  count: number;
  truncated: boolean;
  /** Σ of the listed paths' products. */
  shownSum: number;
  /** Σ over every path, computed layer by layer without listing them. */
  pathSum: number;
  /** Backprop's ∂L/∂w for this example: δ_j · a_prev_i. */
  backprop: number;
  /** The loss factor is ∂L/∂z of the output (softmax + cross-entropy), so output hops carry no f′. */
  atLogits: boolean;
}

export function checkWeightRef(net: Network, w: WeightRef): void {
  requireInteger('weight.layer', w?.layer, 0, net.layers.length - 1);
  requireInteger('weight.to', w.to, 0, net.layers[w.layer].nOut - 1);
  requireInteger('weight.from', w.from, 0, net.layers[w.layer].nIn - 1);
}

/** Needs the forward pass, loss and (for `backprop`) δ of `example` in the current batch. */
export function chainRulePaths(
  net: Network,
  w: WeightRef,
  options: { example?: number; maxPaths?: number } = {},
): PathReport {
  checkWeightRef(net, w);
  const example = options.example ?? 0;
  const maxPaths = options.maxPaths ?? 64;
  if (!(example >= 0 && example < net.batchSize)) {
    throw new EngineInputError('example', `an example of the current batch, 0 to ${net.batchSize - 1}`, example);
  }
  const L = net.layers.length;
  const atLogits = net.loss.atLogits;
  const at = (l: number, u: number) => example * net.layers[l].nOut + u;
  const dfz = (l: number, u: number) =>
    atLogits && l === L - 1 ? 1 : net.layers[l].activation.df(net.layers[l].z[at(l, u)], net.layers[l].fz[at(l, u)]);
  const hop = (l: number, k: number, j: number) => dfz(l, k) * net.layers[l].W[k * net.layers[l].nIn + j];
  const lossFactor = (m: number) => net.dOut[example * net.outputSize + m];
  const f: Factors = { hop, lossFactor, skipAt: (l) => net.layers[l].skip };

  // rest[l][u]: Σ over continuations from unit u of layer l (∂L/∂a); best[l][u]: max |product|.
  const rest: Float64Array[] = new Array(L);
  const best: Float64Array[] = new Array(L);
  rest[L - 1] = Float64Array.from({ length: net.outputSize }, (_, m) => lossFactor(m));
  best[L - 1] = rest[L - 1].map(Math.abs);
  for (let l = L - 2; l >= w.layer; l--) {
    const n = net.layers[l].nOut;
    rest[l] = new Float64Array(n);
    best[l] = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      for (let k = 0; k < net.layers[l + 1].nOut; k++) {
        const h = hop(l + 1, k, u);
        rest[l][u] += h * rest[l + 1][k];
        best[l][u] = Math.max(best[l][u], Math.abs(h) * best[l + 1][k]);
      }
      if (f.skipAt(l + 1)) {
        rest[l][u] += rest[l + 1][u];
        best[l][u] = Math.max(best[l][u], best[l + 1][u]);
      }
    }
  }
  const start = dfz(w.layer, w.to) * layerInput(net, w.layer)[example * net.layers[w.layer].nIn + w.from];
  // Every unit of layer l has the same successors: its layer's units, plus its skip.
  let count = 1;
  for (let l = w.layer + 1; l < L; l++) count *= net.layers[l].nOut + (f.skipAt(l) ? 1 : 0);

  const paths = topPaths(net, w, start, best, f, Math.max(1, maxPaths));
  const withFactors = paths.map((p) => describePath(w, p, start, f));
  return {
    weight: { ...w },
    example,
    paths: withFactors,
    count,
    truncated: count > withFactors.length,
    shownSum: withFactors.reduce((s, p) => s + p.product, 0),
    pathSum: start * rest[w.layer][w.to],
    backprop:
      net.layers[w.layer].delta[at(w.layer, w.to)] *
      layerInput(net, w.layer)[example * net.layers[w.layer].nIn + w.from],
    atLogits,
  };
}

/** The local derivatives of one example. */
interface Factors {
  /** ∂O_{l k}/∂O_{l−1, j} along weight W_kj of layer l. */
  hop: (l: number, k: number, j: number) => number;
  lossFactor: (m: number) => number;
  skipAt: (l: number) => boolean;
}

interface FoundPath {
  units: number[];
  skips: boolean[];
  product: number;
}

/** Exact best-first search: pops partial paths by an upper bound on their final |product|. */
function topPaths(net: Network, w: WeightRef, start: number, best: Float64Array[], f: Factors, k: number): FoundPath[] {
  const L = net.layers.length;
  const heap: PartialPath[] = [
    { units: [w.to], skips: [], product: start, bound: Math.abs(start) * best[w.layer][w.to] },
  ];
  const done: FoundPath[] = [];
  let budget = 200000;
  while (heap.length > 0 && done.length < k && budget-- > 0) {
    const p = popMax(heap);
    const l = w.layer + p.units.length - 1;
    const last = p.units[p.units.length - 1];
    if (l === L - 1) {
      done.push({ units: p.units, skips: p.skips, product: p.product * f.lossFactor(last) });
      continue;
    }
    for (let u = 0; u < net.layers[l + 1].nOut; u++) {
      const product = p.product * f.hop(l + 1, u, last);
      pushHeap(heap, {
        units: [...p.units, u],
        skips: [...p.skips, false],
        product,
        bound: Math.abs(product) * best[l + 1][u],
      });
    }
    if (f.skipAt(l + 1)) {
      const bound = Math.abs(p.product) * best[l + 1][last];
      pushHeap(heap, { units: [...p.units, last], skips: [...p.skips, true], product: p.product, bound });
    }
  }
  return done;
}

function describePath(w: WeightRef, p: FoundPath, start: number, f: Factors): ChainPath {
  const { units, skips } = p;
  const factors: PathFactor[] = [];
  const last = units.length - 1;
  factors.push({ kind: 'loss', layer: w.layer + last, unit: units[last], from: -1, value: f.lossFactor(units[last]) });
  for (let q = last; q >= 1; q--) {
    const l = w.layer + q;
    const [unit, from] = [units[q], units[q - 1]];
    factors.push(
      skips[q - 1]
        ? { kind: 'skip', layer: l, unit, from, value: 1 }
        : { kind: 'hop', layer: l, unit, from, value: f.hop(l, unit, from) },
    );
  }
  factors.push({ kind: 'start', layer: w.layer, unit: w.to, from: w.from, value: start });
  return { units, skips, factors, product: p.product };
}
