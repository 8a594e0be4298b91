/**
 * The flat parameter layout has one owner: the network's own W and b views, the frame
 * arrays and every index the app asks for must agree with it.
 */
import { describe, expect, it } from 'vitest';
import {
  biasIndex,
  createNetwork,
  fitsLayout,
  layoutOf,
  unitIndex,
  weightFrom,
  weightIndex,
  weightTo,
} from '../../src/engine';

describe('layoutOf', () => {
  const sizes = [2, 3, 4, 1];
  const layout = layoutOf(sizes);
  const net = createNetwork({
    inputSize: 2,
    loss: 'mse',
    seed: 4,
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 4, activation: 'relu' },
      { units: 1, activation: 'sigmoid' },
    ],
  });

  it('counts every weight and bias, and every unit', () => {
    expect(layout.paramCount).toBe(net.params.length);
    expect(layout.paramCount).toBe(2 * 3 + 3 + 3 * 4 + 4 + 4 * 1 + 1);
    expect(layout.unitCount).toBe(3 + 4 + 1);
  });

  it('finds each weight and bias where the network keeps it', () => {
    net.layers.forEach((l, layer) => {
      for (let to = 0; to < l.nOut; to++) {
        for (let from = 0; from < l.nIn; from++) {
          expect(net.params[weightIndex(layout, layer, to, from)]).toBe(l.W[to * l.nIn + from]);
        }
        expect(net.params[biasIndex(layout, layer, to)]).toBe(l.b[to]);
      }
    });
  });

  it('walks a layer’s weights in W’s flat order, and units layer after layer', () => {
    const s = layout.layers[1];
    for (let k = 0; k < s.nIn * s.nOut; k++) {
      expect(weightIndex(layout, 1, weightTo(s, k), weightFrom(s, k))).toBe(s.w + k);
    }
    expect([0, 1, 2].map((l) => unitIndex(layout, l, 0))).toEqual([0, 3, 7]);
  });

  it('says whether a reference exists, and returns the same object for the same sizes', () => {
    expect(fitsLayout(layout, { layer: 1, to: 3, from: 2 })).toBe(true);
    expect(fitsLayout(layout, { layer: 1, to: 4, from: 0 })).toBe(false);
    expect(fitsLayout(layout, { layer: 3, unit: 0 })).toBe(false);
    expect(fitsLayout(layout, { layer: 0, unit: 1.5 })).toBe(false);
    expect(layoutOf([2, 3, 4, 1])).toBe(layout);
  });
});
