/**
 * Activation functions. Each forward function sits next to its local derivative
 * (as in micrograd), plus the KaTeX source the views typeset and the maximum of f'
 * that the vanishing-gradient lens draws as a reference (0.25 for sigmoid).
 */
import { SOFTMAX } from './softmax';
import { tanh } from './tanh';

/** Activations of any layer, hidden or output. */
export const ACTIVATION_NAMES = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];
/** The output layer may also be a softmax over K ≥ 2 classes (with categorical cross-entropy). */
export const OUTPUT_ACTIVATION_NAMES = [...ACTIVATION_NAMES, 'softmax'] as const;
export type OutputActivationName = (typeof OUTPUT_ACTIVATION_NAMES)[number];

export interface Activation {
  readonly name: OutputActivationName;
  /** a = f(z) */
  readonly f: (z: number) => number;
  /** f'(z); `a = f(z)` is passed too because σ' and tanh' are cheapest from it. */
  readonly df: (z: number, a: number) => number;
  /** Largest value f' takes anywhere: the best case per layer for the backward signal. */
  readonly dfMax: number;
  /** KaTeX for f(z). */
  readonly tex: string;
  /** KaTeX for f'(z). */
  readonly dtex: string;
  /** Writes a[k] = f(z[k]) for k in [start, end). */
  readonly applyRange: (z: Float64Array, a: Float64Array, start: number, end: number) => void;
  /** Multiplies g[k] by f'(z[k]) for k in [start, end): turns ∂L/∂a into ∂L/∂z. */
  readonly scaleByDerivative: (z: Float64Array, a: Float64Array, g: Float64Array, start: number, end: number) => void;
}

/** Slope of leaky ReLU for z < 0. */
export const LEAKY_SLOPE = 0.01;

/**
 * A unit counts as saturated when |f'(z)| is below this share of the activation's
 * maximum slope: it passes back at most 1% of the best-case signal.
 */
export const SATURATION_SHARE = 0.01;

function sigmoid(z: number): number {
  // Two branches keep exp() from overflowing for large |z|.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** The two array loops of an activation (see Activation.applyRange/scaleByDerivative). */
type Loops = Pick<Activation, 'applyRange' | 'scaleByDerivative'>;

function make(
  name: OutputActivationName,
  f: (z: number) => number,
  df: (z: number, a: number) => number,
  dfMax: number,
  tex: string,
  dtex: string,
  loops: Loops,
): Activation {
  return { name, f, df, dfMax, tex, dtex, ...loops };
}

// The array loops are written out once per activation rather than generated from f and
// df by a shared closure: closures made at one site share V8's call feedback, so after a
// second activation the call to f in a shared loop is no longer inlined (a sigmoid net
// trained after a tanh one ran at about half speed). Each loop computes exactly f and df.
export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = {
  sigmoid: make(
    'sigmoid',
    sigmoid,
    (_z, a) => a * (1 - a),
    0.25,
    '\\sigma(z) = \\frac{1}{1 + e^{-z}}',
    "\\sigma'(z) = \\sigma(z)\\,(1 - \\sigma(z))",
    {
      applyRange(z, a, start, end) {
        for (let k = start; k < end; k++) a[k] = sigmoid(z[k]);
      },
      scaleByDerivative(_z, a, g, start, end) {
        for (let k = start; k < end; k++) g[k] *= a[k] * (1 - a[k]);
      },
    },
  ),
  tanh: make('tanh', tanh, (_z, a) => 1 - a * a, 1, '\\tanh(z)', "\\tanh'(z) = 1 - \\tanh^2(z)", {
    applyRange(z, a, start, end) {
      for (let k = start; k < end; k++) a[k] = tanh(z[k]);
    },
    scaleByDerivative(_z, a, g, start, end) {
      for (let k = start; k < end; k++) g[k] *= 1 - a[k] * a[k];
    },
  }),
  relu: make(
    'relu',
    (z) => (z > 0 ? z : 0),
    (z) => (z > 0 ? 1 : 0),
    1,
    '\\operatorname{ReLU}(z) = \\max(0, z)',
    "\\operatorname{ReLU}'(z) = [z > 0]",
    {
      applyRange(z, a, start, end) {
        for (let k = start; k < end; k++) a[k] = z[k] > 0 ? z[k] : 0;
      },
      scaleByDerivative(z, _a, g, start, end) {
        for (let k = start; k < end; k++) g[k] *= z[k] > 0 ? 1 : 0;
      },
    },
  ),
  'leaky-relu': make(
    'leaky-relu',
    (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    (z) => (z > 0 ? 1 : LEAKY_SLOPE),
    1,
    '\\operatorname{LReLU}(z) = \\max(0.01z, z)',
    "\\operatorname{LReLU}'(z) = 1 \\text{ or } 0.01",
    {
      applyRange(z, a, start, end) {
        for (let k = start; k < end; k++) a[k] = z[k] > 0 ? z[k] : LEAKY_SLOPE * z[k];
      },
      scaleByDerivative(z, _a, g, start, end) {
        for (let k = start; k < end; k++) g[k] *= z[k] > 0 ? 1 : LEAKY_SLOPE;
      },
    },
  ),
  linear: make(
    'linear',
    (z) => z,
    () => 1,
    1,
    'f(z) = z',
    "f'(z) = 1",
    {
      applyRange(z, a, start, end) {
        for (let k = start; k < end; k++) a[k] = z[k];
      },
      // f' = 1: g already is ∂L/∂z.
      scaleByDerivative() {},
    },
  ),
};

/** The activation of that name, the softmax output included. */
export function activationOf(name: OutputActivationName): Activation {
  return name === 'softmax' ? SOFTMAX : ACTIVATIONS[name];
}

/**
 * What f′(z) lets back through a unit on one example — one rule for the whole app (graph
 * rings, tooltips, the inspector's warning, the activation curve and the layer statistics):
 * - `ok`: |f′(z)| is at least SATURATION_SHARE of the activation's best slope (or not known yet);
 * - `saturated`: a sigmoid/tanh-like unit far out on its flat tails;
 * - `inactive`: a ReLU-like unit with z ≤ 0, whose slope is exactly its floor.
 */
export const UNIT_STATUSES = ['ok', 'saturated', 'inactive'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/**
 * True when |f′| is under SATURATION_SHARE of the activation's best slope. Never for a
 * softmax: it only comes with cross-entropy, whose error at the logits is ŷ − y, so its
 * slope never blocks the backward pass however sure the output is.
 */
export function passesAlmostNothing(act: Activation, df: number): boolean {
  return act.name !== 'softmax' && Math.abs(df) < SATURATION_SHARE * act.dfMax;
}

/** The status of a unit from its z, a = f(z) and f′(z); index into UNIT_STATUSES (0, 1, 2). */
export function unitStatusCode(act: Activation, df: number): 0 | 1 | 2 {
  if (Number.isNaN(df) || !passesAlmostNothing(act, df)) return 0;
  return act.name === 'relu' || act.name === 'leaky-relu' ? 2 : 1;
}
