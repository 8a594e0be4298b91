/**
 * The graph's keyboard model: arrows between columns and units, Enter down to a neuron's
 * incoming weights and bias, Escape back up, P along the strongest branch to the loss.
 */
import { describe, expect, it } from 'vitest';
import { initialSpot, navigate, type NavNet, type NavState } from '../../../src/views/graph/navigation';

// 2 inputs → 3 → 2 → 1 output; the strongest branch from any neuron goes to the last unit above it.
const net: NavNet = { sizes: [2, 3, 2, 1], strongestNext: (layer) => net.sizes[layer + 1] - 1 };
const start: NavState = { spot: initialSpot(net.sizes, null), trail: null };

function press(state: NavState, ...keys: string[]): NavState {
  return keys.reduce((s, key) => {
    const r = navigate(s, key.replace('Shift+', ''), key.startsWith('Shift+'), net);
    if (!r) throw new Error(`${key} is not the graph's here`);
    return r.state;
  }, state);
}

describe('graph navigation', () => {
  it('starts on the first hidden neuron and moves between columns and units, clamped at the ends', () => {
    expect(start.spot).toEqual({ kind: 'unit', column: 1, unit: 0 });
    expect(press(start, 'ArrowLeft').spot).toEqual({ kind: 'unit', column: 0, unit: 0 });
    expect(press(start, 'ArrowLeft', 'ArrowLeft').spot).toEqual({ kind: 'unit', column: 0, unit: 0 });
    expect(press(start, 'ArrowDown', 'ArrowDown', 'ArrowDown').spot).toEqual({ kind: 'unit', column: 1, unit: 2 });
    // From the bottom of 3 units to the bottom of 2, then the single output.
    expect(press(start, 'End', 'ArrowRight').spot).toEqual({ kind: 'unit', column: 2, unit: 1 });
    expect(press(start, 'ArrowRight', 'ArrowRight', 'ArrowRight').spot).toEqual({ kind: 'unit', column: 3, unit: 0 });
  });

  it('Enter descends to the incoming weights and the bias, selecting the neuron; Enter there chooses', () => {
    const r = navigate(start, 'Enter', false, net)!;
    expect(r.state.spot).toEqual({ kind: 'incoming', layer: 0, to: 0, item: 0 });
    expect(r.action).toEqual({ kind: 'select', selection: { kind: 'neuron', layer: 0, unit: 0 } });
    const bias = press(r.state, 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(bias.spot).toEqual({ kind: 'incoming', layer: 0, to: 0, item: 2 });
    expect(navigate(bias, 'Enter', false, net)!.action).toEqual({
      kind: 'choose',
      selection: { kind: 'bias', layer: 0, unit: 0 },
    });
    expect(navigate(r.state, 'Enter', false, net)!.action).toEqual({
      kind: 'choose',
      selection: { kind: 'weight', layer: 0, to: 0, from: 0 },
    });
    expect(press(r.state, 'Escape').spot).toEqual({ kind: 'unit', column: 1, unit: 0 });
    expect(press(r.state, 'ArrowDown', 'ArrowLeft').spot).toEqual({ kind: 'unit', column: 0, unit: 1 });
  });

  it('an input has nothing to descend to: Enter says so and stays', () => {
    const input = press(start, 'ArrowLeft');
    const r = navigate(input, 'Enter', false, net)!;
    expect(r.state.spot).toEqual(input.spot);
    expect(r.action?.kind).toBe('say');
  });

  it('P follows the strongest branch one weight per layer to the loss; Shift+P and Enter come back', () => {
    const weight = press(start, 'Enter', 'ArrowDown'); // the weight from x2 into O11
    const hop2 = press(weight, 'p');
    expect(hop2.spot).toEqual({ kind: 'incoming', layer: 1, to: 1, item: 0 });
    expect(hop2.trail).toEqual({ layer: 0, from: 1, units: [0, 1] });
    const hop3 = press(hop2, 'p');
    expect(hop3.spot).toEqual({ kind: 'incoming', layer: 2, to: 0, item: 1 });
    const loss = press(hop3, 'p');
    expect(loss.spot).toEqual({ kind: 'loss' });
    expect(loss.trail?.units).toEqual([0, 1, 0]);
    expect(press(loss, 'Shift+p').spot).toEqual(hop3.spot);
    expect(press(loss, 'Shift+p', 'Shift+p').trail?.units).toEqual([0, 1]);
    const back = navigate(loss, 'Enter', false, net)!;
    expect(back.action).toEqual({ kind: 'choose', selection: { kind: 'weight', layer: 0, to: 0, from: 1 } });
    expect(back.state).toEqual({ spot: weight.spot, trail: null });
  });

  it('leaves keys it does not use to the page, and starts on the selection when there is one', () => {
    expect(navigate(start, 'b', false, net)).toBeNull();
    expect(navigate(start, 'Tab', false, net)).toBeNull();
    expect(initialSpot(net.sizes, { kind: 'weight', layer: 1, to: 1, from: 2 })).toEqual({
      kind: 'incoming',
      layer: 1,
      to: 1,
      item: 2,
    });
    expect(initialSpot(net.sizes, { kind: 'bias', layer: 2, unit: 0 })).toEqual({
      kind: 'incoming',
      layer: 2,
      to: 0,
      item: 2,
    });
  });
});
