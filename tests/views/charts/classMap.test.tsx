/**
 * The output map of a softmax network: each cell in its winning class's colour, lighter the
 * less sure it is (the winner's probability from 1/K to 1), points shaped and coloured by
 * class, and a legend with one key per class.
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SPIRAL_3 } from '../../../src/lessons/presets';
import { OutputMap } from '../../../src/views/charts/OutputMap';
import { classShape, markerPath } from '../../../src/views/charts/classMarkers';
import { classTint, confidenceShare, renderClassMap } from '../../../src/views/charts/renderClassMap';
import { mapGeometry } from '../../../src/views/charts/outputMapGeometry';
import { classColor } from '../../../src/views/kit/encodings';
import type { OutputMap as OutputMapData, TrainerData } from '../../../src/worker/protocol';
import { current, renderApp, testApp } from '../../helpers/testApp';

function oneHot(K: number, count: number): TrainerData {
  const points = (n: number) => ({
    inputs: Float64Array.from({ length: 2 * n }, (_, k) => Math.sin(k) * 5),
    targets: Float64Array.from({ length: K * n }, (_, k) => (Math.floor(k / K) % K === k % K ? 1 : 0)),
    count: n,
  });
  return {
    inputSize: 2,
    outputSize: K,
    task: 'classification',
    labels: 'one-hot',
    train: points(count),
    test: points(4),
  };
}

describe('class map colours', () => {
  it('confidence runs from the chance level 1/K (faintest) to certainty (strongest)', () => {
    expect(confidenceShare(1 / 3, 3)).toBe(0);
    expect(confidenceShare(1, 3)).toBe(1);
    expect(confidenceShare(2 / 3, 3)).toBeCloseTo(0.5, 12);
    const faint = classTint(2, 0);
    const strong = classTint(2, 1);
    // Fainter = lighter: closer to white in every channel.
    faint.forEach((v, k) => expect(v).toBeGreaterThanOrEqual(strong[k]));
    expect(faint.reduce((a, b) => a + b)).toBeGreaterThan(3 * 240);
  });

  it('paints each cell in its winner’s tint at its confidence', () => {
    const map: Extract<OutputMapData, { kind: 'classes' }> = {
      kind: 'classes',
      resolution: 2,
      extent: 6,
      classes: 3,
      winner: Uint8Array.of(0, 1, 2, 2),
      confidence: Float32Array.of(1, 0.5, 1 / 3, NaN),
    };
    const data = { width: 0, height: 0, data: new Uint8ClampedArray(16) };
    const small = { createImageData: () => data, putImageData: vi.fn() };
    const scratch = { width: 0, height: 0, getContext: () => small } as unknown as HTMLCanvasElement;
    const ctx = { save() {}, restore() {}, beginPath() {}, rect() {}, clip() {}, drawImage: vi.fn() };
    renderClassMap(
      ctx as unknown as CanvasRenderingContext2D,
      map,
      mapGeometry('grid', 300, 300, oneHot(3, 1), 6),
      scratch,
    );
    const pixel = (k: number) => [...data.data.slice(4 * k, 4 * k + 3)];
    expect(pixel(0)).toEqual(classTint(0, 1));
    expect(pixel(1)).toEqual(classTint(1, confidenceShare(0.5, 3)));
    expect(pixel(2)).toEqual(classTint(2, 0));
    expect(pixel(3)).toEqual([205, 205, 205]); // diverged: grey, not a class
    expect(ctx.drawImage).toHaveBeenCalledOnce();
  });

  it('gives every class its own marker shape, so colour is never alone', () => {
    const shapes = [0, 1, 2, 3, 4].map(classShape);
    expect(new Set(shapes).size).toBe(5);
    expect(new Set([0, 1, 2, 3, 4].map(classColor)).size).toBe(5);
    expect(markerPath('triangle', 5, 5, 3)).toMatch(/^M.*Z$/);
  });
});

describe('OutputMap with K classes', () => {
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    testApp({ config: SPIRAL_3.config });
  });

  it('names the map, and its legend has one key per class and the confidence ramp', () => {
    current().worker.configured([SPIRAL_3.config], [oneHot(3, 30)]);
    const { container } = renderApp(<OutputMap />);
    expect(
      screen.getByRole('img', {
        name: 'Winning class of 3 at each point, lighter where the network is less sure, with 30 training points and 4 test points',
      }),
    ).toBeTruthy();
    const keys = [...container.querySelectorAll('[data-testid="class-key"]')];
    expect(keys.map((k) => k.textContent)).toEqual(['class 1', 'class 2', 'class 3']);
    keys.forEach((k, c) => expect(k.querySelector('path')?.getAttribute('fill')).toBe(classColor(c)));
    expect(container.textContent).toContain("winner's probability");
    expect(container.textContent).toContain('1/3');
  });
});
