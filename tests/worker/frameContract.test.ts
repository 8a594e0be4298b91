/**
 * The frame contract: a frame carries what the views draw, computed once in the worker —
 * per unit z, a, δ, f′(z) and the status (the engine's one rule), per layer the largest
 * |∂L/∂w| and |w|, the optimiser settings the trainer runs — the step-through's values
 * exactly once, and an output map only when the weights changed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activationOf, UNIT_STATUSES, layoutOf, unitIndex, unitStatusCode, weightIndex } from '../../src/engine';
import type { Frame } from '../../src/worker/protocol';
import { FakePage, isError, smallConfig, ROUND_TRIPS_TIMEOUT } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

const deep = smallConfig({
  hidden: [
    { units: 5, activation: 'sigmoid' },
    { units: 4, activation: 'relu' },
    { units: 3, activation: 'tanh' },
  ],
  output: 'sigmoid',
  init: { kind: 'he', scale: 3 },
});

/** Largest |v| over the weights (not the biases) of one layer. */
function layerMax(values: Float64Array, sizes: number[], layer: number): number {
  const s = layoutOf(sizes).layers[layer];
  let max = 0;
  for (let q = s.w; q < s.b; q++) max = Math.max(max, Math.abs(values[q]));
  return max;
}

describe('the frame contract', () => {
  it('carries f′(z) and one status per unit, computed by the engine’s rule', async () => {
    page = new FakePage();
    const f = await page.request({ type: 'configure', trainers: [deep] });
    const t = f.trainers[0];
    const layout = layoutOf(t.layerSizes);
    const names = [...deep.hidden.map((l) => l.activation), deep.output];
    let flagged = 0;
    layout.layers.forEach((s, l) => {
      const act = activationOf(names[l]);
      for (let j = 0; j < s.nOut; j++) {
        const q = unitIndex(layout, l, j);
        expect(t.probe.df[q]).toBe(act.df(t.probe.z[q], t.probe.a[q]));
        expect(t.probe.status[q]).toBe(unitStatusCode(act, t.probe.df[q]));
        if (t.probe.status[q] !== 0) flagged++;
      }
    });
    // He ×3 on sigmoid and ReLU layers: some units are saturated or inactive on the probe row.
    expect(flagged).toBeGreaterThan(0);
    expect(UNIT_STATUSES[t.probe.status[0]]).toBeDefined();
  });

  it('carries the largest |∂L/∂w| and |w| per layer, and the optimiser settings running', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [deep] });
    const f = await page.request({ type: 'step', unit: 'batch' });
    const t = f.trainers[0];
    for (let l = 0; l < t.layerSizes.length - 1; l++) {
      expect(t.edgeMax[2 * l]).toBe(layerMax(t.grads, t.layerSizes, l));
      expect(t.edgeMax[2 * l + 1]).toBe(layerMax(t.params, t.layerSizes, l));
    }
    expect(t.optimizer).toMatchObject(deep.optimizer);
    expect(t.batchSize).toBe(deep.batchSize);

    // A live change is confirmed by the worker and shows in the next frame.
    const m = page.mark();
    const changed = await page.request({ type: 'set-optimizer', patch: { learningRate: 0.5, kind: 'adam' } });
    expect(changed.trainers[0].optimizer).toMatchObject({ kind: 'adam', learningRate: 0.5 });
    const confirmed = page.since(m).find((e) => e.type === 'reconfigured');
    expect(confirmed).toEqual({
      type: 'reconfigured',
      configs: [{ ...deep, optimizer: { kind: 'adam', learningRate: 0.5 } }],
    });
  });

  it('in step-through shows the stepper’s example once (as the first trainer’s values), and sends no new map per phase', async () => {
    page = new FakePage();
    const start = await page.request({ type: 'configure', trainers: [deep] });
    expect(start.trainers[0].outputMap).not.toBeNull();
    const entered = await page.request({
      type: 'stepper-enter',
      example: { kind: 'custom', input: [1, -2], target: [1] },
    });
    expect(entered.stepper).not.toBeNull();
    expect(Object.keys(entered.stepper!).sort()).toEqual(['example', 'paramsBefore', 'phases', 'position']);
    expect([...entered.trainers[0].probe.input]).toEqual([1, -2]);
    // Before the first phase nothing is computed, so nothing is called saturated.
    expect(entered.trainers[0].probe.z.every(Number.isNaN)).toBe(true);
    expect(entered.trainers[0].probe.status.every((s) => s === 0)).toBe(true);
    const frames: Frame[] = [];
    for (let k = 0; k < 5; k++) frames.push(await page.stepPhase(1));
    expect(frames.map((f) => f.stepper!.position)).toEqual([1, 2, 3, 4, 5]);
    // The weights did not change: no output map is recomputed or sent.
    expect(frames.every((f) => f.trainers[0].outputMap === null)).toBe(true);
    // Seeking straight to a phase lands where stepping does.
    const back = await page.request({ type: 'stepper-seek', position: 2 });
    expect(back.trainers[0].probe).toEqual(frames[1].trainers[0].probe);
    const far = await page.request({ type: 'stepper-seek', position: 5 });
    expect(far.trainers[0].probe).toEqual(frames[4].trainers[0].probe);
    expect(far.trainers[0].params[weightIndex(layoutOf(far.trainers[0].layerSizes), 0, 0, 0)]).toBe(
      start.trainers[0].params[0],
    );
  });

  it('refuses a phase that does not exist, and a seek without a step-through', async () => {
    page = new FakePage();
    await page.request({ type: 'configure', trainers: [deep] });
    let m = page.mark();
    page.send({ type: 'stepper-seek', position: 1 });
    expect(await page.eventAfter(m, isError)).toMatchObject({
      kind: 'invalid',
      field: 'stepper',
      command: 'stepper-seek',
    });
    await page.request({ type: 'stepper-enter', example: { kind: 'row', index: 0 } });
    m = page.mark();
    page.send({ type: 'stepper-seek', position: 99 });
    expect(await page.eventAfter(m, isError)).toMatchObject({ kind: 'invalid', field: 'position' });
  });
});

describe('configure with a trained state (resume)', () => {
  it('starts from the given weights, optimiser moments and counters, and predicts identically', async () => {
    page = new FakePage();
    const config = smallConfig({ optimizer: { kind: 'adam', learningRate: 0.01 } });
    await page.request({ type: 'configure', trainers: [config] });
    await page.request({ type: 'step', unit: 'epoch' });
    const trained = page.lastFrame().trainers[0];
    expect(trained.step).toBeGreaterThan(0);

    const other = new FakePage();
    try {
      const resumed = (
        await other.request({
          type: 'configure',
          trainers: [config],
          resume: [
            {
              params: trained.params,
              counters: { step: trained.step, epoch: trained.epoch, examplesSeen: trained.examplesSeen },
            },
          ],
        })
      ).trainers[0];
      expect(resumed.params).toEqual(trained.params);
      expect([resumed.step, resumed.epoch, resumed.examplesSeen]).toEqual([
        trained.step,
        trained.epoch,
        trained.examplesSeen,
      ]);
      // Same weights, same output map: identical predictions.
      expect(resumed.outputMap).toEqual(trained.outputMap ?? resumed.outputMap);
      expect(resumed.probe.a).toEqual(trained.probe.a);
    } finally {
      other.dispose();
    }
  });

  it('refuses a damaged state whole, naming the field, and keeps the running network', async () => {
    page = new FakePage();
    const start = await page.request({ type: 'configure', trainers: [deep] });
    const n = start.trainers[0].params.length;
    const cases: [unknown, string][] = [
      [{ params: new Float64Array(n - 1) }, 'resume.params'],
      [{ params: Float64Array.from({ length: n }, (_, k) => (k === 3 ? NaN : 0.1)) }, 'resume.params[3]'],
      [{ params: new Float64Array(n), counters: { step: -1, epoch: 0, examplesSeen: 0 } }, 'resume.counters.step'],
    ];
    for (const [resume, field] of cases) {
      const m = page.mark();
      page.sendRaw({ type: 'configure', trainers: [deep], resume: [resume] });
      expect(await page.eventAfter(m, isError)).toMatchObject({ kind: 'invalid', field, command: 'configure' });
    }
    const after = await page.request({ type: 'step', unit: 'batch' });
    expect(after.trainers[0].layerSizes).toEqual(start.trainers[0].layerSizes);
    expect(after.trainers[0].step).toBe(1);
  });

  it('says what the step-through has computed, phase by phase; the rest is not counted as overflowed', async () => {
    page = new FakePage();
    const first = await page.request({ type: 'configure', trainers: [deep] });
    expect(first.trainers[0].computed).toBeNull();
    expect(first.trainers[0].nonFinite).toEqual({ params: 0, grads: 0 });
    let f = await page.request({ type: 'stepper-enter', example: { kind: 'row', index: 0 } });
    const layers = f.trainers[0].layerSizes.length - 1;
    const none = Array(layers).fill(false);
    expect(f.trainers[0].computed).toEqual({ z: none, a: none, delta: none, grads: none, loss: false, update: false });
    // Not-yet values stand as NaN, by design, not by overflow.
    expect(f.trainers[0].grads.every(Number.isNaN)).toBe(true);
    expect(f.trainers[0].nonFinite.grads).toBe(0);
    // The first layer's weighted sum and activation, then everything up to the output's δ and gradients.
    f = await page.request({ type: 'stepper-seek', position: 2 });
    expect(f.trainers[0].computed?.z).toEqual([true, false, false, false]);
    expect(f.trainers[0].computed?.a).toEqual([true, false, false, false]);
    f = await page.request({ type: 'stepper-seek', position: 2 * layers + 3 });
    const c = f.trainers[0].computed!;
    expect([c.loss, c.delta, c.grads, c.update]).toEqual([
      true,
      [false, false, false, true],
      [false, false, false, true],
      false,
    ]);
    f = await page.request({ type: 'stepper-exit' });
    expect(f.trainers[0].computed).toBeNull();
  });
});
