/**
 * Lesson 7: the cures for vanishing gradients, each in compare mode against the network that
 * suffers: ReLU's slope of 1, an initialisation that keeps each layer's factor near 1 (He),
 * and skip connections, which add chain-rule paths around the σ′ factors.
 */
import type { TrainerConfig } from '../../worker/protocol';
import { DEEP_SIGMOID_SKIPS, DEEP_SIGMOID_VS_RELU } from '../presets';
import type { Lesson } from '../types';

const DEEP_SIGMOID = DEEP_SIGMOID_VS_RELU.config;

/** Ten ReLU layers of 8: small uniform weights shrink the signal at every layer, He's spread keeps it. */
const DEEP_RELU: TrainerConfig = {
  ...DEEP_SIGMOID,
  hidden: Array.from({ length: 10 }, () => ({ units: 8, activation: 'relu' as const })),
  init: { kind: 'uniform', scale: 1 },
};

export const THE_CURES: Lesson = {
  id: 'the-cures',
  title: '7. The cures',
  goal: 'See ReLU, a good initialisation and skip connections bring the first layers’ gradients back.',
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
      notes:
        'Point at the sigmoid’s slope curve peaking at 0.25, and describe ReLU’s: exactly 1 for every $z > 0$, 0 below. Take a vote, and watch for ‘a slope of 1 makes the signal grow’: it only stops shrinking, and units with $z \\le 0$ pass nothing back at all.',
    },
    {
      text: 'Open *Compare* mode: the right-hand network is the same one with ReLU, trained in lockstep on the same data.',
      highlight: [{ kind: 'control', control: 'compare' }],
      await: { kind: 'mode', is: 'compare' },
      notes:
        'Press *Compare* (or C). Left is the sigmoid network, right the same network with ReLU: same data, same first weights, the same mini-batches in lockstep — only the activation differs.',
    },
    {
      text: 'Press *Play* to step 500 and compare the first layers in the gradient chart.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'gradient-chart' },
      ],
      await: { kind: 'train', step: 500 },
      notes:
        'Point at the first bars of both sides in the gradient chart (one shared log scale): expect the ReLU network’s first layer two or more decades above the sigmoid’s. Then point at the loss chart — the ReLU side is learning the circle while the sigmoid side stays near guessing.',
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
      notes:
        'Both networks were just rebuilt: ten ReLU layers of 8, and only the starting weights differ. Ask for predictions first; expect the He side’s bars about two decades above the small uniform side’s at *every* layer, which answers ‘is ReLU alone enough?’ — no.',
    },
    {
      text: 'Press *Play* to step 300 and watch the two charts part.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'gradient-chart' },
      ],
      await: { kind: 'train', step: 300 },
      notes:
        'Watch the two sets of lines part over the steps; expect the He network’s loss to fall while the uniform one stays near guessing. Name the two cures so far together: activations whose slope is 1, and initialisations that keep every layer’s factor near 1.',
    },
    {
      text:
        'The third cure changes the network’s *shape*. Ten sigmoid layers of 8 again: on the left as they are, on the right with a *skip connection* around every layer after the first, drawn as arcs over the layers:\n\n' +
        '$$a_l = \\sigma(z_l) + a_{l-1}$$\n\n' +
        'Backwards, a skip hands $\\partial L/\\partial a$ on unchanged: each one adds chain-rule paths whose hop has the factor 1, with no $\\sigma^{\\prime}$ in it.',
      enter: { config: DEEP_SIGMOID_SKIPS.config, compare: DEEP_SIGMOID_SKIPS.compare },
      highlight: [{ kind: 'panel', panel: 'graph' }],
      question: {
        kind: 'choice',
        prompt: 'Both sides keep every sigmoid. Which one will learn the circle?',
        options: ['Left: without skips', 'Right: with skips', 'Neither: the σ′ factors are still there'],
        answer: { index: 1 },
        hint: 'The paths through the skips are products too. What are their factors?',
        why: 'The paths through the skips carry the error back to the first layer without ten factors of σ′ ≤ 0.25; the sum over paths is dominated by them, so the first layer gets orders of magnitude more gradient and the whole network learns.',
      },
      notes:
        'Point at the arcs on the right-hand graph: each is a skip, $a_l = \\sigma(z_l) + a_{l-1}$. The σ′ factors are all still there on the ordinary paths; the skips only add paths beside them. Expect ‘neither’ from students who read the lesson as ‘sigmoid is the problem’ — ask them to count the σ′ factors on a path that takes every skip.',
    },
    {
      text: 'Press *Play* to step 3000. The right side’s loss falls and its map draws the circle; in the gradient chart its first layer sits orders of magnitude above the left’s. Click a first-layer weight on the right: its chain rule lists the paths that take a skip, marked ⇒.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'gradient-chart' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'train', step: 3000 },
      notes:
        'While it trains, point at the gradient chart: the right side’s first bar five or six decades above the left’s. At the end, click a first-layer weight on the right and read the top paths in the inspector — the largest take the skips (⇒). Close with the three cures: slopes of 1, initialisations that keep the factor near 1, and paths around the factors.',
    },
  ],
};
