/**
 * Lesson 3: the update and the slope. One weight of the four-neuron network, its slope
 * ∂L/∂w on the slope view, the update w_new = w_old − η·∂L/∂w, and three learning rates:
 * too small (slow), good, and too large (overshoot and divergence, on a linear output where
 * the bowl is steep enough for η = 10 to cross it; the sigmoid's is too flat near the bottom).
 */
import { FOUR_NEURON } from '../presets';
import type { Lesson } from '../types';

const W = { layer: 2, to: 0, from: 0 } as const;

/** The same network with a linear output: a steep bowl, where η = 10 really overshoots and diverges. */
const LINEAR_OUTPUT = {
  ...FOUR_NEURON.config,
  output: 'linear' as const,
  optimizer: { kind: 'sgd' as const, learningRate: 1 },
};

export const UPDATE_AND_SLOPE: Lesson = {
  id: 'update-and-slope',
  title: '3. The update and the slope',
  goal: 'Say which way a weight moves, by how much, and what a learning rate too small or too large does.',
  start: { config: FOUR_NEURON.config, mode: 'train', selection: { kind: 'weight', ...W } },
  steps: [
    {
      text:
        'Training moves every weight a little against the slope of the loss:\n\n' +
        '$$w_{\\text{new}} = w_{\\text{old}} - \\eta\\,\\frac{\\partial L}{\\partial w_{\\text{old}}}$$\n\n' +
        '$\\eta$ is the *learning rate*. The inspector shows the weight from $O_{21}$ to $O_{31}$: its value, its slope, and below, ' +
        'the loss as a function of this weight alone with the tangent at the current value.',
      highlight: [
        { kind: 'weight', ...W },
        { kind: 'panel', panel: 'inspector' },
      ],
      notes:
        'Point at the weight from $O_{21}$ to $O_{31}$ on the graph, then at the slope view in the inspector: the curve is the loss as this one weight varies with everything else held fixed, and the tangent touches it at $w$ = [[w 2 0 0]]. Check that the room reads the horizontal axis as the weight, not as time.',
    },
    {
      text: 'This weight is $w$ = [[w 2 0 0]] and its slope is $\\partial L / \\partial w$ = [[grad 2 0 0]].',
      highlight: [{ kind: 'panel', panel: 'inspector' }],
      question: {
        kind: 'choice',
        prompt: 'Which way does the update move w?',
        options: ['Up: w grows', 'Down: w shrinks', 'It stays where it is'],
        answer: { bySign: { value: { quantity: 'grad', ...W }, negative: 0, zero: 2, positive: 1 } },
        hint: 'The update subtracts η times the slope. What does subtracting a negative number do?',
        why: 'A negative slope means the loss falls as w grows, so w goes up; a positive slope sends it down; at a minimum the slope is 0 and w stays.',
      },
      notes:
        'Ask the room to call out ‘up’ or ‘down’ from the sign of the slope, [[grad 2 0 0]], before revealing. The classic mistake is to move *with* the slope; ask which way is downhill on the curve.',
    },
    {
      text: 'The learning rate is $\\eta$ = [[lr]].',
      highlight: [{ kind: 'panel', panel: 'inspector' }],
      question: {
        kind: 'number',
        prompt: 'What is w_new? (four significant digits)',
        value: { quantity: 'w-new', ...W },
        tolerance: { relative: 0.001, absolute: 0.0005 },
        hint: 'w_new = w − η · ∂L/∂w, with the numbers above.',
        why: 'One step changes w by −η · ∂L/∂w: a small move along the tangent, downhill.',
      },
      notes:
        'Expect $w_{\\text{new}}$ = [[w-new 2 0 0]], with $\\eta$ = [[lr]]. Watch for adding $\\eta\\,\\partial L/\\partial w$ instead of subtracting it, and point out how small one step is next to $w$ = [[w 2 0 0]]: training is thousands of such nudges.',
    },
    {
      text: 'How large should $\\eta$ be? Try a *small* one: set $\\eta$ to 0.001 (the exact η field takes it), press *Play* and watch the loss chart for a few seconds.',
      highlight: [
        { kind: 'control', control: 'learning-rate' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'learning-rate', min: 0.0005, max: 0.0015 },
      notes:
        'Show where the exact η field is and type 0.001, then press *Play* (or Space). Before the curve appears, ask the room to sketch what the loss will do; expect an almost flat line.',
    },
    {
      text: 'Let it run to step 300. Each step is tiny: the loss creeps down, and a real network would need ages.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'train', step: 300 },
      notes:
        'Point at the loss chart while it runs: the line is almost flat. Ask whether a small η is simply ‘safe’: it is safe but slow — in 300 steps the loss hardly moves, because every step is η times a slope that is already small.',
    },
    {
      text: 'Now a good rate: set $\\eta$ to 1. The loss drops within a few hundred steps.',
      highlight: [
        { kind: 'control', control: 'learning-rate' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'learning-rate', min: 0.5, max: 2 },
      notes:
        'Type 1 into the η field; if the run is still playing the change applies at once. Point at the loss chart: the curve turns down within a few steps — ask what changed in the update (only η: the same slopes, steps a thousand times longer).',
    },
    {
      text: 'Keep training until the loss is below 0.0005.',
      highlight: [{ kind: 'panel', panel: 'loss' }],
      await: { kind: 'train', lossBelow: 0.0005 },
      notes:
        'This takes only moments at η = 1. Ask why the loss falls more and more slowly near the bottom: the slope flattens, so the same η gives ever smaller steps — nobody had to turn η down.',
    },
    {
      text:
        'Finally a rate far *too large*. Near its bottom this sigmoid network’s loss is a very flat bowl, so even a big $\\eta$ takes safe steps there; ' +
        'for this step the output neuron is *linear* (no squashing), which makes the bowl steep — the network starts again from new weights.\n\n' +
        'Set $\\eta$ to 10 and look at the slope view: the arrow of the step now crosses the bottom of the curve. ' +
        'Every weight overshoots like this at once, so press *Play* and watch the loss chart climb instead of fall.',
      enter: { config: LINEAR_OUTPUT, mode: 'train', selection: { kind: 'weight', ...W } },
      highlight: [
        { kind: 'control', control: 'learning-rate' },
        { kind: 'panel', panel: 'inspector' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'learning-rate', min: 5, max: 10 },
      question: {
        kind: 'choice',
        prompt: 'What does a learning rate that is too large do?',
        options: [
          'It learns faster, always',
          'It overshoots the minimum and can diverge',
          'Nothing: the slope decides everything',
        ],
        answer: { index: 1 },
        hint: 'Follow the arrow on the slope view: where does the step land? Then look at the loss chart.',
        why: 'The tangent is only right near w. A huge step lands on the other side of the minimum; when every weight does that at once the loss grows step after step until it blows up — the app pauses the run before the numbers overflow.',
      },
      notes:
        'Say why the output became linear: with the sigmoid the bowl near the bottom is so flat that η = 10 only converges faster. Point at the slope view’s arrow crossing the minimum, then press Play: the loss leaps by orders of magnitude within a few steps and the app stops the run with a card (lesson 8 goes into that). Ask what a sensible η would be: 1 converges here.',
    },
    {
      text: 'So: the slope decides the *direction*, the learning rate the *size* of each step. Too small crawls, too large overshoots, and at a minimum the slope is zero and nothing moves.',
      highlight: [{ kind: 'panel', panel: 'loss' }],
      notes:
        'Sum up with three gestures at the slope view: the tangent’s sign sets the direction, η sets the length of the arrow, a flat tangent means no move. Watch for ‘η decides the direction’ (it only scales the step), and note that a flat slope can also be a vanished gradient rather than a minimum — lesson 6.',
    },
  ],
};
