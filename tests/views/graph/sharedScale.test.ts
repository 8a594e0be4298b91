import { describe, expect, it } from 'vitest';
import { maxEdgeMagnitude, sharedEdgeMax } from '../../../src/views/graph/renderEdges';
import { paramSlices } from '../../../src/views/graph/layout';
import { makeTrainerFrame } from '../fixtures/frame';
import type { Frame } from '../../../src/worker/protocol';

describe('compare mode edge scale', () => {
  it('both networks are scaled to the larger of their largest edges', () => {
    const a = makeTrainerFrame({ seed: 1 });
    const b = makeTrainerFrame({ seed: 2 });
    b.grads.forEach((_, k) => (b.grads[k] *= 1000)); // the right-hand network's gradients are far larger
    const frame = { trainers: [a, b] } as unknown as Frame;
    const maxA = maxEdgeMagnitude(a, 'gradient', paramSlices(a.layerSizes));
    const maxB = maxEdgeMagnitude(b, 'gradient', paramSlices(b.layerSizes));
    expect(sharedEdgeMax(frame, [0, 1], 'gradient')).toBe(Math.max(maxA, maxB));
    expect(sharedEdgeMax(frame, [0], 'gradient')).toBe(maxA);
    expect(sharedEdgeMax(null, [0, 1], 'gradient')).toBeNull();
  });
});
