/**
 * Step-through mode and the weight inspector, through the worker: the phase-by-phase
 * pass ends with exactly the weights of one ordinary training step on that example,
 * Previous restores earlier states exactly, and the inspector's chain-rule sum and slope
 * agree with backprop.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  computeGradients,
  computeLoss,
  createNetwork,
  forward,
  layerStatsInto,
  loadBatch,
  trainStep,
} from '../../src/engine';
import type { Frame, TrainerConfig } from '../../src/worker/protocol';
import { engineReplica, FakePage, rowOf, smallConfig, stepView, ROUND_TRIPS_TIMEOUT, type StepView } from './harness';

vi.setConfig({ testTimeout: ROUND_TRIPS_TIMEOUT });

let page: FakePage;
afterEach(() => page?.dispose());

function stepperOf(f: Frame): StepView {
  const view = stepView(f);
  expect(view).not.toBeNull();
  return view!;
}

/** Which per-unit values the phases done so far have computed, layer by layer. */
function expectComputedSoFar(st: StepView, layerSizes: number[]): void {
  const done = st.phases.slice(0, st.position);
  let o = 0;
  layerSizes.slice(1).forEach((n, layer) => {
    const has = (kind: string) => done.some((p) => p.kind === kind && 'layer' in p && p.layer === layer);
    const check = (arr: Float64Array, computed: boolean, what: string) => {
      for (let u = o; u < o + n; u++) {
        expect(Number.isFinite(arr[u]), `${what} of layer ${layer} at position ${st.position}`).toBe(computed);
      }
    };
    check(st.probe.z, has('forward-z'), 'z');
    check(st.probe.a, has('forward-a'), 'a');
    check(st.probe.delta, has('backward-delta'), 'δ');
    o += n;
  });
  expect(Number.isFinite(st.probe.loss)).toBe(done.some((p) => p.kind === 'loss'));
}

/** Enters the stepper on `row` and runs every phase; returns the frame at each position. */
async function walk(row: number): Promise<StepView[]> {
  const frames = [stepperOf(await page.request({ type: 'stepper-enter', example: { kind: 'row', index: row } }))];
  while (frames[frames.length - 1].position < frames[0].phases.length) {
    frames.push(stepperOf(await page.stepPhase(1)));
  }
  return frames;
}

describe('step-through mode', () => {
  it('one full pass equals one ordinary training step on that example, and Previous restores exactly', async () => {
    page = new FakePage();
    const config = smallConfig();
    const start = (await page.request({ type: 'configure', trainers: [config] })).trainers[0];
    const { net, optimizer, train } = engineReplica(config);
    expect(net.params).toEqual(start.params);

    const frames = await walk(0);
    const phases = frames[0].phases;
    expect(phases).toHaveLength(2 * 3 + 1 + 2 * 3 + 1);
    expect(phases[0]).toEqual({ kind: 'forward-z', layer: 0 });
    expect(phases.at(-1)).toEqual({ kind: 'update' });
    frames.forEach((st, k) => {
      expect(st.position).toBe(k);
      expect(st.probe.input).toEqual(rowOf(train, 0).x);
      expect(st.probe.target).toEqual(rowOf(train, 0).y);
      expect(st.paramsBefore).toEqual(start.params);
      expect(st.learningRate).toBe(config.optimizer.learningRate);
      expectComputedSoFar(st, start.layerSizes);
      if (k < phases.length) expect(st.params).toEqual(start.params);
    });

    // The engine, directly: gradients of that one example, then one SGD step.
    const { x, y } = rowOf(train, 0);
    const g = computeGradients(net, [x], [y]);
    const final = frames.at(-1)!;
    expect(final.grads).toEqual(net.grads);
    expect(final.probe.loss).toBe(g.loss);
    trainStep(net, optimizer, [x], [y]);
    expect(final.params).toEqual(net.params);
    expect(final.params).not.toEqual(start.params);

    // Previous, twice, restores the earlier frames exactly; Next replays them identically.
    expect(stepperOf(await page.stepPhase(-1))).toEqual(frames.at(-2));
    expect(stepperOf(await page.stepPhase(-1))).toEqual(frames.at(-3));
    expect(stepperOf(await page.stepPhase(1))).toEqual(frames.at(-2));
    expect(stepperOf(await page.stepPhase(1))).toEqual(final);

    // Leaving after a full pass counts one step and keeps the new weights.
    const exited = await page.request({ type: 'stepper-exit' });
    expect(exited.stepper).toBeNull();
    expect(exited.trainers[0].step).toBe(1);
    expect(exited.trainers[0].examplesSeen).toBe(1);
    expect(exited.trainers[0].params).toEqual(final.params);
    // …and shows that step's numbers, as after an ordinary step: the example's gradients,
    // loss and layer statistics (the vanishing-gradient lens reads these).
    expect(exited.trainers[0].grads).toEqual(final.grads);
    expect(exited.trainers[0].batchLoss).toBe(g.loss);
    expect(exited.trainers[0].stats).toEqual(layerStatsInto(net, new Float64Array(exited.trainers[0].stats.length)));

    // A second pass on another row starts from those weights and matches the engine again.
    const second = await walk(5);
    second.forEach((st) => {
      expect(st.probe.input).toEqual(rowOf(train, 5).x);
      expect(st.paramsBefore).toEqual(final.params);
      expectComputedSoFar(st, start.layerSizes);
    });
    trainStep(net, optimizer, [rowOf(train, 5).x], [rowOf(train, 5).y]);
    expect(second.at(-1)!.params).toEqual(net.params);
    const exited2 = await page.request({ type: 'stepper-exit' });
    expect(exited2.trainers[0].step).toBe(2);
    expect(exited2.trainers[0].params).toEqual(net.params);
  });

  it('leaving before the update changes nothing; a custom example works like a row', async () => {
    page = new FakePage();
    const config = smallConfig();
    const start = (await page.request({ type: 'configure', trainers: [config] })).trainers[0];
    await page.request({ type: 'stepper-enter', example: { kind: 'row', index: 2 } });
    for (let k = 0; k < 8; k++) await page.stepPhase(1);
    const left = await page.request({ type: 'stepper-exit' });
    expect(left.trainers[0].step).toBe(0);
    expect(left.trainers[0].params).toEqual(start.params);
    expect(left.trainers[0].grads).toEqual(start.grads);

    const input = [0.5, -1.5];
    const target = [1];
    const entered = stepperOf(
      await page.request({ type: 'stepper-enter', example: { kind: 'custom', input, target } }),
    );
    let st = entered;
    while (st.position < st.phases.length) st = stepperOf(await page.stepPhase(1));
    const { net, optimizer } = engineReplica(config);
    trainStep(net, optimizer, [input], [target]);
    expect(st.params).toEqual(net.params);

    // Play leaves step-through mode (counting the finished step) and trains on.
    const m = page.mark();
    page.send({ type: 'play' });
    const playing = await page.frameAfter(m, (f) => f.playing && f.trainers[0].step > 1);
    expect(playing.stepper).toBeNull();
    page.send({ type: 'pause' });
  });
});

/** Loss of the probe example as a function of params[index], recomputed with the engine. */
function lossWith(
  config: TrainerConfig,
  params: Float64Array,
  index: number,
  w: number,
  x: Float64Array,
  y: Float64Array,
) {
  const net = createNetwork(engineReplica(config).net.spec);
  net.params.set(params);
  net.params[index] = w;
  loadBatch(net, x, y, null, 0, 1);
  forward(net);
  return computeLoss(net);
}

describe('select-weight', () => {
  it('reports chain-rule paths that sum to backprop, and a loss curve whose slope is that gradient', async () => {
    page = new FakePage();
    const config = smallConfig();
    await page.request({ type: 'configure', trainers: [config] });
    await page.request({ type: 'step', unit: 'epoch' });
    const { train } = engineReplica(config);
    const { x, y } = rowOf(train, 0);

    for (const weight of [
      { layer: 0, to: 1, from: 0 },
      { layer: 1, to: 2, from: 3 },
      { layer: 2, to: 0, from: 1 },
    ]) {
      const f = await page.request(
        { type: 'select-weight', weight },
        (fr) => fr.weight !== null && JSON.stringify(fr.weight.weight) === JSON.stringify(weight),
      );
      const r = f.weight!;
      const t = f.trainers[0];
      const sizes = t.layerSizes;
      let index = 0;
      for (let l = 0; l < weight.layer; l++) index += sizes[l + 1] * sizes[l] + sizes[l + 1];
      index += weight.to * sizes[weight.layer] + weight.from;

      expect(r.value).toBe(t.params[index]);
      expect(r.gradBatch).toBe(t.grads[index]);
      expect(r.gradExample).toBe(r.paths.backprop);
      expect(r.paths.backprop).not.toBe(0);
      expect(Math.abs(r.paths.pathSum - r.paths.backprop)).toBeLessThanOrEqual(1e-12 * Math.abs(r.paths.backprop));
      expect(r.paths.count).toBe(sizes.slice(weight.layer + 2).reduce((p, n) => p * n, 1));
      expect(r.learningRate).toBe(config.optimizer.learningRate);

      // The curve passes through the current weight at the probe example's loss.
      const { ws, losses } = r.curve;
      const c = (ws.length - 1) / 2;
      expect(ws[c]).toBeCloseTo(r.value, 12);
      expect(losses[c]).toBeCloseTo(t.probe.loss, 12);

      // Its slope at the current value (central differences on the curve's own points,
      // with the coarser one bounding the truncation error) is ∂L/∂w of that example.
      const h = ws[c + 1] - ws[c];
      const d1 = (losses[c + 1] - losses[c - 1]) / (2 * h);
      const d2 = (losses[c + 2] - losses[c - 2]) / (4 * h);
      expect(Math.abs(d1 - r.gradExample)).toBeLessThanOrEqual(1e-9 + 2 * Math.abs(d2 - d1));
      expect(Math.abs(d1 - r.gradExample)).toBeLessThanOrEqual(0.05 * Math.abs(r.gradExample) + 1e-9);

      // And recomputed finely with the engine, to 1e-6.
      const e = 1e-6;
      const fd =
        (lossWith(config, t.params, index, r.value + e, x, y) - lossWith(config, t.params, index, r.value - e, x, y)) /
        (2 * e);
      expect(Math.abs(fd - r.gradExample)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(r.gradExample)));
    }

    // Deselecting clears the report.
    const cleared = await page.request({ type: 'select-weight', weight: null });
    expect(cleared.weight).toBeNull();
  });

  it('during step-through it explains the stepper example at the weights before the update', async () => {
    page = new FakePage();
    const config = smallConfig();
    await page.request({ type: 'configure', trainers: [config] });
    await page.request({ type: 'select-weight', weight: { layer: 0, to: 0, from: 1 } });
    const frames = await walk(4);
    const { net, train } = engineReplica(config);
    const { x, y } = rowOf(train, 4);
    computeGradients(net, [x], [y]);
    for (const st of frames) expect(st).toBeDefined();
    const f = page.lastFrame();
    expect(f.weight!.gradExample).toBe(net.layers[0].dW[0 * 2 + 1]);
    expect(f.weight!.value).toBe(frames[0].paramsBefore[1]);
    page.send({ type: 'stepper-exit' });
  });
});
