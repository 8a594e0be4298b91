/**
 * Guided lessons, without the views: the schema accepts every built-in lesson and refuses a
 * broken one naming the step and the field; each kind of awaited action is detected from the
 * app state; questions are checked against the engine's own numbers; the commands open a
 * lesson on its set-up and apply each step's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LAYER_STAT_FIELDS, computeGradients, createNetwork } from '../../src/engine';
import { BUILT_IN_LESSONS } from '../../src/lessons/builtin';
import { FOUR_NEURON } from '../../src/lessons/presets';
import type { Lesson, Question } from '../../src/lessons/types';
import { FIRST_ROW, initialAppState, type AppState } from '../../src/store/appState';
import { parseLesson } from '../../src/store/lessonSchema';
import { isRight, rightAnswer } from '../../src/store/lessons/answers';
import { awaitDone } from '../../src/store/lessons/awaits';
import { lessonPass, readValue } from '../../src/store/lessons/values';
import { makeFrame } from '../views/fixtures/frame';
import { disposeApps, testApp } from '../helpers/testApp';

afterEach(() => disposeApps());

describe('the lesson schema', () => {
  it.each(BUILT_IN_LESSONS.map((l) => [l.id, l] as const))('accepts the built-in lesson %s', (_, lesson) => {
    expect(parseLesson(JSON.parse(JSON.stringify(lesson)))).toEqual({ ok: true, lesson });
  });

  it('has nine built-in lessons with unique ids', () => {
    expect(BUILT_IN_LESSONS).toHaveLength(9);
    expect(new Set(BUILT_IN_LESSONS.map((l) => l.id)).size).toBe(9);
  });

  it('gives every built-in step speaker notes a teacher can read at a glance', () => {
    for (const lesson of BUILT_IN_LESSONS) {
      lesson.steps.forEach((step, k) => {
        const where = `${lesson.id}, step ${k + 1}`;
        const notes = step.notes ?? '';
        // Sentences end in . ! or ? before a space; maths and numbers (0.25) do not count.
        const prose = notes.replace(/\$[^$]+\$/g, 'M').replace(/\[\[[^\]]+\]\]/g, 'V');
        const sentences = prose.match(/[.!?](\s|$)/g)?.length ?? 0;
        expect(sentences, where).toBeGreaterThanOrEqual(1);
        expect(sentences, where).toBeLessThanOrEqual(4);
        expect(notes.length, where).toBeLessThanOrEqual(400);
        expect(notes, where).not.toBe(step.text);
      });
    }
  });

  it('refuses a broken lesson, naming the step and the field', () => {
    const good: Lesson = structuredClone(BUILT_IN_LESSONS[0]) as Lesson;
    const broken = (mutate: (l: Lesson & Record<string, unknown>) => void) => {
      const l = structuredClone(good) as Lesson & Record<string, unknown>;
      mutate(l);
      return parseLesson(JSON.stringify(l));
    };
    expect(parseLesson('{')).toEqual({ ok: false, message: 'it is not valid JSON' });
    expect(
      broken((l) => {
        l.steps = [];
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/^steps: /) });
    expect(
      broken((l) => {
        l.id = 'Has Spaces';
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/^id: letters, digits/) });
    const q = broken((l) => {
      (l.steps[1].question as { options?: unknown }).options = ['only one'];
      (l.steps[1].question as { kind: string }).kind = 'choice';
    });
    expect(q).toMatchObject({ ok: false, message: expect.stringMatching(/^step 2, question/) });
    expect(
      broken((l) => {
        l.steps[2].await = { kind: 'phase', atLeast: 0 };
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^step 3, await\.atLeast: /),
    });
    expect(
      broken((l) => {
        l.steps[0].highlight = [{ kind: 'panel', panel: 'sidebar' } as never];
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^step 1, highlight\.0\.panel: /),
    });
    expect(
      broken((l) => {
        l.steps[1].notes = 'Expect [[z 0]] here.';
      }),
    ).toMatchObject({ ok: false, message: 'step 2, notes: unknown value placeholder [[z 0]] (see docs/lessons.md)' });
    expect(
      broken((l) => {
        l.steps[3].notes = 'x'.repeat(2001);
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/^step 4, notes: /) });
    expect(
      broken((l) => {
        l.steps[0].notes = '';
      }),
    ).toMatchObject({ ok: true });
    expect(
      broken((l) => {
        l.start = { config: { ...FOUR_NEURON.config, hidden: [{ units: 65, activation: 'tanh' }] } };
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^start\.config\.hidden\.0\.units: /),
    });
  });
});

describe('awaited actions, from the app state', () => {
  const state = (patch: Partial<AppState>) => initialAppState(patch);
  const run = {
    counters: [
      {
        step: 120,
        epoch: 3,
        examplesSeen: 1200,
        batchLoss: 0.2,
        trainLoss: 0.04,
        testLoss: 0.05,
        trainAccuracy: 0.9,
        testAccuracy: 0.9,
        evalStep: 1,
      },
    ],
  };
  const none = { counters: [] };

  it('detects each kind', () => {
    const atPhase = (phase: number) => state({ mode: 'step', stepThrough: { example: FIRST_ROW, phase } });
    expect(awaitDone({ kind: 'phase', atLeast: 3 }, atPhase(3), run, 3)).toBe(true);
    expect(awaitDone({ kind: 'phase', atLeast: 3 }, atPhase(3), run, 2)).toBe(false);
    expect(awaitDone({ kind: 'phase', atLeast: 3 }, state({ mode: 'train' }), run, 5)).toBe(false);
    // A lesson that just rebuilt the network is at phase 0, whatever the last frame still says.
    expect(awaitDone({ kind: 'phase', atLeast: 1 }, atPhase(0), run, 13)).toBe(false);
    const w = { kind: 'weight', layer: 1, to: 0, from: 2 } as const;
    expect(awaitDone({ kind: 'select', target: w }, state({ selection: { ...w } }), run, 0)).toBe(true);
    expect(awaitDone({ kind: 'select', target: w }, state({ selection: { ...w, from: 1 } }), run, 0)).toBe(false);
    const relu = state({
      config: {
        ...FOUR_NEURON.config,
        hidden: FOUR_NEURON.config.hidden.map((l) => ({ ...l, activation: 'relu' as const })),
      },
    });
    expect(awaitDone({ kind: 'activation', is: 'relu' }, relu, run, 0)).toBe(true);
    expect(awaitDone({ kind: 'activation', is: 'relu' }, state({ config: FOUR_NEURON.config }), run, 0)).toBe(false);
    expect(
      awaitDone({ kind: 'activation', is: 'sigmoid', layer: 1 }, state({ config: FOUR_NEURON.config }), run, 0),
    ).toBe(true);
    expect(
      awaitDone({ kind: 'learning-rate', min: 0.05, max: 0.2 }, state({ config: FOUR_NEURON.config }), run, 0),
    ).toBe(true);
    expect(awaitDone({ kind: 'learning-rate', min: 0.5, max: 2 }, state({ config: FOUR_NEURON.config }), run, 0)).toBe(
      false,
    );
    expect(awaitDone({ kind: 'train', epoch: 3 }, state({}), run, 0)).toBe(true);
    expect(awaitDone({ kind: 'train', step: 121 }, state({}), run, 0)).toBe(false);
    expect(awaitDone({ kind: 'train', lossBelow: 0.05 }, state({}), run, 0)).toBe(true);
    expect(awaitDone({ kind: 'train', step: 1 }, state({}), none, 0)).toBe(false);
    expect(awaitDone({ kind: 'mode', is: 'compare' }, state({ mode: 'compare' }), run, 0)).toBe(true);
  });
});

describe('questions, checked against the engine', () => {
  const config = FOUR_NEURON.config;
  const frame = makeFrame({
    inputSize: 1,
    hidden: config.hidden,
    output: config.output,
    probeInput: [1],
    probeTarget: [0.25],
    seed: 7,
  });
  const pass = lessonPass(frame, config);
  // The engine, directly: the same net, one forward and backward pass on the example.
  const net = createNetwork({
    inputSize: 1,
    layers: [...config.hidden, { units: 1, activation: 'sigmoid' }],
    loss: 'mse',
    seed: 7,
  });
  net.params.set(frame.trainers[0].params);
  computeGradients(net, [[1]], [[0.25]]);

  it('reads the engine’s values for the example', () => {
    expect(readValue(pass, { quantity: 'z', layer: 0, unit: 0 })).toBe(net.layers[0].z[0]);
    expect(readValue(pass, { quantity: 'delta', layer: 1, unit: 1 })).toBe(net.layers[1].delta[1]);
    expect(readValue(pass, { quantity: 'grad', layer: 2, to: 0, from: 1 })).toBe(net.layers[2].dW[1]);
    expect(readValue(pass, { quantity: 'loss' })).toBe(net.exampleLoss[0]);
    expect(readValue(pass, { quantity: 'w-new', layer: 0, to: 0, from: 0 })).toBeCloseTo(
      net.layers[0].W[0] - 0.03 * net.layers[0].dW[0],
      15,
    );
    expect(readValue(pass, { quantity: 'z', layer: 3, unit: 0 })).toBeNull();
  });

  it('a number within the tolerance is right; a wrong one is not', () => {
    const q: Question = {
      kind: 'number',
      prompt: 'z?',
      value: { quantity: 'z', layer: 0, unit: 0 },
      tolerance: { absolute: 0.01 },
      hint: 'h',
      why: 'w',
    };
    const z = net.layers[0].z[0];
    expect(isRight(q, { number: z + 0.009 }, frame, pass)).toBe(true);
    expect(isRight(q, { number: z + 0.02 }, frame, pass)).toBe(false);
    expect(rightAnswer(q, frame, pass)).toEqual({ number: z });
    const rel: Question = { ...q, tolerance: { relative: 0.1 } };
    expect(isRight(rel, { number: z * 1.05 }, frame, pass)).toBe(true);
  });

  it('a choice by the sign of the engine’s slope, and a layer by its gradient', () => {
    const g = net.layers[2].dW[0];
    const q: Question = {
      kind: 'choice',
      prompt: 'which way?',
      options: ['up', 'down', 'stays'],
      hint: 'h',
      why: 'w',
      answer: { bySign: { value: { quantity: 'grad', layer: 2, to: 0, from: 0 }, negative: 0, zero: 2, positive: 1 } },
    };
    expect(rightAnswer(q, frame, pass)).toEqual({ option: g < 0 ? 0 : 1 });
    const stats = frame.trainers[0].stats;
    const F = LAYER_STAT_FIELDS.length;
    const grads = [0, 1, 2].map((l) => stats[l * F]);
    const smallest = grads.indexOf(Math.min(...grads));
    const layerQ: Question = { kind: 'layer', prompt: 'which?', answer: 'smallest-gradient', hint: 'h', why: 'w' };
    expect(isRight(layerQ, { layer: smallest }, frame, pass)).toBe(true);
    expect(isRight(layerQ, { layer: (smallest + 1) % 3 }, frame, pass)).toBe(false);
  });
});

describe('lesson commands', () => {
  it('open a lesson on its set-up, and each step applies its own', () => {
    const { app, worker } = testApp();
    worker.clear();
    app.commands.startLesson('backpropagation');
    const s = app.state.getState();
    expect(s.lesson).toEqual({ id: 'backpropagation', step: 0 });
    expect(s.config).toEqual(FOUR_NEURON.config);
    expect(s.mode).toBe('step');
    expect(s.stepThrough.phase).toBe(7);
    expect(s.selection).toEqual({ kind: 'neuron', layer: 2, unit: 0 });
    expect(worker.types()).toEqual(['pause', 'configure']);
    // The worker answers the app's first configure and the lesson's: the step-through is
    // entered at the lesson's phase once the lesson's networks stand.
    worker.configured([FOUR_NEURON.config]);
    expect(worker.types()).toEqual(['pause', 'configure']);
    worker.configured([FOUR_NEURON.config]);
    expect(worker.commands().at(-1)).toEqual({
      type: 'stepper-enter',
      example: { kind: 'row', index: 0 },
      position: 7,
    });

    app.commands.lessonNext();
    expect(app.state.getState().lesson?.step).toBe(1);
    expect(app.state.getState().selection).toEqual({ kind: 'weight', layer: 2, to: 0, from: 0 });
    expect(app.lessons.getState().progress.backpropagation).toEqual({ step: 1, done: false });
    app.commands.lessonGo(99);
    expect(app.state.getState().lesson?.step).toBe(BUILT_IN_LESSONS[3].steps.length - 1);
    expect(app.lessons.getState().progress.backpropagation.done).toBe(true);
    app.commands.exitLesson();
    expect(app.state.getState().lesson).toBeNull();
  });

  it('a teacher’s lesson file loads and opens; a broken one is refused with the step named', () => {
    const { app } = testApp();
    const mine = { ...structuredClone(BUILT_IN_LESSONS[0]), id: 'my-lesson', title: 'Mine' };
    expect(app.commands.importLesson('mine.json', JSON.stringify(mine))).toBe(true);
    expect(app.state.getState().lesson).toEqual({ id: 'my-lesson', step: 0 });
    const bad = { ...mine, steps: [{ text: '' }] };
    expect(app.commands.importLesson('bad.json', JSON.stringify(bad))).toBe(false);
    expect(app.run.getState().problem?.message).toMatch(/^bad\.json is not a Backprop Lab lesson \(step 1, text: /);
    expect(app.state.getState().lesson).toEqual({ id: 'my-lesson', step: 0 });
  });
});

describe('docs/lessons.md', () => {
  it('its example lesson file is valid', async () => {
    const { readFileSync } = await import('node:fs');
    const parsed = parseLesson(readFileSync('docs/examples/my-first-lesson.json', 'utf8'));
    expect(parsed.ok).toBe(true);
  });
});
