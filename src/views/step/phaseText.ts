/** Words and formulas for each phase of the step, in the seed notation (O_{l j}, x_i). */
import type { OptimizerName, Phase } from '../../engine';
import { layerPhaseName } from '../kit/names';
import { PLAIN, shapePhaseText, type NetShape } from './shapePhaseText';

/** The update each optimiser applies, as shown in the update phase (see src/engine/optimizers.ts). */
export const UPDATE_RULES: Readonly<Record<OptimizerName, { formula: string; words: string }>> = {
  sgd: {
    formula: 'w_{\\text{new}} = w_{\\text{old}} - \\eta\\, \\frac{\\partial L}{\\partial w_{\\text{old}}}',
    words: 'A negative slope raises the weight, a positive one lowers it; at a minimum (slope 0) it stays.',
  },
  momentum: {
    formula:
      'v \\leftarrow \\mu v + \\frac{\\partial L}{\\partial w}, \\quad w_{\\text{new}} = w_{\\text{old}} - \\eta\\, v',
    words: 'Momentum steps along a running sum of past gradients (μ = 0.9), so the change differs from −η·∂L/∂w.',
  },
  adam: {
    formula: 'w_{\\text{new}} = w_{\\text{old}} - \\eta\\, \\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon}',
    words:
      'Adam scales each step by running averages of the gradient (m̂) and its square (v̂): about η per weight at first.',
  },
};

export interface PhaseText {
  title: string;
  /** KaTeX. */
  formula: string;
  explanation: string;
}

const layerName = layerPhaseName;

export function phaseText(
  phase: Phase | null,
  layers: number,
  optimizer: OptimizerName = 'sgd',
  shape: NetShape = PLAIN,
): PhaseText {
  const shaped = phase && shapePhaseText(phase, layers, shape);
  if (shaped) return shaped;
  if (phase === null) {
    return {
      title: 'Ready',
      formula: '\\text{example } (x, y)',
      explanation: 'Press Next (or →) to send this example through the network, one phase at a time.',
    };
  }
  switch (phase.kind) {
    case 'forward-z':
      return {
        title: `Forward · ${layerName(phase.layer, layers)}: weighted sums`,
        formula: 'z_j = \\sum_i a_i\\, w_{ji} + b_j',
        explanation: 'Each neuron multiplies its inputs by its weights, adds them up and adds its bias.',
      };
    case 'forward-a':
      return {
        title: `Forward · ${layerName(phase.layer, layers)}: activations`,
        formula: 'a_j = f(z_j)',
        explanation:
          phase.layer === layers - 1
            ? 'The output neuron squashes its sum: this is the prediction ŷ.'
            : "Each neuron passes its sum through the activation function; these become the next layer's inputs.",
      };
    case 'loss':
      return {
        title: 'Loss: prediction against the actual value',
        formula: 'L(\\hat y, y), \\quad \\frac{\\partial L}{\\partial \\hat y}',
        explanation:
          'The loss measures how far the prediction ŷ is from the target y; its slope starts the backward pass.',
      };
    case 'backward-delta':
      return phase.layer === layers - 1
        ? {
            title: `Backward · ${layerName(phase.layer, layers)}: δ`,
            formula: "\\delta = \\frac{\\partial L}{\\partial \\hat y} \\cdot f'(z)",
            explanation: 'The error signal at the output: the loss slope times the slope of the activation.',
          }
        : {
            title: `Backward · ${layerName(phase.layer, layers)}: δ`,
            formula: "\\delta_j = f'(z_j) \\sum_k w_{kj}\\, \\delta_k",
            explanation:
              "Each neuron collects the error of the layer above through its outgoing weights, times its own slope f'(z).",
          };
    case 'backward-grad':
      return {
        title: `Backward · ${layerName(phase.layer, layers)}: gradients`,
        formula:
          '\\frac{\\partial L}{\\partial w_{ji}} = \\delta_j\\, a_i, \\qquad \\frac{\\partial L}{\\partial b_j} = \\delta_j',
        explanation: 'The gradient of a weight is the error at its neuron times the input it carries.',
      };
    case 'update':
      return {
        title: 'Update: every weight takes a step downhill',
        formula: UPDATE_RULES[optimizer].formula,
        explanation: UPDATE_RULES[optimizer].words,
      };
  }
}

/**
 * What a phase touches, for the graph's focus: the edges that carry the signal (`layers`,
 * by the layer they feed), the neurons involved (`nodes`; −1 = the inputs), and which value
 * to write on them.
 */
export function phaseFocus(
  phase: Phase | null,
  layers: number,
):
  | {
      layers: number[];
      nodes?: number[];
      direction: 'forward' | 'backward';
      values?: 'z' | 'a' | 'delta';
    }
  | undefined {
  if (phase === null) return undefined;
  const last = layers - 1;
  switch (phase.kind) {
    case 'forward-z':
      return { layers: [phase.layer], nodes: [phase.layer - 1, phase.layer], direction: 'forward', values: 'z' };
    case 'forward-a':
      return { layers: [phase.layer], nodes: [phase.layer], direction: 'forward' };
    case 'loss':
      // The prediction ŷ against y: the output's activation, no edges.
      return { layers: [], nodes: [last], direction: 'forward', values: 'a' };
    case 'backward-delta':
      // A hidden layer's δ gathers the layer above's δ through that layer's weights.
      return phase.layer === last
        ? { layers: [], nodes: [last], direction: 'backward' }
        : { layers: [phase.layer + 1], nodes: [phase.layer, phase.layer + 1], direction: 'backward' };
    case 'backward-grad':
      // ∂L/∂w = δ (this layer) × a (the layer below): the edges between them.
      return { layers: [phase.layer], nodes: [phase.layer - 1, phase.layer], direction: 'backward' };
    case 'update':
      return { layers: Array.from({ length: layers }, (_, k) => k), direction: 'backward' };
  }
}
