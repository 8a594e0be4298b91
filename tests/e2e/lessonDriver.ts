// Drives a guided lesson in the real app the way a student would: does each step's awaited
// action through the controls, answers each question wrong once (and checks the hint), then
// right, with the right answer computed here with the engine — never read from the lesson —
// and checks the reveal shows the engine's number.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  explainWeight,
  layoutOf,
  weightIndex,
  LAYER_STAT_FIELDS,
  computeGradients,
  createNetwork,
} from '../../src/engine';
import type { Await, Lesson, LessonStep, Question, ValueRef } from '../../src/lessons/types';
import type { TrainerConfig } from '../../src/worker/protocol';
import { buildRun } from '../../src/worker/trainerRun';
import { TRAIN_TIMEOUT, UI_TIMEOUT, poll } from './app';

/** The engine's numbers for the first network of `config`, untrained, on training row 0. */
function engineOf(config: TrainerConfig) {
  const run = buildRun(config);
  const nx = run.train.inputSize;
  const ny = run.train.outputSize;
  const x = Array.from(run.train.inputs.subarray(0, nx));
  const y = Array.from(run.train.targets.subarray(0, ny));
  const net = createNetwork(run.trainer.net.spec);
  net.params.set(run.trainer.net.params);
  computeGradients(net, [x], [y]);
  return { run, net, x, y, lr: config.optimizer.learningRate };
}

function engineValue(config: TrainerConfig, ref: ValueRef): number {
  const { net, x, y, lr } = engineOf(config);
  const layout = layoutOf([net.inputSize, ...net.layers.map((l) => l.nOut)]);
  switch (ref.quantity) {
    case 'z':
    case 'a':
    case 'delta':
      return net.layers[ref.layer][ref.quantity][ref.unit];
    case 'df':
      return net.layers[ref.layer].activation.df(net.layers[ref.layer].z[ref.unit], net.layers[ref.layer].a[ref.unit]);
    case 'w':
    case 'grad':
    case 'w-new': {
      const k = weightIndex(layout, ref.layer, ref.to, ref.from);
      if (ref.quantity === 'w') return net.params[k];
      if (ref.quantity === 'grad') return net.grads[k];
      return net.params[k] - lr * net.grads[k];
    }
    case 'loss':
      return net.exampleLoss[0];
    case 'yhat':
      return net.layers[net.layers.length - 1].a[ref.unit ?? 0];
    case 'x':
      return x[ref.unit];
    case 'y':
      return y[ref.unit ?? 0];
    default:
      throw new Error(`the driver does not compute ${ref.quantity}`);
  }
}

/** The values of the step text's placeholders, as the page shows them (full precision, data-value). */
async function shownValues(page: Page): Promise<number[]> {
  const panel = page.getByTestId('lesson-panel');
  return (
    await panel.locator('.lesson-text .lesson-value').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))
  ).map(Number);
}

type Right = { option: number } | { number: number } | { layer: number };

async function rightReply(q: Question, config: TrainerConfig, trained: boolean, page: Page): Promise<Right> {
  switch (q.kind) {
    case 'number': {
      if (!trained) return { number: engineValue(config, q.value) };
      // After training the weights are the page's: w_new from the w, ∂L/∂w and η the step shows.
      if (q.value.quantity !== 'w-new') throw new Error('after training the driver only checks w_new');
      const [w, g, lr] = await shownValues(page);
      return { number: w - lr * g };
    }
    case 'choice': {
      const a = q.answer;
      if ('index' in a) return { option: a.index };
      if ('bySign' in a) {
        const v = engineValue(config, a.bySign.value);
        return { option: v < 0 ? a.bySign.negative : v > 0 ? a.bySign.positive : a.bySign.zero };
      }
      const { net, x, y } = engineOf(config);
      const sel = { layer: 0, to: 0, from: 0 };
      const report = explainWeight(net, sel, [x], [y]);
      return { option: a.largestPathVia.units.indexOf(report.paths[0].units[a.largestPathVia.layer - sel.layer]) };
    }
    case 'layer': {
      if (typeof q.answer === 'object') return { layer: q.answer.layer };
      const stats = buildRun(config).lastStats;
      const F = LAYER_STAT_FIELDS.length;
      const field = LAYER_STAT_FIELDS.indexOf(q.answer.endsWith('delta') ? 'meanAbsDelta' : 'meanAbsGrad');
      const values = Array.from({ length: stats.length / F }, (_, l) => stats[l * F + field]);
      const pick = q.answer.startsWith('smallest') ? Math.min(...values) : Math.max(...values);
      return { layer: values.indexOf(pick) };
    }
  }
}

async function reply(page: Page, q: Question, r: Right, layers: number): Promise<void> {
  const panel = page.getByTestId('lesson-panel');
  if ('number' in r) {
    await panel.getByLabel('Your answer').fill(String(r.number));
    await panel.getByRole('button', { name: 'Check' }).click();
  } else if ('option' in r && q.kind === 'choice') {
    await panel.getByRole('group', { name: 'Answers' }).getByRole('button').nth(r.option).click();
  } else if ('layer' in r) {
    await panel
      .getByRole('group', { name: 'Layers' })
      .getByRole('button')
      .nth(r.layer % layers)
      .click();
  }
}

async function answer(page: Page, q: Question, config: TrainerConfig, trained: boolean): Promise<void> {
  const right = await rightReply(q, config, trained, page);
  const layers = await page
    .getByTestId('lesson-panel')
    .getByRole('group', { name: 'Layers' })
    .getByRole('button')
    .count();
  const wrong: Right =
    'number' in right
      ? { number: right.number * 3 + 5 }
      : 'option' in right
        ? { option: (right.option + 1) % (q.kind === 'choice' ? q.options.length : 2) }
        : { layer: (right.layer + 1) % Math.max(2, layers) };
  const panel = page.getByTestId('lesson-panel');
  await reply(page, q, wrong, layers);
  await panel.getByText('Not quite.').waitFor({ timeout: UI_TIMEOUT });
  expect(await panel.locator('.lesson-wrong').textContent()).toContain(
    q.hint.replace(/\[\[[^\]]+\]\]/g, '').slice(0, 12),
  );
  await reply(page, q, right, layers);
  const reveal = panel.getByTestId('lesson-reveal');
  await reveal.waitFor({ timeout: UI_TIMEOUT });
  expect(await reveal.textContent()).toMatch(/^Right\./);
  if ('number' in right) {
    // The revealed number is the engine's: the one computed here, to rounding.
    const shown = Number(await reveal.getAttribute('data-answer'));
    expect(Math.abs(shown - right.number)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(right.number)));
  }
}

async function awaitDoneOnPage(page: Page): Promise<boolean> {
  return ((await page.getByTestId('lesson-await').textContent()) ?? '').startsWith('✓');
}

async function act(page: Page, a: Await): Promise<void> {
  switch (a.kind) {
    case 'phase':
      await poll(
        async () => {
          if (await awaitDoneOnPage(page)) return true;
          await page.getByRole('button', { name: 'Next →', exact: true }).click();
          return awaitDoneOnPage(page);
        },
        (done) => done,
        { what: `phase ${a.atLeast}` },
      );
      return;
    case 'learning-rate': {
      const v = Number(((a.min + a.max) / 2).toPrecision(1));
      await page.getByLabel('η (exact)').fill(String(v));
      await page.getByLabel('η (exact)').press('Enter');
      break;
    }
    case 'train':
      if (!(await awaitDoneOnPage(page))) {
        await page.getByRole('button', { name: '▶ Play' }).click();
        await poll(
          () => awaitDoneOnPage(page),
          (d) => d,
          { what: 'the training goal', timeout: TRAIN_TIMEOUT, interval: 250 },
        );
        const pause = page.getByRole('button', { name: '❚❚ Pause' });
        if (await pause.isVisible()) await pause.click();
        await page.getByRole('button', { name: '▶ Play' }).waitFor({ timeout: UI_TIMEOUT });
      }
      return;
    case 'mode':
      await page
        .getByRole('radio', { name: a.is === 'compare' ? 'Compare' : a.is === 'step' ? 'Step through' : 'Train' })
        .click();
      break;
    case 'activation':
      await page.getByLabel('Activation of all hidden layers').selectOption(a.is);
      break;
    case 'select':
      throw new Error('the driver does not select by pointer');
  }
  await poll(
    () => awaitDoneOnPage(page),
    (d) => d,
    { what: `the awaited ${a.kind}` },
  );
}

/** Takes `lesson` from its first step to Finish; calls `onStep` after each step is done (for screenshots). */
export async function driveLesson(
  page: Page,
  lesson: Lesson,
  onStep?: (k: number, step: LessonStep) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page
    .getByRole('button', { name: new RegExp(`^${lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  let config = lesson.start.config!;
  let trained = false;
  for (const [k, step] of lesson.steps.entries()) {
    await page
      .getByTestId('lesson-panel')
      .getByText(`Step ${k + 1} of ${lesson.steps.length}`)
      .waitFor({ timeout: UI_TIMEOUT });
    if (step.enter?.config) {
      config = step.enter.config;
      trained = false;
    }
    if (step.question) await answer(page, step.question, config, trained);
    if (step.await) {
      await act(page, step.await);
      if (step.await.kind === 'train') trained = true;
    }
    await onStep?.(k, step);
    const last = k === lesson.steps.length - 1;
    await page.getByRole('button', { name: last ? 'Finish' : 'Next step →' }).click();
  }
  await page.getByTestId('lesson-panel').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
}
