/**
 * The decision boundary computed in pieces while training plays (mapJob.ts) is the map of the
 * step it started at, number for number, however the pieces fall and whatever trains meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { trainerStep } from '../../src/engine';
import { SPIRAL_3 } from '../../src/lessons/presets';
import { MapJob } from '../../src/worker/mapJob';
import { outputMapOf } from '../../src/worker/outputMap';
import { buildRun, viewOf } from '../../src/worker/trainerRun';
import type { TrainerConfig } from '../../src/worker/protocol';
import { smallConfig } from './harness';

function mappedInPieces(config: TrainerConfig) {
  const run = buildRun(config);
  for (let k = 0; k < 20; k++) trainerStep(run.trainer);
  const expected = outputMapOf(viewOf(run));
  const job = MapJob.start(run)!;
  expect(job.step).toBe(run.trainer.step);
  let pieces = 0;
  // A zero budget: one piece per call, with training going on between the pieces.
  while (!job.advance(() => 0, 0)) {
    pieces++;
    trainerStep(run.trainer);
  }
  return { expected, got: job.result(), pieces };
}

describe('the map in pieces', () => {
  it('equals the map of its starting step, for a grid of values', () => {
    const { expected, got, pieces } = mappedInPieces(smallConfig());
    expect(pieces).toBeGreaterThan(3);
    expect(got).toEqual(expected);
  });

  it('once finished, advancing again changes nothing (two networks in compare mode share the pieces)', () => {
    const run = buildRun(smallConfig());
    const job = MapJob.start(run)!;
    while (!job.advance(() => 0, 0));
    const map = job.result();
    expect(job.advance(() => 0, 0)).toBe(true);
    expect(job.result()).toEqual(map);
  });

  it('and for a softmax map of classes', () => {
    const { expected, got } = mappedInPieces(SPIRAL_3.config);
    expect(got?.kind).toBe('classes');
    expect(got).toEqual(expected);
  });

  it('and for a 1-D curve', () => {
    const { expected, got } = mappedInPieces(
      smallConfig({ dataset: { kind: 'sine', count: 100, noise: 0, testFraction: 0.2 }, output: 'linear' }),
    );
    expect(got?.kind).toBe('curve');
    expect(got).toEqual(expected);
  });
});
