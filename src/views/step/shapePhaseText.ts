/**
 * The phases whose words change with the network's shape: a softmax output with
 * cross-entropy (the activation, the loss and the output's δ), and skip connections (the
 * activation adds the layer's input; a δ below a skip collects what it passes back).
 */
import type { Phase } from '../../engine';
import { layerPhaseName } from '../kit/names';
import type { PhaseText } from './phaseText';

export interface NetShape {
  /** Softmax output with categorical cross-entropy. */
  softmax: boolean;
  /** Per engine layer: a skip connection adds its input to its output. */
  skips: readonly boolean[];
}

export const PLAIN: NetShape = { softmax: false, skips: [] };

/** The phase's words for this shape, or null when they are the plain network's. */
export function shapePhaseText(phase: Phase, layers: number, shape: NetShape): PhaseText | null {
  const last = layers - 1;
  const name = 'layer' in phase ? layerPhaseName(phase.layer, layers) : '';
  if (shape.softmax && phase.kind === 'forward-a' && phase.layer === last) {
    return {
      title: `Forward · ${name}: softmax`,
      formula: '\\hat y_m = \\frac{e^{z_m}}{\\sum_k e^{z_k}}',
      explanation:
        'The softmax turns the outputs’ weighted sums into probabilities, one per class, that add up to 1: the largest z gets the largest share.',
    };
  }
  if (shape.softmax && phase.kind === 'loss') {
    return {
      title: 'Loss: −ln of the probability of the true class',
      formula: 'L = -\\sum_m y_m \\ln \\hat y_m = -\\ln \\hat y_c',
      explanation:
        'Cross-entropy looks only at the probability the network gave the true class c: 0 when it is certain and right, large when it is confidently wrong. Its slope at the logits, ŷ − y, starts the backward pass.',
    };
  }
  if (shape.softmax && phase.kind === 'backward-delta' && phase.layer === last) {
    return {
      title: `Backward · ${name}: δ`,
      formula: '\\delta_m = \\frac{\\partial L}{\\partial z_m} = \\hat y_m - y_m',
      explanation:
        'Softmax and cross-entropy differentiated together: each output’s error is its probability minus its target, with no f′ factor to shrink it.',
    };
  }
  if (phase.kind === 'forward-a' && shape.skips[phase.layer]) {
    return {
      title: `Forward · ${name}: activations + skip connection`,
      formula: 'a_j = f(z_j) + a_j^{\\text{prev}}',
      explanation:
        'Each neuron adds the input of the same index, unchanged, to its activation: the skip connection carries the layer below past this one.',
    };
  }
  if (phase.kind === 'backward-delta' && phase.layer < last && shape.skips[phase.layer + 1]) {
    return {
      title: `Backward · ${name}: δ (with a skip connection above)`,
      formula:
        "\\delta_j = f'(z_j) \\Bigl(\\sum_k w_{kj}\\, \\delta_k + \\frac{\\partial L}{\\partial a_j^{\\text{next}}}\\Bigr)",
      explanation:
        'Each neuron collects the error of the layer above through its weights, plus what the skip connection hands back unchanged — a route with no f′ factor, which is why deep networks with skips keep their gradient.',
    };
  }
  return null;
}
