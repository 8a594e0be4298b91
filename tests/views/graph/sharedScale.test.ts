import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/engine/layout';
import { maxEdgeMagnitude, sharedEdgeMax } from '../../../src/views/graph/edgeValues';
import { edgeMaxOf } from '../../../src/worker/frames';
import { makeTrainerFrame } from '../fixtures/frame';
import type { Frame } from '../../../src/worker/protocol';

describe('compare mode edge scale', () => {
  it('both networks are scaled to the larger of their largest edges', () => {
    const a = makeTrainerFrame({ seed: 1 });
    const b = makeTrainerFrame({ seed: 2 });
    b.grads.forEach((_, k) => (b.grads[k] *= 1000)); // the right-hand network's gradients are far larger
    b.edgeMax = edgeMaxOf(layoutOf(b.layerSizes), b.grads, b.params); // as the worker reports them
    const frame = { trainers: [a, b] } as unknown as Frame;
    const maxA = maxEdgeMagnitude(a, 'gradient');
    const maxB = maxEdgeMagnitude(b, 'gradient');
    expect(maxB).toBeGreaterThan(maxA);
    expect(sharedEdgeMax(frame, [0, 1], 'gradient')).toBe(Math.max(maxA, maxB));
    expect(sharedEdgeMax(frame, [0], 'gradient')).toBe(maxA);
    expect(sharedEdgeMax(null, [0, 1], 'gradient')).toBeNull();
  });
});
