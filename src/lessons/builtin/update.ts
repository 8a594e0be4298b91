/**
 * Lesson 3: the update and the slope. One weight of the four-neuron network, its slope
 * ∂L/∂w on the slope view, the update w_new = w_old − η·∂L/∂w, and three learning rates:
 * too small (slow), good, and too large (overshoot).
 */
import { FOUR_NEURON } from '../presets';
import type { Lesson } from '../types';

const W = { layer: 2, to: 0, from: 0 } as const;

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
    },
    {
      text: 'How large should $\\eta$ be? Try a *small* one: set $\\eta$ to 0.001 (the exact η field takes it), press *Play* and watch the loss chart for a few seconds.',
      highlight: [
        { kind: 'control', control: 'learning-rate' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'learning-rate', min: 0.0005, max: 0.0015 },
    },
    {
      text: 'Let it run to step 300. Each step is tiny: the loss creeps down, and a real network would need ages.',
      highlight: [
        { kind: 'control', control: 'play' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'train', step: 300 },
    },
    {
      text: 'Now a good rate: set $\\eta$ to 1. The loss drops within a few hundred steps.',
      highlight: [
        { kind: 'control', control: 'learning-rate' },
        { kind: 'panel', panel: 'loss' },
      ],
      await: { kind: 'learning-rate', min: 0.5, max: 2 },
    },
    {
      text: 'Keep training until the loss is below 0.0005.',
      highlight: [{ kind: 'panel', panel: 'loss' }],
      await: { kind: 'train', lossBelow: 0.0005 },
    },
    {
      text: 'Finally a rate far *too large*: set $\\eta$ to 10 and look at the slope view — the arrow of the step jumps past the bottom of the curve to where the loss is higher.',
      highlight: [
        { kind: 'control', control: 'learning-rate' },
        { kind: 'panel', panel: 'inspector' },
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
        hint: 'Follow the arrow on the slope view: where does the step land?',
        why: 'The tangent is only right near w. A huge step lands far away, often higher up the other side, and each overshoot can grow until the loss blows up.',
      },
    },
    {
      text: 'So: the slope decides the *direction*, the learning rate the *size* of each step. Too small crawls, too large overshoots, and at a minimum the slope is zero and nothing moves.',
      highlight: [{ kind: 'panel', panel: 'loss' }],
    },
  ],
};
