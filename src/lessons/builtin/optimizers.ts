/**
 * Lesson 9: optimisers. Plain SGD, momentum and Adam on the same network and data, side by
 * side in compare mode, so the only difference is the update rule.
 */
import type { TrainerConfig } from '../../worker/protocol';
import type { Lesson } from '../types';

/** Two tanh layers of 6 on the spiral: hard enough that the update rule shows. */
const SPIRAL: TrainerConfig = {
  hidden: [
    { units: 8, activation: 'tanh' },
    { units: 8, activation: 'tanh' },
  ],
  output: 'tanh',
  loss: 'mse',
  init: { kind: 'xavier-uniform', scale: 1 },
  optimizer: { kind: 'sgd', learningRate: 0.01 },
  batchSize: 10,
  dataset: { kind: 'spiral', count: 500, noise: 0, testFraction: 0.2 },
  seed: 3,
};

export const OPTIMIZERS: Lesson = {
  id: 'optimizers',
  title: '9. Optimisers',
  goal: 'Compare plain gradient descent with momentum and Adam on the same problem.',
  start: { config: SPIRAL, compare: { field: 'optimizer', value: 'momentum' } },
  steps: [
    {
      text:
        'Plain SGD steps by $-\\eta\\,\\partial L/\\partial w$ every time. *Momentum* keeps a running sum of past gradients and steps along it:\n\n' +
        '$$v \\leftarrow \\mu v + \\frac{\\partial L}{\\partial w}, \\qquad w_{\\text{new}} = w - \\eta\\,v \\qquad (\\mu = 0.9)$$\n\n' +
        'Left: SGD. Right: momentum. Same network, data and first weights.',
      highlight: [{ kind: 'panel', panel: 'loss' }],
      question: {
        kind: 'choice',
        prompt:
          'On a long, gentle slope the gradient points the same way step after step. What does momentum do there?',
        options: ['It speeds the steps up', 'It slows them down', 'Nothing: it only matters at a minimum'],
        answer: { index: 0 },
        hint: 'If the same gradient is added to v again and again, how large does v get?',
        why: 'Gradients that agree add up in v (up to 1/(1 − μ) = 10 times one gradient), so the steps grow; gradients that flip sign cancel out.',
      },
      notes:
        'Left is plain SGD, right momentum with μ = 0.9, both at η = [[lr]]. Picture a ball rolling down a long, gentle ramp; watch for ‘momentum is just a bigger learning rate’ — it is bigger only while successive gradients agree, and they cancel where they flip.',
    },
    {
      text: 'Press *Play* and train to step 2,000. Compare the two loss curves.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'train', step: 2000 },
      notes:
        'Expect SGD’s curve to fall only slowly at η = [[lr]], while momentum’s ends lower, though not smoothly — it can swing up for a while after overshooting a bend. Ask whether SGD is broken: no, just slow on a problem as hard as the spiral.',
    },
    {
      text:
        '*Adam* keeps running averages of each weight’s gradient and of its square, and divides one by the root of the other:\n\n' +
        '$$w_{\\text{new}} = w - \\eta\\,\\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon}$$\n\n' +
        'Now the right-hand network uses Adam.',
      enter: { config: SPIRAL, compare: { field: 'optimizer', value: 'adam' } },
      highlight: [{ kind: 'panel', panel: 'loss' }],
      question: {
        kind: 'choice',
        prompt: 'Dividing by the size of recent gradients: which weights gain the most from Adam?',
        options: ['Weights whose gradients are tiny', 'Weights whose gradients are huge', 'All weights equally'],
        answer: { index: 0 },
        hint: 'What is m̂ / √v̂ when every recent gradient is the same small number g?',
        why: 'm̂/√v̂ is about ±1 whatever the gradient’s size, so every weight steps by about η: weights with tiny gradients move far more than under SGD.',
      },
      notes:
        'Both networks were rebuilt from the same first weights; right is now Adam at the same η. Watch for ‘Adam gets bigger gradients’: the gradients are backprop’s, unchanged — Adam only rescales the step, so each weight moves by about η whatever the size of its gradient.',
    },
    {
      text: 'Press *Play* and train to step 2,000 again.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'train', step: 2000 },
      notes:
        'Expect Adam’s loss to drop below SGD’s early and stay there. Ask for the catch: every weight moves by about η, even those that should hardly move, so η still has to be chosen with care.',
    },
    {
      text: 'The update rule changes how fast a network learns, not what the gradient is: every optimiser starts from the same backpropagated $\\partial L/\\partial w$.',
      highlight: [{ kind: 'panel', panel: 'graph' }],
      notes:
        'Ask what all three optimisers share: the same backpropagated $\\partial L/\\partial w$ for the same weights. If someone asks whether Adam cures vanishing gradients: it lets weights with tiny gradients move, but the gradient itself is just as vanished — lesson 7’s cures act on the gradient.',
    },
  ],
};
