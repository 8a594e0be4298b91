/**
 * Lessons 6 and 8: vanishing gradients in a deep sigmoid network (σ′ ≤ 0.25 per layer), and
 * exploding gradients, the mirror image. Lesson 7, the cures, is in cures.ts.
 */
import { DEEP_SIGMOID_VS_RELU, EXPLODING } from '../presets';
import type { Lesson } from '../types';

const DEEP_SIGMOID = DEEP_SIGMOID_VS_RELU.config;

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
      notes:
        'Point at the lower curve of the activation chart and its labelled peak of 0.25 at $z = 0$. Ask what six such factors multiply to — at most $0.25^6$, about 1/4000, before the weights come in — and watch for ‘the gradient becomes zero’: it becomes tiny, which is worse, because training looks alive while the first layers crawl.',
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
      notes:
        'Take a vote before anyone clicks. Students who pick the output layer are thinking forwards; remind them the error starts at the loss and travels back. After the reveal, read out the chart’s sentence on how many times smaller the first layer’s gradient is than the last’s.',
    },
    {
      text: 'Press *Play* and let it train to step 500. The bars stay decades apart; the dashed line is the best case $0.25^k$ for $k$ layers back. The first layers’ edges look vanished on the graph.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'gradient-chart' },
      ],
      await: { kind: 'train', step: 500 },
      notes:
        'Point at the dashed $0.25^k$ line with the bars beneath it, and at the hair-thin edges on the left of the graph. Ask whether more training will fix it: it does not — the loss stays flat near the level of always answering 0.5, because the first layers barely learn.',
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
      notes:
        'Press Space to pause so the numbers hold still. Expect $w_{\\text{new}}$ = [[w-new 0 0 0]], indistinguishable from $w$ = [[w 0 0 0]]: with $\\eta$ = [[lr]], the change $\\eta\\,\\partial L/\\partial w$ is a few millionths at most. Stress that the gradient is not zero, just too small to matter — step after step.',
    },
    {
      text: 'Switch the edge scale to *Log*: the first layers’ edges come back, because the log scale shows how many decades smaller they are instead of hiding them.',
      enter: { view: { edgeScale: 'log' } },
      highlight: [{ kind: 'panel', panel: 'graph' }],
      notes:
        'The lesson has already set the graph legend’s Scale to *Log*; switch it to Linear and back, so the room sees that only the drawing changes, not the network. On Log a width counts decades below the largest edge, so the first layers’ edges are thin but visible.',
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
      notes:
        'Read the warning aloud: |δ| grows many times over from the output back to the first layer, and the probe example’s loss is already [[loss]] before a single step. Warn the room that the gradient chart shows |∂L/∂W|, not |δ|: its bars stay within about a decade of each other because the activations grow the other way, so the answer comes from reasoning, not from the tallest bar.',
    },
    {
      text: 'Press *Play*. Within a few steps the updates are so large that the loss overflows: the run stops and says so.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'train', step: 3 },
      notes:
        'Expect the run to stop within a few steps, with a card saying what overflowed and the likely cause. Before anyone presses one of its buttons, ask whether lowering η treats the cause or the symptom: the weights were too large from the start.',
    },
    {
      text: 'Vanishing and exploding are the same product of per-layer factors: below 1 it vanishes, above 1 it explodes. The cures are the same too: activations whose slope is 1 and initialisations that keep each layer’s factor near 1.',
      highlight: [{ kind: 'panel', panel: 'graph' }],
      notes:
        'Draw the product on the board: a per-layer factor below 1 vanishes, above 1 explodes, and a deep network trains only near 1. Ask which cure applies here — the activations are already linear, slope 1, so it is the initialisation: a spread that keeps each layer’s factor near 1, such as Xavier’s for linear layers, not He × 1.5.',
    },
  ],
};
