/**
 * Loading the SIMD kernels: the WebAssembly module compiled from assembly/ (its bytes come
 * from the caller — the worker bundles them, a test or a benchmark imports them — so the
 * engine itself loads nothing). Returns null wherever the module cannot run: no WebAssembly,
 * no 128-bit SIMD (the module does not validate), or a Content-Security-Policy that forbids
 * compiling it (script-src without 'wasm-unsafe-eval'); the networks then take the
 * TypeScript path, which computes the very same numbers.
 */

/** The module's exports: pointers are byte offsets into the network's memory. */
export interface SimdExports {
  weightedSums(W: number, b: number, x: number, z: number, wt: number, nIn: number, nOut: number, B: number): void;
  backpropSums(W: number, dn: number, g: number, nOut: number, nNext: number, B: number): void;
  batchGradients(delta: number, x: number, dW: number, db: number, nIn: number, nOut: number, B: number): void;
  tanhRange(z: number, a: number, n: number): void;
  sgd(w: number, g: number, isW: number, outW: number, n: number, lr: number, wd: number): number;
  momentum(
    w: number,
    g: number,
    isW: number,
    v: number,
    outW: number,
    outV: number,
    n: number,
    lr: number,
    wd: number,
    mu: number,
    nesterov: number,
  ): number;
  adam(
    w: number,
    g: number,
    isW: number,
    m: number,
    v: number,
    outW: number,
    outM: number,
    outV: number,
    n: number,
    lr: number,
    wd: number,
    beta1: number,
    beta2: number,
    epsilon: number,
    c1: number,
    c2: number,
  ): number;
}

/** The part of the WebAssembly API the engine uses (typed here: the engine compiles without DOM types). */
export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Memory: new (size: { initial: number; maximum: number }) => { readonly buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { readonly exports: object };
}

/** A compiled kernel module, ready to be instantiated on each network's memory. */
export interface SimdKernels {
  readonly module: object;
  readonly api: WasmApi;
}

const EXPORTS: readonly (keyof SimdExports)[] = [
  'weightedSums',
  'backpropSums',
  'batchGradients',
  'tanhRange',
  'sgd',
  'momentum',
  'adam',
];

/** Compiles the kernel module, or returns null where it cannot run (see above). */
export function loadSimdKernels(bytes: Uint8Array | null | undefined): SimdKernels | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api || !bytes || bytes.length === 0) return null;
  try {
    if (!api.validate(bytes)) return null;
    const module = new api.Module(bytes);
    // One trial instance proves the module links and exports what the engine calls.
    const memory = new api.Memory({ initial: 1, maximum: 1 });
    const exports = new api.Instance(module, { env: { memory } }).exports as Partial<SimdExports>;
    return EXPORTS.every((name) => typeof exports[name] === 'function') ? { module, api } : null;
  } catch {
    return null;
  }
}

/**
 * The narrowest widest layer at which the SIMD path pays: measured (`npm run bench`) at
 * 1.2–1.6× on 8-unit layers (ReLU, sigmoid, tanh) and even at 4–6 units, where the calls into
 * WebAssembly cost what the loops save.
 */
export const SIMD_MIN_UNITS = 8;

/** The kernels a network of this spec should run on: the SIMD ones when it has a layer wide enough to gain. */
export function simdFor(
  spec: { readonly layers: readonly { readonly units: number }[] },
  simd: SimdKernels | null,
): SimdKernels | null {
  return simd && spec.layers.some((l) => l.units >= SIMD_MIN_UNITS) ? simd : null;
}
