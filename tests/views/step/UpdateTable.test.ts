/** The update table's rows: one per parameter, in the engine's order, named in the seed notation, and new = old − η·∂L/∂w. */
import { describe, expect, it } from 'vitest';
import { updateRows } from '../../../src/views/step/UpdateTable';
import { FOUR_NEURON_LAYERS, inspectorFixture } from '../inspector/fixture';

describe('updateRows', () => {
  it('names every weight and bias of the four-neuron net', () => {
    const fx = inspectorFixture({
      layers: FOUR_NEURON_LAYERS,
      inputSize: 1,
      input: [0.5],
      target: [1],
      stepperPhases: 14,
    });
    const rows = updateRows(fx.frame.stepper!, fx.frame.trainers[0]);
    expect(rows.map((r) => r.name)).toEqual([
      'w x1 → O1,1',
      'b of O1,1',
      'w O1,1 → O2,1',
      'w O1,1 → O2,2',
      'b of O2,1',
      'b of O2,2',
      'w O2,1 → O3,1',
      'w O2,2 → O3,1',
      'b of O3,1',
    ]);
  });

  it("carries the engine's numbers: old, gradient, and new = old − η·gradient (SGD)", () => {
    const fx = inspectorFixture({ stepperPhases: 14, learningRate: 0.25 });
    const st = fx.frame.stepper!;
    // While stepping, the first trainer's params and grads are the stepper's example's.
    const t = fx.frame.trainers[0];
    const rows = updateRows(st, t);
    expect(rows).toHaveLength(t.params.length);
    rows.forEach((r, k) => {
      expect(r.old).toBe(st.paramsBefore[k]);
      expect(r.grad).toBe(t.grads[k]);
      expect(r.next).toBe(t.params[k]);
      expect(Number.isFinite(r.grad)).toBe(true);
      expect(r.next).toBeCloseTo(r.old - 0.25 * r.grad, 12);
    });
    // The weight from x2 into the second neuron of hidden layer 1 is W[1][1] of the first layer.
    expect(rows[3].name).toBe('w x2 → O1,2');
    expect(rows[3].old).toBe(st.paramsBefore[1 * 2 + 1]);
  });

  it('before the update the new values equal the old ones', () => {
    const fx = inspectorFixture({ stepperPhases: 13 });
    const rows = updateRows(fx.frame.stepper!, fx.frame.trainers[0]);
    for (const r of rows) expect(r.next).toBe(r.old);
  });
});
