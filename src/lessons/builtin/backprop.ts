/**
 * Lessons 4 and 5: backpropagation on the four-neuron network (δ layer by layer backwards,
 * ∂L/∂w = δ·a), and the chain rule as a sum over paths for the first weight (two paths,
 * through O21 and O22, whose sum is backprop's value).
 */
import { FOUR_NEURON } from '../presets';
import type { Lesson } from '../types';

const O31 = { kind: 'neuron', layer: 2, unit: 0 } as const;
const O21 = { kind: 'neuron', layer: 1, unit: 0 } as const;
const O11 = { kind: 'neuron', layer: 0, unit: 0 } as const;
const FIRST = { layer: 0, to: 0, from: 0 } as const;

export const BACKPROPAGATION: Lesson = {
  id: 'backpropagation',
  title: '4. Backpropagation',
  goal: 'Compute the error signal δ of each neuron from the output back, and each weight’s gradient δ·a.',
  start: { config: FOUR_NEURON.config, mode: 'step', phase: 7, selection: O31 },
  steps: [
    {
      text:
        'The forward pass is done: $\\hat y$ = [[yhat]], $y$ = [[y]], $L$ = [[loss]]. The backward pass asks of every neuron: how much would the loss change ' +
        'if its weighted sum $z$ changed a little? That is its *error signal* $\\delta = \\partial L / \\partial z$. At the output, by the chain rule:\n\n' +
        "$$\\delta_{31} = \\frac{\\partial L}{\\partial \\hat y}\\cdot\\sigma'(z_{31}) = (\\hat y - y)\\,\\hat y\\,(1 - \\hat y)$$",
      highlight: [O31, { kind: 'panel', panel: 'inspector' }],
      question: {
        kind: 'number',
        prompt: 'What is δ for the output O₃₁? (three significant digits)',
        value: { quantity: 'delta', layer: 2, unit: 0 },
        tolerance: { relative: 0.02, absolute: 0.0005 },
        hint: 'Multiply (ŷ − y) by σ′(z) = ŷ(1 − ŷ).',
        why: 'δ is the loss’s slope at ŷ, times how much ŷ moves when z moves: the two local derivatives on the way in.',
      },
      await: { kind: 'phase', atLeast: 8 },
      notes:
        "Recap the forward pass first: $\\hat y$ = [[yhat]] against $y$ = [[y]]. Ask for the sign of δ before its size — it is the sign of $\\hat y - y$, since $\\sigma' > 0$ — then expect [[delta 2 0]]; watch for students who leave out the $\\sigma'$ factor.",
    },
    {
      text:
        'A weight’s gradient is the δ of the neuron it feeds times the activation it carries: $\\partial L / \\partial w = \\delta \\cdot a$. ' +
        'The weight from $O_{21}$ into $O_{31}$ carries $a_{21}$ = [[a 1 0]], and $\\delta_{31}$ = [[delta 2 0]].',
      enter: { selection: { kind: 'weight', layer: 2, to: 0, from: 0 } },
      highlight: [{ kind: 'weight', layer: 2, to: 0, from: 0 }],
      question: {
        kind: 'number',
        prompt: 'What is ∂L/∂w for that weight? (three significant digits)',
        value: { quantity: 'grad', layer: 2, to: 0, from: 0 },
        tolerance: { relative: 0.02, absolute: 0.0002 },
        hint: 'z₃₁ grows by a₂₁ for each unit of w, so ∂L/∂w = δ₃₁ · a₂₁.',
        why: 'The weight affects the loss only through z of the neuron it feeds, and z grows by exactly the input a it multiplies.',
      },
      await: { kind: 'phase', atLeast: 9 },
      notes:
        'The weight is selected for you; expect [[grad 2 0 0]], which is $\\delta_{31}$ = [[delta 2 0]] times $a_{21}$ = [[a 1 0]]. Stress that $a$ is the activation coming *into* the weight, not the output of the neuron it feeds — the most frequent slip at this step.',
    },
    {
      text:
        'One layer back. $O_{21}$ sends its output only to $O_{31}$, through the weight [[w 2 0 0]]. Its δ is what arrives back along that weight, times its own slope:\n\n' +
        "$$\\delta_{21} = \\sigma'(z_{21})\\; w_{21\\to 31}\\,\\delta_{31}$$",
      enter: { selection: O21 },
      highlight: [O21],
      question: {
        kind: 'number',
        prompt: 'What is δ for O₂₁? (three significant digits)',
        value: { quantity: 'delta', layer: 1, unit: 0 },
        tolerance: { relative: 0.02, absolute: 0.00005 },
        hint: 'σ′(z₂₁) = a₂₁(1 − a₂₁) with a₂₁ = [[a 1 0]]; multiply it by the weight and by δ₃₁.',
        why: 'The error flows backwards along the same weights the signal flowed forwards, and each neuron scales it by its own slope σ′(z).',
      },
      await: { kind: 'phase', atLeast: 10 },
      notes:
        "Point along the edge from $O_{31}$ back to $O_{21}$: the error travels backwards through the same weight, [[w 2 0 0]]. Expect [[delta 1 0]] = [[df 1 0]] × [[w 2 0 0]] × [[delta 2 0]], so a negative weight flips the sign; ask why it is smaller than $\\delta_{31}$ (each layer back multiplies by $\\sigma' \\le 0.25$ and a weight).",
    },
    {
      text:
        '$O_{11}$ feeds *two* neurons, so its δ collects from both:\n\n' +
        "$$\\delta_{11} = \\sigma'(z_{11})\\,\\bigl(w_{11\\to 21}\\,\\delta_{21} + w_{11\\to 22}\\,\\delta_{22}\\bigr)$$\n\n" +
        'Press *Next* until the backward pass reaches hidden layer 1 (phase 12).',
      enter: { selection: O11 },
      highlight: [O11, { kind: 'control', control: 'next' }],
      await: { kind: 'phase', atLeast: 12 },
      notes:
        "Point at the two edges leaving $O_{11}$: two error signals come back, each times its weight, and are *added* before the $\\sigma'$ factor — lesson 5’s sum over paths in disguise. Expect $\\delta_{11}$ = [[delta 0 0]]; here the two products $w\\,\\delta$ have opposite signs and partly cancel, which is why it is so small.",
    },
    {
      text:
        'Every gradient is known now. The last phase applies the update to every weight and bias at once: $w_{\\text{new}} = w - \\eta\\,\\partial L/\\partial w$. ' +
        'Press *Next* to the end and read the table: old, gradient, change, new.',
      highlight: [
        { kind: 'panel', panel: 'step-bar' },
        { kind: 'control', control: 'next' },
      ],
      await: { kind: 'phase', atLeast: 14 },
      notes:
        'Point at the update table: old, gradient, change and new for every weight and bias, all changed at once. Watch for the belief that weights change during the backward pass — nothing moves until every gradient is known — and let the room find the first weight, which barely moves: [[w 0 0 0]] → [[w-new 0 0 0]].',
    },
    {
      text:
        "That is backpropagation: one forward pass, then δ layer by layer from the output back (each layer’s δ from the next one’s, through the weights, times $f'(z)$), " +
        'and every gradient as δ times the input it multiplies.',
      highlight: [{ kind: 'panel', panel: 'graph' }],
      notes:
        "Recap on the graph from right to left: δ at the output, passed back through the weights and multiplied by $\\sigma'$ at each neuron, then every gradient as δ × the activation coming in. Ask why backwards: each layer’s δ reuses the next layer’s, so one sweep gives every gradient.",
    },
  ],
};

export const CHAIN_RULE_PATHS: Lesson = {
  id: 'chain-rule-paths',
  title: '5. The chain rule as a sum over paths',
  goal: 'Write a weight’s gradient as the sum, over every path to the loss, of the product of local derivatives.',
  start: { config: FOUR_NEURON.config, mode: 'step', phase: 0, selection: { kind: 'weight', ...FIRST } },
  steps: [
    {
      text:
        'The weight $w$ from $x_1$ into $O_{11}$ changes the loss along two routes: through $O_{21}$ and through $O_{22}$. ' +
        'The chain rule adds one product of local derivatives per route:\n\n' +
        '$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial O_{31}}\\frac{\\partial O_{31}}{\\partial O_{21}}\\frac{\\partial O_{21}}{\\partial O_{11}}\\frac{\\partial O_{11}}{\\partial w} + \\frac{\\partial L}{\\partial O_{31}}\\frac{\\partial O_{31}}{\\partial O_{22}}\\frac{\\partial O_{22}}{\\partial O_{11}}\\frac{\\partial O_{11}}{\\partial w}$$\n\n' +
        'The inspector lists both paths with each factor’s number.',
      highlight: [
        { kind: 'weight', ...FIRST },
        { kind: 'panel', panel: 'inspector' },
      ],
      notes:
        'Trace both routes from the first weight with the pointer — through $O_{21}$ and through $O_{22}$ — and match each to its row of factors in the inspector. Watch for students who multiply the two paths together: the effects of separate routes *add*.',
    },
    {
      text: 'Look at the two rows of factors in the inspector — but do not add them up yet.',
      highlight: [{ kind: 'panel', panel: 'inspector' }],
      question: {
        kind: 'choice',
        prompt: 'Which path contributes more to ∂L/∂w?',
        options: ['The path through O₂₁', 'The path through O₂₂'],
        answer: { largestPathVia: { layer: 1, units: [0, 1] } },
        hint: 'The factors ∂L/∂O₃₁ and ∂O₁₁/∂w are shared; compare the two middle factors of each path.',
        why: 'Both paths share their first and last factors; the one whose hops (slope × weight) are larger in size carries more of the gradient.',
      },
      notes:
        'Take a vote before revealing. The first and last factors are shared, so only the two middle ones of each row matter; and since the two products have opposite signs here, ‘contributes more’ means larger in size, not the larger signed number.',
    },
    {
      text:
        'The two products add up to the gradient: [[grad 0 0 0]]. Backpropagation gets the same number without listing paths — layer by layer. ' +
        'Press *Next* until the backward pass reaches this weight (phase 13) and compare.',
      highlight: [
        { kind: 'control', control: 'next' },
        { kind: 'panel', panel: 'inspector' },
      ],
      await: { kind: 'phase', atLeast: 13 },
      notes:
        'Expect [[grad 0 0 0]] — smaller than either path, because they partly cancel. Step through the thirteen phases with the clicker so the room sees δ travel back, then point at the inspector: backprop’s value at phase 13 equals the path sum.',
    },
    {
      text:
        'Same number. With more layers and neurons the paths multiply — a 6×8 network has millions — and backprop’s layer-by-layer sums stay cheap. ' +
        'But every path is still a product of factors, and if each factor is small, every path is tiny: that is the next lesson.',
      highlight: [{ kind: 'panel', panel: 'graph' }],
      notes:
        "If the room asks how many: one first-layer weight of the 6×8 network has $8^5$ = 32,768 paths (one neuron in each of the five later hidden layers), yet backprop needs a single sweep. Then point at the factors: many are $\\sigma' \\le 0.25$, and a product of many small factors is tiny — lesson 6.",
    },
  ],
};
