/**
 * Every term the screen uses, with a one-line explanation: shown on hover and keyboard focus
 * where the term appears (views/kit/Term.tsx) and listed on the glossary page.
 */
export const GLOSSARY = {
  neuron: {
    term: 'Neuron',
    line: 'A unit that adds up its weighted inputs and its bias (z), then applies its activation function (a = f(z)).',
  },
  weight: {
    term: 'Weight (w)',
    line: 'The number an input is multiplied by on its way into a neuron; training adjusts it.',
  },
  bias: {
    term: 'Bias (b)',
    line: 'A number added to a neuron’s weighted sum, so it can be active even when its inputs are 0.',
  },
  'weighted-sum': {
    term: 'Weighted sum (z)',
    line: 'z = Σ xᵢwᵢ + b: a neuron’s inputs times their weights, added up, plus its bias.',
  },
  activation: {
    term: 'Activation (a)',
    line: 'a = f(z): what a neuron outputs after its activation function squashes or clips z.',
  },
  'activation-function': {
    term: 'Activation function (f)',
    line: 'The function a neuron applies to z: sigmoid, tanh, ReLU, leaky ReLU or linear.',
  },
  sigmoid: { term: 'Sigmoid (σ)', line: 'σ(z) = 1 / (1 + e^(−z)), between 0 and 1; its slope is at most 0.25.' },
  relu: {
    term: 'ReLU',
    line: 'max(0, z): passes positive sums unchanged (slope 1) and blocks negative ones (slope 0).',
  },
  prediction: {
    term: 'Prediction (ŷ)',
    line: 'The output layer’s activation: what the network says for this example.',
  },
  target: { term: 'Target (y)', line: 'The actual value or class the network should output for this example.' },
  loss: {
    term: 'Loss (L)',
    line: 'A number measuring how far predictions are from targets; training makes it smaller.',
  },
  'train-loss': {
    term: 'Training loss',
    line: 'The loss averaged over the training examples the network learns from.',
  },
  'test-loss': {
    term: 'Test loss',
    line: 'The loss on held-out examples the network never trains on: how well it generalises.',
  },
  accuracy: { term: 'Accuracy', line: 'The share of examples whose predicted class is the right one.' },
  gradient: {
    term: 'Gradient (∂L/∂w)',
    line: 'How much the loss changes when a weight changes a little: the slope the update follows downhill.',
  },
  delta: {
    term: 'Error signal (δ)',
    line: 'δ = ∂L/∂z: how much the loss changes with a neuron’s weighted sum; backpropagation passes it backwards.',
  },
  'local-slope': {
    term: 'Local slope f′(z)',
    line: 'The activation function’s slope at z: how much of the error signal a neuron lets back.',
  },
  saturated: {
    term: 'Saturated',
    line: 'A neuron whose f′(z) is under 1% of its maximum: almost no error passes back, so the weights into it barely learn.',
  },
  inactive: {
    term: 'Inactive (ReLU)',
    line: 'A ReLU neuron with z ≤ 0 for this example: slope 0, so no error passes back through it.',
  },
  backpropagation: {
    term: 'Backpropagation',
    line: 'Computing every gradient by the chain rule from the loss backwards, layer by layer.',
  },
  'chain-rule': {
    term: 'Chain rule',
    line: 'The derivative through a chain of functions is the product of the local derivatives; over several paths, their sum.',
  },
  'learning-rate': {
    term: 'Learning rate (η)',
    line: 'The size of each update: w_new = w − η·∂L/∂w. Too small crawls, too large overshoots.',
  },
  batch: { term: 'Mini-batch', line: 'The handful of examples whose gradients are averaged for one update step.' },
  'batch-size': { term: 'Batch size', line: 'How many examples go into one mini-batch.' },
  step: { term: 'Step', line: 'One update of every weight, from one mini-batch.' },
  epoch: { term: 'Epoch', line: 'One pass over every training example (several steps).' },
  'examples-per-second': {
    term: 'Examples/s',
    line: 'How many training examples the network learns from each second.',
  },
  simd: {
    term: 'SIMD',
    line: 'The network trains on WebAssembly SIMD code that does two multiplications per instruction: the same sums, several times faster on wide layers.',
  },
  'probe-example': {
    term: 'Probe example',
    line: 'The one example whose z, a and δ the graph and the inspector show while training runs.',
  },
  'forward-pass': {
    term: 'Forward pass',
    line: 'Inputs through weighted sums and activations, layer by layer, to the prediction and the loss.',
  },
  'backward-pass': {
    term: 'Backward pass',
    line: 'Error signals and gradients from the loss back to the first layer.',
  },
  phase: {
    term: 'Phase',
    line: 'One stage of a training step in step-through: a layer’s sums, its activations, the loss, a layer’s δ or gradients, the update.',
  },
  optimizer: { term: 'Optimiser', line: 'The rule that turns gradients into weight updates: SGD, momentum or Adam.' },
  sgd: { term: 'SGD', line: 'Stochastic gradient descent: w_new = w − η·∂L/∂w, one mini-batch at a time.' },
  momentum: { term: 'Momentum', line: 'Steps along a running sum of past gradients, speeding up on steady slopes.' },
  adam: {
    term: 'Adam',
    line: 'Scales each weight’s step by running averages of its gradient and squared gradient: about η per weight.',
  },
  initialiser: {
    term: 'Initialiser',
    line: 'How the first weights are drawn: Xavier, He, small uniform or zeros, times a scale.',
  },
  xavier: {
    term: 'Xavier / Glorot',
    line: 'Weights with spread √(6/(n_in + n_out)): keeps a signal’s size through sigmoid and tanh layers.',
  },
  he: { term: 'He', line: 'Weights with spread √(2/n_in): keeps a signal’s size through ReLU layers.' },
  'weight-scale': {
    term: 'Weight scale',
    line: 'Multiplies every initial weight: below 1 to make them too small, above 1 too large.',
  },
  'mean-abs-grad': {
    term: 'mean |∂L/∂W|',
    line: 'A layer’s gradients made positive and averaged: how much its weights are pushed this step.',
  },
  'grad-norm': {
    term: '‖∂L/∂W‖₂',
    line: 'The length of a layer’s gradient vector: the square root of the sum of its squared gradients.',
  },
  'vanishing-gradient': {
    term: 'Vanishing gradient',
    line: 'Early layers’ gradients shrinking towards 0 because every layer back multiplies them by a small factor.',
  },
  'exploding-gradient': {
    term: 'Exploding gradient',
    line: 'Gradients growing layer by layer backwards until updates overflow.',
  },
  noise: { term: 'Noise', line: 'How much the generated points are jittered away from their clean shape.' },
  'test-share': { term: 'Test share', line: 'The part of the data held out for testing, never trained on.' },
  seed: { term: 'Seed', line: 'The number that fixes the random draws: same seed, same data and first weights.' },
  'output-map': { term: 'Output map', line: 'The network’s output over the whole input plane: its decision boundary.' },
  compare: {
    term: 'Compare mode',
    line: 'Two networks that differ in one setting, trained side by side on the same data.',
  },
} as const satisfies Record<string, { term: string; line: string }>;

export type GlossaryKey = keyof typeof GLOSSARY;
