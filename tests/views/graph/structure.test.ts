/** The graph's structure key reads back as the layer sizes and skips it was made from. */
import { describe, expect, it } from 'vitest';
import { structureFromKey, structureKey } from '../../../src/views/graph/structure';
import { makeFrame } from '../fixtures/frame';

describe('structureFromKey', () => {
  it('gives back the sizes and skips of the frame the key was made from', () => {
    const hidden = [
      { units: 3, activation: 'tanh' as const },
      { units: 3, activation: 'tanh' as const, skip: true },
    ];
    const key = structureKey(makeFrame({ hidden }).trainers[0]);
    expect(key).toBe('2,3,3,1|010');
    expect(structureFromKey(key)).toEqual({ sizes: [2, 3, 3, 1], skips: [false, true, false] });
  });

  it('reads a network without skips as no skips, and no frame as no layers', () => {
    expect(structureFromKey(structureKey(makeFrame().trainers[0]))).toEqual({ sizes: [2, 3, 2, 1], skips: [] });
    expect(structureFromKey(structureKey(undefined))).toEqual({ sizes: [], skips: [] });
  });
});
