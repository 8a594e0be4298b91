/**
 * Lessons 6, 7 and 8: vanishing gradients in a deep sigmoid network (σ′ ≤ 0.25 per layer),
 * the cures (ReLU, then a good initialisation, each in compare mode), and exploding
 * gradients, the mirror image.
 */
import type { TrainerConfig } from '../../worker/protocol';
import { DEEP_SIGMOID_VS_RELU, EXPLODING } from '../presets';
import type { Lesson } from '../types';

const DEEP_SIGMOID = DEEP_SIGMOID_VS_RELU.config;

/** Ten ReLU layers of 8: small uniform weights shrink the signal at every layer, He's spread keeps it. */
const DEEP_RELU: TrainerConfig = {
  ...DEEP_SIGMOID,
  hidden: Array.from({ length: 10 }, () => ({ units: 8, activation: 'relu' as const })),
  init: { kind: 'uniform', scale: 1 },
};

export const VANISHING_GRADIENTS: Lesson = {
  id: 'vanishing-gradients',
  title: '6. Vanishing gradients',
  goal: 'Explain why the first layers of a deep sigmoid network hardly learn.',
  start: { config: DEEP_SIGMOID, mode: 'train' },
  steps: [
    {
      text:
        "Six hidden sigmoid layers of 8. Going backwards, each layer multiplies the error signal by its weights and by $\\sigma'(z)$ — and the sigmoid’s slope is never more than 0.25:\n\n" +
        "$$0 < \\sigma'(z) \\le 0.25$$\n\n" +
        "The activation curve shows $\\sigma'$ and its maximum.",
      highlight: [{ kind: 'panel', panel: 'activation-curve' }],
    },
    {
      text: 'The gradient chart shows, per layer, the mean size of the weights’ gradients $|\\partial L/\\partial W|$ on a log scale.',
      highlight: [{ kind: 'panel', panel: 'gradient-chart' }],
      question: {
        kind: 'layer',
        prompt: 'Before you look closely: which layer gets the smallest gradient?',
        answer: 'smallest-gradient',
        hint: 'The error signal starts at the output and passes through one sigmoid slope (≤ 0.25) per layer on its way back.',
        why: 'Every layer back multiplies the signal by at most 0.25·|w|: after k layers it is at most 0.25ᵏ of what the output had. The first layer is furthest from the loss.',
      },
    },
    {
      text: 'Press *Play* and let it train to step 500. The bars stay decades apart; the dashed line is the best case $0.25^k$ for $k$ layers back. The first layers’ edges look vanished on the graph.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'gradient-chart' },
      ],
      await: { kind: 'train', step: 500 },
    },
    {
      text: 'Pause, and look at one first-layer weight: $w$ = [[w 0 0 0]] with gradient [[grad 0 0 0]] on the probe example, and $\\eta$ = [[lr]].',
      enter: { selection: { kind: 'weight', layer: 0, to: 0, from: 0 } },
      highlight: [
        { kind: 'weight', layer: 0, to: 0, from: 0 },
        { kind: 'panel', panel: 'inspector' },
      ],
      question: {
        kind: 'number',
        prompt: 'What is w_new after one step? (five decimals)',
        value: { quantity: 'w-new', layer: 0, to: 0, from: 0 },
        tolerance: { absolute: 0.00001 },
        hint: 'w_new = w − η · ∂L/∂w. How big is η · ∂L/∂w here?',
        why: 'η · ∂L/∂w is so small that w_new ≈ w_old: the first layer barely changes, step after step. That is the vanishing-gradient problem.',
      },
    },
    {
      text: 'Switch the edge scale to *Log*: the first layers’ edges come back, because the log scale shows how many decades smaller they are instead of hiding them.',
      enter: { view: { edgeScale: 'log' } },
      highlight: [{ kind: 'panel', panel: 'graph' }],
    },
  ],
};

export const THE_CURES: Lesson = {
  id: 'the-cures',
  title: '7. The cures',
  goal: 'See ReLU and a good initialisation bring the first layers’ gradients back.',
  start: { config: DEEP_SIGMOID, mode: 'train' },
  steps: [
    {
      text: "The same deep sigmoid network. ReLU’s slope is exactly 1 wherever the neuron is active: $\\operatorname{ReLU}'(z) = [z > 0]$.",
      highlight: [{ kind: 'panel', panel: 'activation-curve' }],
      question: {
        kind: 'choice',
        prompt: 'With ReLU in every hidden layer instead, what happens to the first layer’s gradient?',
        options: ['It vanishes even more', 'It comes back: orders of magnitude larger', 'Nothing changes'],
        answer: { index: 1 },
        hint: 'What does a factor of 1 instead of at most 0.25, six times over, do to a product?',
        why: 'Active ReLU units pass the error back at full strength, so the product of slopes no longer shrinks by 0.25 per layer.',
      },
    },
    {
      text: 'Open *Compare* mode: the right-hand network is the same one with ReLU, trained in lockstep on the same data.',
      highlight: [{ kind: 'control', control: 'compare' }],
      await: { kind: 'mode', is: 'compare' },
    },
    {
      text: 'Press *Play* to step 500 and compare the first layers in the gradient chart.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'gradient-chart' },
      ],
      await: { kind: 'train', step: 500 },
    },
    {
      text: 'The second cure is the *initialisation*. Here are ten ReLU layers: on the left the weights start small and uniform (±0.5), on the right with He’s spread $\\sqrt{2/n_{in}}$, chosen so a ReLU layer keeps the size of the signal from layer to layer.',
      enter: { config: DEEP_RELU, compare: { field: 'init', value: 'he' } },
      highlight: [{ kind: 'panel', panel: 'gradient-chart' }],
      question: {
        kind: 'choice',
        prompt: 'Which side keeps its first layers’ gradients alive?',
        options: ['Small uniform (left)', 'He (right)'],
        answer: { index: 1 },
        hint: 'Small weights shrink the signal at every layer, forwards and backwards.',
        why: 'He chooses the spread so each ReLU layer keeps the size of the signal; small weights multiply it down at every one of ten layers — the left side’s gradients are about a hundred times smaller everywhere.',
      },
    },
    {
      text: 'Press *Play* to step 300 and watch the two charts part.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'gradient-chart' },
      ],
      await: { kind: 'train', step: 300 },
    },
  ],
};

export const EXPLODING_GRADIENTS: Lesson = {
  id: 'exploding-gradients',
  title: '8. Exploding gradients',
  goal: 'Recognise the mirror image: weights too large make the error signal grow backwards until it overflows.',
  start: { config: EXPLODING.config, mode: 'train' },
  steps: [
    {
      text: 'Six linear layers, with weights 1.5× larger than He’s initialisation. Now each layer back multiplies the error signal by *more* than 1. The app warns at once.',
      highlight: [{ kind: 'panel', panel: 'gradient-chart' }],
      question: {
        kind: 'layer',
        prompt: 'Which layer has the largest error signal |δ|?',
        answer: 'largest-delta',
        hint: 'δ starts at the output and is multiplied by a factor above 1 at every layer on its way back.',
        why: 'With factors above 1 the product grows with every layer back: the first layer, furthest from the loss, gets the largest δ. (Its weights’ gradients δ·a also depend on the activations, which grow the other way.)',
      },
    },
    {
      text: 'Press *Play*. Within a few steps the updates are so large that the loss overflows: the run stops and says so.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'train', step: 3 },
    },
    {
      text: 'Vanishing and exploding are the same product of per-layer factors: below 1 it vanishes, above 1 it explodes. The cures are the same too: activations whose slope is 1 and initialisations that keep each layer’s factor near 1.',
      highlight: [{ kind: 'panel', panel: 'graph' }],
    },
  ],
};
