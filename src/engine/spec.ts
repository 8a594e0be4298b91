/**
 * What a network is built from: the spec, and its validation. A spec the engine accepts is
 * one the app's controls and link schema accept too: every range comes from LIMITS.
 */
import {
  ACTIVATION_NAMES,
  OUTPUT_ACTIVATION_NAMES,
  type ActivationName,
  type OutputActivationName,
} from './activations';
import { EngineInputError, requireFinite, requireInteger, requireOneOf } from './errors';
import { INIT_NAMES, type InitSpec } from './init';
import { LIMITS } from './limits';
import { LOSS_NAMES, type LossName } from './losses';

/** A hidden layer. */
export interface LayerSpec {
  units: number;
  activation: ActivationName;
  /**
   * An identity skip (residual) connection around this layer: a = f(z) + a_prev, which
   * needs as many units as the layer below (or inputs). Default false.
   */
  skip?: boolean;
}

/** A layer of a network spec: hidden layers as above; the output may also be a softmax. */
export interface NetworkLayerSpec {
  units: number;
  activation: OutputActivationName;
  skip?: boolean;
}

export interface NetworkSpec {
  /** Number of input features x_i. */
  inputSize: number;
  /** Hidden layers then the output layer (the last entry). */
  layers: NetworkLayerSpec[];
  loss: LossName;
  init?: InitSpec;
  /** Seed of the initial weights. */
  seed: number;
}

/** Checks a spec and returns a normalised copy; throws EngineInputError naming the field. */
export function validateSpec(spec: NetworkSpec): NetworkSpec {
  if (spec === null || typeof spec !== 'object') throw new EngineInputError('spec', 'an object', spec);
  const inputSize = requireInteger('inputSize', spec.inputSize, LIMITS.inputSize.min, LIMITS.inputSize.max);
  // The output layer comes on top of the hidden ones.
  const minLayers = LIMITS.hiddenLayers.min + 1;
  const maxLayers = LIMITS.hiddenLayers.max + 1;
  if (!Array.isArray(spec.layers) || spec.layers.length < minLayers || spec.layers.length > maxLayers) {
    throw new EngineInputError(
      'layers',
      `a list of ${minLayers} to ${maxLayers} layers (hidden, then the output)`,
      spec.layers,
    );
  }
  const last = spec.layers.length - 1;
  const layers = spec.layers.map((l, k) => ({
    units: requireInteger(`layers[${k}].units`, l?.units, LIMITS.units.min, LIMITS.units.max),
    activation: requireOneOf(
      `layers[${k}].activation`,
      l?.activation,
      k === last ? OUTPUT_ACTIVATION_NAMES : ACTIVATION_NAMES,
    ),
    ...(l?.skip === true ? { skip: true } : {}),
  }));
  layers.forEach((l, k) => {
    const below = k === 0 ? inputSize : layers[k - 1].units;
    if (l.skip === true && (k === last || l.units !== below)) {
      const why =
        k === last ? 'false on the output layer' : `false unless the layer has ${below} units, like its input`;
      throw new EngineInputError(`layers[${k}].skip`, why, true);
    }
  });
  const loss = requireOneOf('loss', spec.loss, LOSS_NAMES);
  checkOutput(loss, layers[last], `layers[${last}]`);
  const init = spec.init ?? { kind: 'xavier-uniform' };
  const kind = requireOneOf('init.kind', init.kind, INIT_NAMES);
  const scale = requireFinite('init.scale', init.scale ?? 1, LIMITS.initScale.min, LIMITS.initScale.max);
  const seed = requireFinite('seed', spec.seed, -(2 ** 53), 2 ** 53);
  return { inputSize, layers, loss, init: { kind, scale }, seed };
}

/** The output layer must fit the loss: BCE on a sigmoid, categorical CE on a softmax of ≥ 2 units. */
function checkOutput(loss: LossName, out: { units: number; activation: OutputActivationName }, field: string): void {
  if (loss === 'bce' && out.activation !== 'sigmoid') {
    throw new EngineInputError(`${field}.activation`, 'sigmoid when the loss is binary cross-entropy', out.activation);
  }
  if ((loss === 'cce') !== (out.activation === 'softmax')) {
    throw new EngineInputError(
      `${field}.activation`,
      'softmax exactly when the loss is categorical cross-entropy (cce)',
      `${out.activation} with ${loss}`,
    );
  }
  if (out.activation === 'softmax' && out.units < 2) {
    throw new EngineInputError(`${field}.units`, 'at least 2 classes for a softmax output', out.units);
  }
}
