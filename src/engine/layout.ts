/**
 * The flat parameter layout, owned here and nowhere else. Every weight and bias of a
 * network lives in one `params` array (its gradients in `grads`, same layout), layer after
 * layer, each layer's W (row-major [out][in]: W[j·nIn + i] multiplies input i of unit j)
 * then its b. Per-unit values (z, a, δ of one example) are concatenated layer after layer.
 * The engine builds its networks from this layout, and the worker, the store and the views
 * find a weight, a bias or a unit in a frame by asking it — never by counting themselves.
 * Skip connections (a_l = f(z_l) + a_{l−1}, around a layer whose input and output widths
 * are equal) have no parameters; the per-skip arrays (their gradients) hold one entry per
 * unit of each layer with a skip, layer after layer.
 */

/** Where engine layer l (sizes[l] → sizes[l + 1]) sits in the flat arrays. */
export interface LayerSlice {
  /** Offset of W in params. */
  readonly w: number;
  /** Offset of b in params. */
  readonly b: number;
  /** Offset of this layer's first unit in the concatenated per-unit arrays. */
  readonly unit: number;
  /** Weights in this layer (nIn · nOut), at params[w … w + weightCount). */
  readonly weightCount: number;
  readonly nIn: number;
  readonly nOut: number;
  /** Offset of this layer's skip connections (one per unit) in the per-skip arrays; −1 without a skip. */
  readonly skip: number;
}

export interface ParamLayout {
  /** [inputSize, hidden…, outputSize]. */
  readonly sizes: readonly number[];
  readonly layers: readonly LayerSlice[];
  /** Weights and biases in all. */
  readonly paramCount: number;
  /** Units in all (hidden and output). */
  readonly unitCount: number;
  /** Per engine layer: whether it has a skip connection. */
  readonly skips: readonly boolean[];
  /** Skip connections in all (one per unit of every layer with a skip). */
  readonly skipCount: number;
}

// A handful of shapes are live at once (one or two networks, a few views of them): a tiny
// cache keyed by the sizes saves recomputing offsets per frame without holding much memory.
const cache = new Map<string, ParamLayout>();
const CACHE_LIMIT = 16;

/**
 * The layout of a network with these layer sizes (inputs first, output last) and, per engine
 * layer, whether it has a skip connection (none when omitted). A skip needs equal input and
 * output widths and is never on the output layer; the network spec refuses anything else,
 * and a flag that cannot be a skip is not one here.
 */
export function layoutOf(sizes: readonly number[], skips: readonly boolean[] = NO_SKIPS): ParamLayout {
  const flags = sizes.slice(1).map((n, l) => skips[l] === true && l < sizes.length - 2 && sizes[l] === n);
  const key = flags.includes(true) ? `${sizes.join(',')}|${flags.map(Number).join('')}` : sizes.join(',');
  let layout = cache.get(key);
  if (!layout) {
    layout = build(sizes.slice(), flags);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, layout);
  }
  return layout;
}

const NO_SKIPS: readonly boolean[] = [];

function build(sizes: readonly number[], skips: readonly boolean[]): ParamLayout {
  const layers: LayerSlice[] = [];
  let offset = 0;
  let unit = 0;
  let skip = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    const skipAt = skips[l] ? skip : -1;
    layers.push({ w: offset, b: offset + nIn * nOut, unit, weightCount: nIn * nOut, nIn, nOut, skip: skipAt });
    offset += nIn * nOut + nOut;
    unit += nOut;
    if (skips[l]) skip += nOut;
  }
  return { sizes, layers, paramCount: offset, unitCount: unit, skips, skipCount: skip };
}

/** Index in params/grads of the weight from unit (or input) `from` into unit `to` of `layer`. */
export function weightIndex(layout: ParamLayout, layer: number, to: number, from: number): number {
  const s = layout.layers[layer];
  return s.w + to * s.nIn + from;
}

/** Index in params/grads of the bias of unit `unit` of `layer`. */
export function biasIndex(layout: ParamLayout, layer: number, unit: number): number {
  return layout.layers[layer].b + unit;
}

/** Index in the concatenated per-unit arrays (z, a, δ, f′) of unit `unit` of `layer`. */
export function unitIndex(layout: ParamLayout, layer: number, unit: number): number {
  return layout.layers[layer].unit + unit;
}

/** Whether engine layer `layer` has a skip connection (a_l = f(z_l) + a_{l−1}). */
export function hasSkip(layout: ParamLayout, layer: number): boolean {
  return (layout.layers[layer]?.skip ?? -1) >= 0;
}

/** Index in the per-skip arrays of the skip connection into unit `unit` of `layer` (−1: none). */
export function skipIndex(layout: ParamLayout, layer: number, unit: number): number {
  const s = layout.layers[layer];
  return s && s.skip >= 0 ? s.skip + unit : -1;
}

/** Whether a layer/unit (or layer/to/from) reference exists in this layout. */
export function fitsLayout(
  layout: ParamLayout,
  ref: { layer: number; unit?: number; to?: number; from?: number },
): boolean {
  const s = layout.layers[ref.layer];
  if (!s || !Number.isInteger(ref.layer)) return false;
  const unit = ref.unit ?? ref.to;
  if (unit !== undefined && !(Number.isInteger(unit) && unit >= 0 && unit < s.nOut)) return false;
  return ref.from === undefined || (Number.isInteger(ref.from) && ref.from >= 0 && ref.from < s.nIn);
}

/** The unit that weight k of a layer (k counted in W's flat order, from 0) feeds. */
export function weightTo(s: LayerSlice, k: number): number {
  return Math.floor(k / s.nIn);
}

/** The unit (or input) of the layer below that weight k of a layer reads. */
export function weightFrom(s: LayerSlice, k: number): number {
  return k % s.nIn;
}
