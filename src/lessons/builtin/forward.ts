/**
 * Lessons 1 and 2: one neuron forward, then the whole forward pass to the loss, on the
 * four-neuron network x → O11 → {O21, O22} → O31 (all sigmoid). Every number shown or
 * checked is the engine's ([[…]] placeholders and value questions), never typed here.
 */
import { FOUR_NEURON } from '../presets';
import type { Lesson } from '../types';

const O11 = { kind: 'neuron', layer: 0, unit: 0 } as const;

export const ONE_NEURON_FORWARD: Lesson = {
  id: 'one-neuron-forward',
  title: '1. One neuron forward',
  goal: 'Compute what one neuron outputs: its weighted sum z, then its activation a.',
  start: { config: FOUR_NEURON.config, mode: 'step', phase: 0, selection: O11 },
  steps: [
    {
      text:
        'A neuron multiplies each input by a *weight*, adds them up, adds its *bias*, and passes the sum through an *activation function*:\n\n' +
        '$$z = \\sum_i x_i\\,w_i + b, \\qquad a = f(z)$$\n\n' +
        'This is the four-neuron network: the input $x_1$ feeds $O_{11}$, which feeds $O_{21}$ and $O_{22}$, which feed the output $O_{31}$. ' +
        'Every neuron here uses the sigmoid $\\sigma(z) = \\frac{1}{1 + e^{-z}}$.',
      highlight: [{ kind: 'panel', panel: 'graph' }, O11],
      notes:
        'Trace the signal with the pointer: $x_1$ on the left, then $O_{11}$, then $O_{21}$ and $O_{22}$, then the output $O_{31}$; the small ▼ above each neuron is its bias. Stress the order — add everything up first, then apply the activation once, to the sum: some students apply $f$ to each input separately.',
    },
    {
      text:
        '$O_{11}$ has one input, $x_1$ = [[x 0]], one weight $w$ = [[w 0 0 0]] and a bias $b$ = [[b 0 0]]. ' +
        'Before the network does it: work out its weighted sum.',
      highlight: [O11, { kind: 'panel', panel: 'inspector' }],
      question: {
        kind: 'number',
        prompt: 'What is z for O₁₁? (two decimals are enough)',
        value: { quantity: 'z', layer: 0, unit: 0 },
        tolerance: { absolute: 0.01 },
        hint: 'z = w · x₁ + b: multiply the weight by the input, then add the bias.',
        why: 'With a single input the sum has one term: z = w · x₁ + b.',
      },
      notes:
        'Have everyone write $z$ on paper before anyone types; expect [[z 0 0]]. The bias is [[b 0 0]] because every bias starts at 0, so $z$ is just $w \\cdot x_1$ here — ask what a bias is for (it shifts where the neuron switches on, and is learnt like a weight).',
    },
    {
      text:
        'Now let the network do it: press *Next* (or →). The first phase computes the weighted sums of hidden layer 1 — here only $O_{11}$ — ' +
        'and the inspector shows the sum with its numbers.',
      highlight: [
        { kind: 'control', control: 'next' },
        { kind: 'panel', panel: 'step-bar' },
      ],
      await: { kind: 'phase', atLeast: 1 },
      notes:
        'Press *Next* (→, or the clicker) and point at the inspector: the sum appears with its numbers substituted, [[z 0 0]], the room’s answer. Say aloud that only $z$ exists so far: the sigmoid has not been applied yet.',
    },
    {
      text: 'Next, the activation squashes $z$ into $(0, 1)$: $a = \\sigma(z)$. Small $z$ gives $a$ near 0, large $z$ near 1, and $\\sigma(0) = 0.5$.',
      highlight: [O11, { kind: 'panel', panel: 'activation-curve' }],
      question: {
        kind: 'number',
        prompt: 'Predict a = σ(z) for O₁₁. (two decimals)',
        value: { quantity: 'a', layer: 0, unit: 0 },
        tolerance: { absolute: 0.01 },
        hint: 'σ(z) = 1 / (1 + e^(−z)). For z near 0, σ(z) ≈ 0.5 + z/4.',
        why: 'The sigmoid turns any weighted sum into a number between 0 and 1: a = 1 / (1 + e^(−z)).',
      },
      await: { kind: 'phase', atLeast: 2 },
      notes:
        'Ask for a show of hands before anyone calculates: will $a$ be above or below 0.5? (Above exactly when $z > 0$.) Expect [[a 0 0]]; then press *Next* and point at $O_{11}$’s dot on the activation curve, at $z$ = [[z 0 0]].',
    },
    {
      text:
        'That is all a neuron does. Its activation $a$ = [[a 0 0]] is what $O_{11}$ passes on: it is the input of $O_{21}$ and $O_{22}$.\n\n' +
        "Keep the slope of the sigmoid in mind, $\\sigma'(z) = \\sigma(z)\\,(1 - \\sigma(z))$ — here [[df 0 0]], never more than $0.25$. " +
        'It returns in the lessons on backpropagation and vanishing gradients.',
      highlight: [{ kind: 'panel', panel: 'activation-curve' }],
      notes:
        "Point at the lower curve, $\\sigma'$, where $O_{11}$’s dot sits at [[df 0 0]], and at its peak of 0.25 at $z = 0$. Plant the idea now: every gradient that passes back through this neuron will be multiplied by that number.",
    },
  ],
};

export const FORWARD_TO_LOSS: Lesson = {
  id: 'forward-to-loss',
  title: '2. Through the network to the loss',
  goal: 'Follow the signal layer by layer to the prediction ŷ, and measure how wrong it is.',
  start: { config: FOUR_NEURON.config, mode: 'step', phase: 2 },
  steps: [
    {
      text:
        '$O_{11}$ is done: $a_{11}$ = [[a 0 0]]. Hidden layer 2 does the same with it: each of $O_{21}$ and $O_{22}$ multiplies $a_{11}$ by its own weight and adds its own bias. ' +
        'Press *Next* twice: the weighted sums, then the activations.',
      highlight: [
        { kind: 'layer', layer: 1 },
        { kind: 'control', control: 'next' },
      ],
      await: { kind: 'phase', atLeast: 4 },
      notes:
        'Point at $O_{21}$ and $O_{22}$: both receive the same $a_{11}$ = [[a 0 0]], through different weights, [[w 1 0 0]] and [[w 1 1 0]] (both biases are still 0). After the two presses expect $a_{21}$ = [[a 1 0]] and $a_{22}$ = [[a 1 1]]; if the room expects them to be equal, point back at the weights.',
    },
    {
      text: 'The output $O_{31}$ has two inputs: $a_{21}$ = [[a 1 0]] with weight [[w 2 0 0]], and $a_{22}$ = [[a 1 1]] with weight [[w 2 0 1]]; its bias is [[b 2 0]].',
      highlight: [{ kind: 'neuron', layer: 2, unit: 0 }],
      question: {
        kind: 'number',
        prompt: 'What is z for O₃₁? (two decimals)',
        value: { quantity: 'z', layer: 2, unit: 0 },
        tolerance: { absolute: 0.01 },
        hint: 'Two products now: z = w₁·a₂₁ + w₂·a₂₂ + b.',
        why: 'A neuron sums every input times its weight, however many inputs it has, then adds its bias.',
      },
      await: { kind: 'phase', atLeast: 6 },
      notes:
        'Give the room a minute: two products and a bias; expect $z_{31}$ = [[z 2 0]]. The usual slip is to multiply the weights by $z_{21}$ and $z_{22}$ instead of the activations — the next layer only ever sees $a$ — and watch the signs of the weights.',
    },
    {
      text:
        "The output's activation is the network's *prediction*, $\\hat y$ = [[yhat]]. The *loss* measures how far it is from the target $y$ = [[y]]:\n\n" +
        '$$L = \\tfrac12\\,(\\hat y - y)^2$$',
      highlight: [
        { kind: 'neuron', layer: 2, unit: 0 },
        { kind: 'panel', panel: 'step-bar' },
      ],
      question: {
        kind: 'number',
        prompt: 'Predict the loss L for this example. (three decimals)',
        value: { quantity: 'loss' },
        tolerance: { absolute: 0.001, relative: 0.02 },
        hint: 'Subtract, square, halve: L = ½ (ŷ − y)².',
        why: 'Squaring makes every miss count as positive and large misses count much more; the ½ makes the slope simply ŷ − y.',
      },
      await: { kind: 'phase', atLeast: 7 },
      notes:
        'Ask first whether the prediction [[yhat]] is too high or too low for the target [[y]], then for $L$; expect [[loss]]. Watch for a forgotten ½ or square, and for reading a small loss as ‘the network has learnt’: it has not trained at all yet, this is its first guess.',
    },
    {
      text:
        'That is one *forward pass*: inputs → weighted sums → activations, layer by layer, to $\\hat y$ and the loss. ' +
        'Training is about making this loss smaller — the next lessons show how each weight learns which way to move.',
      highlight: [{ kind: 'panel', panel: 'graph' }],
      notes:
        'Recap by sweeping the pointer from $x_1$ to $O_{31}$: weighted sum, activation, layer by layer, then the loss. Ask which of these numbers training is allowed to change — only the weights and biases, never $x$ or $y$ — which is the next lesson’s question.',
    },
  ],
};
