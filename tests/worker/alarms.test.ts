/**
 * Check before commit, end to end in the worker: each blow-up set-up pauses at the first
 * step that would be non-finite — the step an unchecked run (the engine stepped in place,
 * as before the check) first turns NaN or ∞ — with every weight finite and bit-identical to
 * that unchecked run one step earlier. The alarm names what overflowed and the likely cause,
 * "restore" puts back a kept state and training goes on from it, and the silent kinds (zero
 * gradients, saturation, a rising loss) are named too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { advance, countNonFinite, createTrainer, loadNextBatch, stepLoaded, type StepFault } from '../../src/engine';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { EXPLODING } from '../../src/lessons/presets';
import type { RunAlarm, TrainerConfig, WorkerEvent } from '../../src/worker/protocol';
import { FakePage, ROUND_TRIPS_TIMEOUT, engineReplica } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

const isAlarm = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'alarm' }> => e.type === 'alarm';
const isRestored = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'restored' }> => e.type === 'restored';

const deep = (activation: 'relu' | 'linear'): TrainerConfig => ({
  ...EXPLODING.config,
  hidden: Array.from({ length: 6 }, () => ({ units: 8, activation })),
  output: 'linear',
  init: { kind: 'he', scale: 1 },
  optimizer: { kind: 'sgd', learningRate: 10 },
});

/** The case: 330 of its 393 weights were NaN while the loss read 0.516. */
const RELU_6X8: TrainerConfig = {
  ...DEFAULT_CONFIG,
  hidden: Array.from({ length: 6 }, () => ({ units: 8, activation: 'relu' })),
  output: 'linear',
  init: { kind: 'he', scale: 1.5 },
  optimizer: { kind: 'sgd', learningRate: 1 },
};

/**
 * The run without the check: the same trainer, each step applied in place. Returns the
 * number of steps before the first non-finite one, what went non-finite first, and the
 * weights before it.
 */
function unchecked(config: TrainerConfig): { good: number; first: StepFault; params: Float64Array } {
  const { net, optimizer, train } = engineReplica(config);
  const t = createTrainer(net, optimizer, train, Math.min(config.batchSize, train.count), config.seed + 2);
  for (let good = 0; good < 100_000; good++) {
    const params = net.params.slice();
    const count = loadNextBatch(t);
    const loss = stepLoaded(net, optimizer);
    const first: StepFault | null = !Number.isFinite(loss)
      ? 'loss'
      : countNonFinite(net.grads) > 0
        ? 'gradients'
        : countNonFinite(net.params) > 0
          ? 'weights'
          : null;
    if (first) return { good, first, params };
    advance(t, count);
  }
  throw new Error('the unchecked run never went non-finite');
}

async function playUntilAlarm(config: TrainerConfig): Promise<RunAlarm> {
  await page.request({ type: 'configure', trainers: [config] });
  const m = page.mark();
  page.send({ type: 'play' });
  const { alarm } = await page.eventAfter(m, isAlarm);
  await page.frameAfter(m, (f) => !f.playing);
  return alarm;
}

describe('a blow-up is caught before it is committed', () => {
  it.each([
    ['the exploding preset', EXPLODING.config, 'weights'],
    ['η = 10 on a deep ReLU network', deep('relu'), 'learning-rate'],
    ['η = 10 on a deep linear network', deep('linear'), 'learning-rate'],
    ['a 6×8 ReLU network, He ×1.5, η = 1', RELU_6X8, 'weights'],
  ] as const)('%s: pauses at the first non-finite step with every weight finite', async (_, config, cause) => {
    const reference = unchecked(config);
    page = new FakePage();
    const alarm = await playUntilAlarm(config);
    expect(alarm).toMatchObject({ kind: 'overflow', cause, trainer: 0, step: reference.good, fault: reference.first });
    expect(alarm.nonFinite).toBeGreaterThan(0);
    expect(alarm.nonFinite).toBeLessThanOrEqual(alarm.total);
    const last = page.lastFrame();
    expect(last.playing).toBe(false);
    expect(last.trainers[0].step).toBe(reference.good);
    expect(countNonFinite(last.trainers[0].params)).toBe(0);
    // Exactly the weights the unchecked run had just before its first non-finite step.
    expect(Array.from(last.trainers[0].params)).toEqual(Array.from(reference.params));
    expect(alarm.restorable).toContain(0);
  });

  it('"restore" puts back a kept step and training goes on from it', async () => {
    page = new FakePage();
    const alarm = await playUntilAlarm(deep('relu'));
    // Snapshots every 50 steps: the newest kept one is at most 50 steps back.
    const back = alarm.restorable[0];
    expect(back).toBeLessThanOrEqual(alarm.step);
    expect(alarm.step - back).toBeLessThan(50);
    const kept = (() => {
      const { net, optimizer, train } = engineReplica(deep('relu'));
      const t = createTrainer(net, optimizer, train, 10, deep('relu').seed + 2);
      for (let k = 0; k < back; k++) {
        const count = loadNextBatch(t);
        stepLoaded(net, optimizer);
        advance(t, count);
      }
      return net.params.slice();
    })();

    const m = page.mark();
    page.send({ type: 'restore', trainer: 0, step: back });
    const restored = await page.eventAfter(m, isRestored);
    expect(restored).toEqual({ type: 'restored', trainer: 0, step: back });
    const f = await page.frameAfter(m);
    expect(Array.from(f.trainers[0].params)).toEqual(Array.from(kept));
    // The counters go on (the chart does not run backwards).
    expect(f.trainers[0].step).toBe(alarm.step);

    // With η ten times smaller, training goes on from the restored weights, well past the blow-up.
    page.send({ type: 'set-optimizer', patch: { learningRate: 1 } });
    const m2 = page.mark();
    page.send({ type: 'play' });
    const later = await page.frameAfter(m2, (fr) => fr.trainers[0].step > alarm.step + 300);
    expect(countNonFinite(later.trainers[0].params)).toBe(0);
    expect(
      page
        .since(m2)
        .filter(isAlarm)
        .filter((e) => e.alarm.kind === 'overflow'),
    ).toHaveLength(0);
  });

  it('a step that is not kept is refused by name, and nothing changes', async () => {
    page = new FakePage();
    const alarm = await playUntilAlarm(deep('linear'));
    const before = page.lastFrame().trainers[0].params.slice();
    const m = page.mark();
    page.send({ type: 'restore', trainer: 0, step: 1 });
    const error = page.since(m).find((e) => e.type === 'error');
    expect(error).toMatchObject({ kind: 'invalid', field: 'step', command: 'restore' });
    page.send({ type: 'step', unit: 'batch' });
    const f = await page.frameAfter(m);
    expect(Array.from(f.trainers[0].params)).toEqual(Array.from(before));
    expect(f.trainers[0].step).toBe(alarm.step);
  });

  it('Step epoch stops at the refused step instead of training on NaN', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [deep('linear')] });
    const m = page.mark();
    const f = await page.request({ type: 'step', unit: 'epoch' });
    expect(page.since(m).filter(isAlarm)).toHaveLength(1);
    expect(f.trainers[0].epoch).toBe(0);
    expect(countNonFinite(f.trainers[0].params)).toBe(0);
  });

  it('a live change of η keeps the state from just before it, to go back to', async () => {
    page = new FakePage();
    const calm = { ...deep('relu'), optimizer: { kind: 'sgd' as const, learningRate: 0.001 } };
    await page.request({ type: 'configure', trainers: [calm] });
    for (let k = 0; k < 3; k++) await page.request({ type: 'step', unit: 'batch' });
    await page.request({ type: 'set-optimizer', patch: { learningRate: 10 } });
    const m = page.mark();
    page.send({ type: 'play' });
    const { alarm } = await page.eventAfter(m, isAlarm);
    expect(alarm.kind).toBe('overflow');
    expect(alarm.learningRate).toBe(10);
    expect(alarm.restorable).toContain(3);
  });
});

const isSilent =
  (kind: RunAlarm['kind']) =>
  (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'alarm' }> =>
    e.type === 'alarm' && e.alarm.kind === kind;

describe('the silent kinds are named', () => {
  it('every gradient exactly zero for 100 steps: dead ReLUs', async () => {
    page = new FakePage();
    const dead = { ...RELU_6X8, output: 'relu' as const };
    const alarm = await playUntilAlarm(dead);
    expect(alarm).toMatchObject({ kind: 'zero-gradients', cause: 'dead-relu', steps: 100 });
    expect(alarm.layer).not.toBeNull();
    expect(alarm.share).toBeGreaterThan(0.9);
    expect(countNonFinite(page.lastFrame().trainers[0].params)).toBe(0);
    // Play again: the student has been told; the same kind is not raised again for this run.
    const m = page.mark();
    page.send({ type: 'play' });
    await page.frameAfter(m, (f) => f.trainers[0].step > alarm.step + 300);
    expect(page.since(m).filter(isSilent('zero-gradients'))).toHaveLength(0);
  });

  it('η = 10 on a tanh network: the output saturates and the loss stays no better than guessing', async () => {
    page = new FakePage();
    const alarm = await playUntilAlarm({ ...DEFAULT_CONFIG, optimizer: { kind: 'sgd', learningRate: 10 } });
    expect(alarm).toMatchObject({ kind: 'saturated', cause: 'saturated', layer: 2 });
    expect(alarm.share).toBeGreaterThanOrEqual(0.95);
    expect(alarm.steps).toBeGreaterThanOrEqual(500);
    expect(alarm.loss).toBeGreaterThan(0.45);
  });

  it('a loss that keeps rising for hundreds of steps', async () => {
    page = new FakePage();
    // Such a run both rises and saturates, and which alarm comes first turns on the last bits
    // of its numbers (a tanh 1 ulp different swaps them for many seeds and rates); this one
    // rises first with Math.tanh and with the engine's tanh alike.
    const alarm = await playUntilAlarm({
      ...DEFAULT_CONFIG,
      optimizer: { kind: 'momentum', learningRate: 0.2 },
      seed: 1,
    });
    expect(alarm).toMatchObject({ kind: 'rising', cause: 'learning-rate', steps: 500 });
    expect(alarm.loss).toBeGreaterThan(1.5 * alarm.lossFrom);
  });

  it('a healthy run raises nothing', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [DEFAULT_CONFIG] });
    const m = page.mark();
    page.send({ type: 'play' });
    await page.frameAfter(m, (f) => f.trainers[0].step > 5000);
    expect(page.since(m).filter(isAlarm)).toHaveLength(0);
  });
});

describe('step-through', () => {
  it('a completed step whose numbers overflowed is not committed when leaving', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [EXPLODING.config] });
    for (let k = 0; k < 3; k++) await page.request({ type: 'step', unit: 'batch' });
    const before = page.lastFrame().trainers[0];
    await page.request({ type: 'stepper-enter', example: { kind: 'row', index: 0 } });
    // 7 layers: a weighted sum and an activation each, the loss, δ and ∂L/∂W each, the update.
    const done = await page.request({ type: 'stepper-seek', position: 30 });
    expect(done.stepper?.position).toBe(done.stepper?.phases.length);
    const m = page.mark();
    const f = await page.request({ type: 'stepper-exit' });
    const { alarm } = page.since(m).find(isAlarm)!;
    expect(alarm).toMatchObject({ kind: 'overflow', trainer: 0, step: 3 });
    expect(f.trainers[0].step).toBe(3);
    expect(Array.from(f.trainers[0].params)).toEqual(Array.from(before.params));
  });
});
