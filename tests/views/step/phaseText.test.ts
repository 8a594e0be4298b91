/** Every phase the engine produces has a title, formula and explanation, and a focus for the graph. */
import { describe, expect, it } from 'vitest';
import { createNetwork, phasesOf, type Phase } from '../../../src/engine';
import { layerPhaseName } from '../../../src/views/kit/names';
import { phaseFocus, phaseText } from '../../../src/views/step/phaseText';

const LAYERS = 3;

describe('phaseText', () => {
  it('before the first phase says Ready and how to start', () => {
    const t = phaseText(null, LAYERS);
    expect(t.title).toBe('Ready');
    expect(t.explanation).toMatch(/Press Next \(or →\)/);
  });

  it('names layers in the seed notation: hidden layers from 1, then the output layer', () => {
    expect(layerPhaseName(0, 3)).toBe('hidden layer 1');
    expect(layerPhaseName(1, 3)).toBe('hidden layer 2');
    expect(layerPhaseName(2, 3)).toBe('output layer (layer 3)');
    expect(layerPhaseName(0, 1)).toBe('output layer (layer 1)');
  });

  it.each<[Phase, string, string | RegExp]>([
    [{ kind: 'forward-z', layer: 0 }, 'Forward · hidden layer 1: weighted sums', 'z_j = \\sum_i a_i\\, w_{ji} + b_j'],
    [{ kind: 'forward-z', layer: 2 }, 'Forward · output layer (layer 3): weighted sums', /z_j/],
    [{ kind: 'forward-a', layer: 1 }, 'Forward · hidden layer 2: activations', 'a_j = f(z_j)'],
    [{ kind: 'forward-a', layer: 2 }, 'Forward · output layer (layer 3): activations', 'a_j = f(z_j)'],
    [{ kind: 'loss' }, 'Loss: prediction against the actual value', /L\(\\hat y, y\)/],
    [
      { kind: 'backward-delta', layer: 2 },
      'Backward · output layer (layer 3): δ',
      /\\frac\{\\partial L\}\{\\partial \\hat y\} \\cdot f'\(z\)/,
    ],
    [{ kind: 'backward-delta', layer: 0 }, 'Backward · hidden layer 1: δ', /\\sum_k w_\{kj\}\\, \\delta_k/],
    [{ kind: 'backward-grad', layer: 1 }, 'Backward · hidden layer 2: gradients', /= \\delta_j\\, a_i/],
    [
      { kind: 'update' },
      'Update: every weight takes a step downhill',
      /w_\{\\text\{new\}\} = w_\{\\text\{old\}\} - \\eta/,
    ],
  ])('%o reads "%s"', (phase, title, formula) => {
    const t = phaseText(phase, LAYERS);
    expect(t.title).toBe(title);
    if (typeof formula === 'string') expect(t.formula).toBe(formula);
    else expect(t.formula).toMatch(formula);
    expect(t.explanation.length).toBeGreaterThan(30);
  });

  it('explains the output activation as the prediction ŷ, a hidden one as the next inputs', () => {
    expect(phaseText({ kind: 'forward-a', layer: 2 }, LAYERS).explanation).toContain('prediction ŷ');
    expect(phaseText({ kind: 'forward-a', layer: 0 }, LAYERS).explanation).toContain("next layer's inputs");
  });

  it('has distinct words for every phase of a real network', () => {
    const net = createNetwork({
      inputSize: 1,
      layers: [
        { units: 1, activation: 'sigmoid' },
        { units: 2, activation: 'sigmoid' },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'mse',
      seed: 1,
    });
    const phases = phasesOf(net);
    expect(phases).toHaveLength(14);
    const titles = phases.map((p) => phaseText(p, net.layers.length).title);
    expect(new Set(titles).size).toBe(14);
    for (const t of titles) expect(t).not.toMatch(/undefined|NaN/);
  });
});

describe('phaseFocus', () => {
  it('nothing to focus before the first phase', () => {
    expect(phaseFocus(null, LAYERS)).toBeUndefined();
  });

  it.each<[Phase, ReturnType<typeof phaseFocus>]>([
    // The weighted sum reads the layer below through this layer's weights.
    [
      { kind: 'forward-z', layer: 1 },
      { layers: [1], nodes: [0, 1], direction: 'forward', values: 'z' },
    ],
    [
      { kind: 'forward-a', layer: 1 },
      { layers: [1], nodes: [1], direction: 'forward' },
    ],
    // The loss compares the output's activation ŷ with y.
    [{ kind: 'loss' }, { layers: [], nodes: [2], direction: 'forward', values: 'a' }],
    [
      { kind: 'backward-delta', layer: 2 },
      { layers: [], nodes: [2], direction: 'backward' },
    ],
    // A hidden δ flows back over the weights of the layer above, not its own.
    [
      { kind: 'backward-delta', layer: 1 },
      { layers: [2], nodes: [1, 2], direction: 'backward' },
    ],
    [
      { kind: 'backward-grad', layer: 0 },
      { layers: [0], nodes: [-1, 0], direction: 'backward' },
    ],
    [{ kind: 'update' }, { layers: [0, 1, 2], direction: 'backward' }],
  ])('%o focuses %o', (phase, focus) => {
    expect(phaseFocus(phase, LAYERS)).toEqual(focus);
  });
});
